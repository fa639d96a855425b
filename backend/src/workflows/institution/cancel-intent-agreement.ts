import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateIntentAgreementStep } from "./steps/update-intent-agreement"
import { validateIntentAgreementStep } from "./steps/validate-intent-agreement"

export const CANCEL_INTENT_AGREEMENT_WORKFLOW = "cancel-intent-agreement"

/**
 * Cancels an agreement: it stops counting new orders and leaves the totals.
 * What was already ordered against it stays recorded.
 */
export const cancelIntentAgreementWorkflow = createWorkflow(
  CANCEL_INTENT_AGREEMENT_WORKFLOW,
  (input: { id: string; note?: string | null }) => {
    validateIntentAgreementStep({ id: input.id })
    const data = transform({ input }, ({ input }) => ({
      id: input.id,
      status: "cancelled" as const,
      ...(input.note !== undefined ? { note: input.note } : {}),
    }))
    return new WorkflowResponse(updateIntentAgreementStep(data))
  }
)
