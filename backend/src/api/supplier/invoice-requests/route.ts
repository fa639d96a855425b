import type { MedusaResponse } from "@medusajs/framework/http"
import type { SupplierInvoiceRequestsResponse } from "@fupin/shared"
import { supplierInvoiceRequests } from "../../../lib/settlement/invoice-requests"
import { portalOf, type SupplierRequest } from "../../../lib/supplier-portal/context"
import type { SupplierListInvoiceRequestsType } from "../validators"

/** GET /supplier/invoice-requests: institutions' requests that this supplier invoice its part of their orders, newest first. */
export async function GET(req: SupplierRequest<unknown, SupplierListInvoiceRequestsType>, res: MedusaResponse<SupplierInvoiceRequestsResponse>) {
  const { supplier_id } = portalOf(req)
  res.json({ invoice_requests: await supplierInvoiceRequests(req.scope, supplier_id, req.validatedQuery.status) })
}
