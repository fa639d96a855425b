import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { updateIntentAgreementWorkflow } from "../../../../workflows/institution/update-intent-agreement"
import { refetchPurchaseIntent } from "../helpers"
import type { AdminUpdatePurchaseIntentType } from "../validators"

/** GET /admin/purchase-intents/:id */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ purchase_intent: await refetchPurchaseIntent(req.scope, req.params.id!, req.queryConfig.fields) })
}

/** POST /admin/purchase-intents/:id: amount, county, period, note, completed ⇄ active. */
export async function POST(req: AuthenticatedMedusaRequest<AdminUpdatePurchaseIntentType>, res: MedusaResponse) {
  await updateIntentAgreementWorkflow(req.scope).run({ input: { ...req.validatedBody, id: req.params.id! } })
  res.json({ purchase_intent: await refetchPurchaseIntent(req.scope, req.params.id!) })
}
