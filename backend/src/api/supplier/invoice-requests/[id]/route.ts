import type { MedusaResponse } from "@medusajs/framework/http"
import type { InvoiceRequestDTO } from "@fupin/shared"
import { issueInvoice } from "../../../../lib/settlement/invoice-requests"
import { portalOf, type SupplierRequest } from "../../../../lib/supplier-portal/context"
import type { SupplierIssueInvoiceType } from "../../validators"

/**
 * POST /supplier/invoice-requests/:id: records the invoice the supplier issued
 * (number, date); a correction overwrites it. Another supplier's request is 404
 * (lib/access/rules.ts).
 */
export async function POST(req: SupplierRequest<SupplierIssueInvoiceType>, res: MedusaResponse<{ invoice_request: InvoiceRequestDTO }>) {
  const { member } = portalOf(req)
  const invoice_request = await issueInvoice(req.scope, { id: req.params.id!, ...req.validatedBody, member_id: member.id })
  res.json({ invoice_request })
}
