import { actionRoute } from "../../../../../lib/http/action-route"
import { cancelIntentAgreementWorkflow } from "../../../../../workflows/institution/cancel-intent-agreement"
import { refetchPurchaseIntent } from "../../helpers"
import type { AdminCancelPurchaseIntentType } from "../../validators"

/** POST /admin/purchase-intents/:id/cancel: stops counting new orders against the agreement. */
export const POST = actionRoute({
  workflow: cancelIntentAgreementWorkflow,
  input: (body: AdminCancelPurchaseIntentType, { id }) => ({ id, note: body.note }),
  key: "purchase_intent",
  refetch: refetchPurchaseIntent,
})
