import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { StoreQuoteResponse } from "@fupin/shared"
import { quoteDTO } from "../../../../../../lib/institution/quotes"
import { membershipFrom } from "../../../../../../lib/institution/request"
import { acceptInstitutionQuoteWorkflow } from "../../../../../../workflows/institution/quotes"

/**
 * POST /store/institution/quotes/:id/accept (purchasers; above the approval
 * amount an approver other than the member who asked): the quote becomes the
 * institution's order at the quoted prices.
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse<StoreQuoteResponse>) {
  const member = membershipFrom(req)
  await acceptInstitutionQuoteWorkflow(req.scope).run({ input: { quote_id: req.params.id!, customer_id: member.customer_id } })
  res.json({ quote: await quoteDTO(req.scope, req.params.id!) })
}
