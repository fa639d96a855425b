import type { NextRequest } from "next/server"
import { proxyToBackend } from "@/lib/data/institution-proxy"

/** GET /api/institution/pad/template?format=csv|xlsx: the order file template with Chinese headers. */
export async function GET(request: NextRequest) {
  const format = request.nextUrl.searchParams.get("format") === "xlsx" ? "xlsx" : "csv"
  return proxyToBackend("/store/institution/pad/template", { search: `?format=${format}` })
}
