import type { NextRequest } from "next/server"
import { proxyToSupplierBackend } from "@/lib/data/supplier-proxy"

/** GET /api/supplier/orders/:id/fulfillments/:fulfillment_id/delivery-note: the 送货单 PDF to put in the box, with the member's token from its cookie. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string; fulfillment_id: string }> }) {
  const { id, fulfillment_id } = await params
  const download = request.nextUrl.searchParams.get("download") === "1" ? "?download=1" : ""
  return proxyToSupplierBackend(`/supplier/orders/${encodeURIComponent(id)}/fulfillments/${encodeURIComponent(fulfillment_id)}/delivery-note.pdf`, download)
}
