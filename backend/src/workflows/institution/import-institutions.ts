import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createImportedInstitutionsStep, type CreateImportedInstitutionsInput } from "./steps/create-imported-institutions"

export const IMPORT_INSTITUTIONS_WORKFLOW = "import-institutions"

/**
 * Registers the good rows of an operator's import file, all or none: pending
 * review (as POST /admin/institutions does) or approved when the operator chose so.
 */
export const importInstitutionsWorkflow = createWorkflow(IMPORT_INSTITUTIONS_WORKFLOW, (input: CreateImportedInstitutionsInput) => {
  return new WorkflowResponse(createImportedInstitutionsStep(input))
})
