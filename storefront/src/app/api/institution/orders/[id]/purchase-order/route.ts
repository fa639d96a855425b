import type { NextRequest } from "next/server"
import { proxyToBackend } from "@/lib/data/institution-proxy"

/** GET /api/institution/orders/:id/purchase-order: the order's 采购单 PDF, with the member's login from the cookie. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params
  const download = request.nextUrl.searchParams.get("download") === "1" ? "?download=1" : ""
  return proxyToBackend(`/store/institution/orders/${encodeURIComponent(id)}/purchase-order.pdf`, { search: download })
}
