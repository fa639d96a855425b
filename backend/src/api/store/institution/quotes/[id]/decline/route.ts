import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { StoreQuoteResponse } from "@fupin/shared"
import { quoteDTO } from "../../../../../../lib/institution/quotes"
import { membershipFrom } from "../../../../../../lib/institution/request"
import { declineInstitutionQuoteWorkflow } from "../../../../../../workflows/institution/quotes"
import type { StoreDeclineQuoteType } from "../../../validators"

/** POST /store/institution/quotes/:id/decline (purchasers and approvers), optionally with why: no order; the draft order is deleted. */
export async function POST(req: AuthenticatedMedusaRequest<StoreDeclineQuoteType>, res: MedusaResponse<StoreQuoteResponse>) {
  const member = membershipFrom(req)
  await declineInstitutionQuoteWorkflow(req.scope).run({ input: { quote_id: req.params.id!, customer_id: member.customer_id, note: req.validatedBody.note } })
  res.json({ quote: await quoteDTO(req.scope, req.params.id!) })
}
