import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { StoreInvoiceRequestsResponse } from "@fupin/shared"
import { membershipFrom } from "../../../../../../lib/institution/request"
import { orderInvoiceRequests, requestInvoices } from "../../../../../../lib/settlement/invoice-requests"

/** GET /store/institution/orders/:id/invoice-requests: the order's invoice requests, one per supplier, and the invoices issued. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse<StoreInvoiceRequestsResponse>) {
  res.json({ invoice_requests: await orderInvoiceRequests(req.scope, req.params.id!) })
}

/** POST /store/institution/orders/:id/invoice-requests: asks every supplier of the order not yet asked to invoice its part. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse<StoreInvoiceRequestsResponse>) {
  const member = membershipFrom(req)
  const invoice_requests = await requestInvoices(req.scope, { order_id: req.params.id!, institution_id: member.institution_id, customer_id: member.customer_id })
  res.status(201).json({ invoice_requests })
}
