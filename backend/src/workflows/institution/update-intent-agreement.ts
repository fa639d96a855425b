import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateIntentAgreementStep, type UpdateIntentAgreementStepInput } from "./steps/update-intent-agreement"
import { validateIntentAgreementStep } from "./steps/validate-intent-agreement"

export const UPDATE_INTENT_AGREEMENT_WORKFLOW = "update-intent-agreement"

export type UpdateIntentAgreementWorkflowInput = Omit<UpdateIntentAgreementStepInput, "status"> & {
  /** cancellation goes through cancelIntentAgreementWorkflow */
  status?: "active" | "completed"
}

export const updateIntentAgreementWorkflow = createWorkflow(
  UPDATE_INTENT_AGREEMENT_WORKFLOW,
  (input: UpdateIntentAgreementWorkflowInput) => {
    validateIntentAgreementStep(input)
    return new WorkflowResponse(updateIntentAgreementStep(input))
  }
)
