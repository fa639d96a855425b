import { NextResponse, type NextRequest } from "next/server"
import { getConfig } from "@/lib/config"
import { getSupplierToken } from "@/lib/data/supplier-session"

/** GET /api/supplier/orders/:id/fulfillments/:fulfillment_id/delivery-note: the 送货单 PDF to put in the box, with the member's token from its cookie. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string; fulfillment_id: string }> }) {
  const { id, fulfillment_id } = await params
  const token = await getSupplierToken()
  if (!token) return NextResponse.json({ message: "not logged in" }, { status: 401 })
  const download = request.nextUrl.searchParams.get("download") === "1" ? "?download=1" : ""
  let upstream: Response
  try {
    upstream = await fetch(`${getConfig().backendUrl}/supplier/orders/${encodeURIComponent(id)}/fulfillments/${encodeURIComponent(fulfillment_id)}/delivery-note.pdf${download}`, {
      headers: { authorization: `Bearer ${token}` },
      cache: "no-store",
    })
  } catch {
    return NextResponse.json({ message: "service unavailable" }, { status: 502 })
  }
  const headers = new Headers({ "cache-control": "no-store" })
  for (const name of ["content-type", "content-disposition"]) {
    const value = upstream.headers.get(name)
    if (value) headers.set(name, value)
  }
  return new Response(upstream.body, { status: upstream.status, headers })
}
