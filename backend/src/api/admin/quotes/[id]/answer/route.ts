import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminQuoteResponse } from "@fupin/shared"
import { quoteDTO } from "../../../../../lib/institution/quotes"
import { answerInstitutionQuoteWorkflow } from "../../../../../workflows/institution/quotes"
import { type AdminAnswerQuoteType, validUntilOf } from "../../validators"

/**
 * POST /admin/quotes/:id/answer {lines: [{id, unit_price}], valid_until, note, shipping_total}: the operator's
 * prices, delivery fee (the home-delivery rule's when left out) and validity date.
 */
export async function POST(req: AuthenticatedMedusaRequest<AdminAnswerQuoteType>, res: MedusaResponse<AdminQuoteResponse>) {
  const { lines, valid_until, note, shipping_total } = req.validatedBody
  await answerInstitutionQuoteWorkflow(req.scope).run({
    input: { quote_id: req.params.id!, user_id: req.auth_context.actor_id, lines, valid_until: validUntilOf(valid_until)!.toISOString(), note: note || null, shipping_total: shipping_total ?? null },
  })
  res.json({ quote: await quoteDTO(req.scope, req.params.id!) })
}
