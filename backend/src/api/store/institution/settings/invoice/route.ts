import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { StoreInstitutionInvoiceDetailsResponse } from "@fupin/shared"
import { membershipFrom } from "../../../../../lib/institution/request"
import { invoiceDetailsOf } from "../../../../../lib/institution/invoice-details"
import { updateInstitutionWorkflow } from "../../../../../workflows/institution/update-institution"
import type { StoreSetInvoiceDetailsType } from "../../validators"

/** GET /store/institution/settings/invoice: the member's institution's 开票信息 (null until its admin fills them in). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse<StoreInstitutionInvoiceDetailsResponse>) {
  res.json({ invoice: await invoiceDetailsOf(req.scope, membershipFrom(req).institution_id) })
}

/** POST /store/institution/settings/invoice (admins, lib/access/rules.ts): sets them; the 采购单 and 对账单 print them from now on. */
export async function POST(req: AuthenticatedMedusaRequest<StoreSetInvoiceDetailsType>, res: MedusaResponse<StoreInstitutionInvoiceDetailsResponse>) {
  const { institution_id } = membershipFrom(req)
  await updateInstitutionWorkflow(req.scope).run({ input: { id: institution_id, invoice_details: req.validatedBody } })
  res.json({ invoice: await invoiceDetailsOf(req.scope, institution_id) })
}
