import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminQuoteResponse } from "@fupin/shared"
import { quoteDTO } from "../../../../../lib/institution/quotes"
import { answerInstitutionQuoteWorkflow } from "../../../../../workflows/institution/quotes"
import { type AdminAnswerQuoteType, validUntilOf } from "../../validators"

/** POST /admin/quotes/:id/answer {lines: [{id, unit_price}], valid_until, note}: the operator's prices and validity date. */
export async function POST(req: AuthenticatedMedusaRequest<AdminAnswerQuoteType>, res: MedusaResponse<AdminQuoteResponse>) {
  const { lines, valid_until, note } = req.validatedBody
  await answerInstitutionQuoteWorkflow(req.scope).run({
    input: { quote_id: req.params.id!, user_id: req.auth_context.actor_id, lines, valid_until: validUntilOf(valid_until)!.toISOString(), note: note || null },
  })
  res.json({ quote: await quoteDTO(req.scope, req.params.id!) })
}
