import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createInstitutionStep, type CreateInstitutionStepInput } from "./steps/create-institution"
import { validateInstitutionStep } from "./steps/validate-institution"
import { syncInstitutionGroupsWorkflow } from "./sync-institution-groups"

export const CREATE_INSTITUTION_WORKFLOW = "create-institution"

/** Registers an institution (pending review); the credit code must be valid and unused. */
export const createInstitutionWorkflow = createWorkflow(
  CREATE_INSTITUTION_WORKFLOW,
  (input: CreateInstitutionStepInput) => {
    const checked = validateInstitutionStep({ credit_code: input.credit_code })
    const data = transform({ input, checked }, ({ input, checked }) => ({ ...input, credit_code: checked.credit_code! }))
    const institution = createInstitutionStep(data)
    syncInstitutionGroupsWorkflow.runAsStep({ input: transform({ institution }, ({ institution }) => ({ institution_ids: [institution.id] })) })
    return new WorkflowResponse(institution)
  }
)
