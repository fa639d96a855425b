import type { NextRequest } from "next/server"
import { proxyToBackend } from "@/lib/data/institution-proxy"

/** GET /api/institution/pad/variants?q=牛干巴 or ?sku=…: the order pad's product search. */
export async function GET(request: NextRequest) {
  const params = new URLSearchParams()
  for (const key of ["q", "sku", "limit"]) {
    const value = request.nextUrl.searchParams.get(key)
    if (value) params.set(key, value)
  }
  return proxyToBackend("/store/institution/pad/variants", { search: `?${params.toString()}` })
}
