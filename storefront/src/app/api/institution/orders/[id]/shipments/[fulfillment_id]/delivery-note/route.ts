import type { NextRequest } from "next/server"
import { proxyToBackend } from "@/lib/data/institution-proxy"

/** GET /api/institution/orders/:id/shipments/:fulfillment_id/delivery-note: a shipment's 送货单 PDF, with the member's login from the cookie. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string; fulfillment_id: string }> }) {
  const { id, fulfillment_id } = await params
  const download = request.nextUrl.searchParams.get("download") === "1" ? "?download=1" : ""
  return proxyToBackend(`/store/institution/orders/${encodeURIComponent(id)}/shipments/${encodeURIComponent(fulfillment_id)}/delivery-note.pdf`, { search: download })
}
