import type { NextRequest } from "next/server"
import { proxyToBackend } from "@/lib/data/institution-proxy"

/** GET /api/institution/pad/delivery?item_total=&canteen_id=: the pad's delivery fee for its running total. */
export async function GET(request: NextRequest) {
  const params = new URLSearchParams()
  for (const key of ["item_total", "canteen_id"]) {
    const value = request.nextUrl.searchParams.get(key)
    if (value) params.set(key, value)
  }
  return proxyToBackend("/store/institution/pad/delivery", { search: `?${params.toString()}` })
}
