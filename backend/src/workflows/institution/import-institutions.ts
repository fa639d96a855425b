import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { syncInstitutionGroupsWorkflow } from "./sync-institution-groups"
import { createImportedInstitutionsStep, type CreateImportedInstitutionsInput } from "./steps/create-imported-institutions"

export const IMPORT_INSTITUTIONS_WORKFLOW = "import-institutions"

/**
 * Registers the good rows of an operator's import file, all or none: pending
 * review (as POST /admin/institutions does) or approved when the operator chose so.
 */
export const importInstitutionsWorkflow = createWorkflow(IMPORT_INSTITUTIONS_WORKFLOW, (input: CreateImportedInstitutionsInput) => {
  const created = createImportedInstitutionsStep(input)
  syncInstitutionGroupsWorkflow.runAsStep({ input: transform({ created }, ({ created }) => ({ institution_ids: created.map((c) => c.id) })) })
  return new WorkflowResponse(created)
})
