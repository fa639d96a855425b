import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createIntentAgreementStep, type CreateIntentAgreementStepInput } from "./steps/create-intent-agreement"
import { validateIntentAgreementStep } from "./steps/validate-intent-agreement"

export const CREATE_INTENT_AGREEMENT_WORKFLOW = "create-intent-agreement"

/** Records an institution's intent purchase agreement (意向性采购) with a county. */
export const createIntentAgreementWorkflow = createWorkflow(
  CREATE_INTENT_AGREEMENT_WORKFLOW,
  (input: CreateIntentAgreementStepInput) => {
    validateIntentAgreementStep(input)
    return new WorkflowResponse(createIntentAgreementStep(input))
  }
)
