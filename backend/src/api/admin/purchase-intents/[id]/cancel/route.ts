import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { cancelIntentAgreementWorkflow } from "../../../../../workflows/institution/cancel-intent-agreement"
import { refetchPurchaseIntent } from "../../helpers"
import type { AdminCancelPurchaseIntentType } from "../../validators"

/** POST /admin/purchase-intents/:id/cancel: stops counting new orders against the agreement. */
export async function POST(req: AuthenticatedMedusaRequest<AdminCancelPurchaseIntentType>, res: MedusaResponse) {
  await cancelIntentAgreementWorkflow(req.scope).run({ input: { id: req.params.id!, note: req.validatedBody.note } })
  res.json({ purchase_intent: await refetchPurchaseIntent(req.scope, req.params.id!) })
}
