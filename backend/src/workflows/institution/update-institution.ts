import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { InstitutionInvoiceDetailsDTO, InstitutionKind, PaymentTerms } from "@fupin/shared"
import { updateInstitutionStep } from "./steps/update-institution"
import { validateInstitutionStep } from "./steps/validate-institution"
import { syncInstitutionGroupsWorkflow } from "./sync-institution-groups"

export const UPDATE_INSTITUTION_WORKFLOW = "update-institution"

export type UpdateInstitutionWorkflowInput = {
  id: string
  name?: string
  credit_code?: string
  kind?: InstitutionKind
  contact_name?: string
  contact_phone?: string
  address?: string
  payment_terms?: PaymentTerms
  payment_term_days?: number
  invoice_details?: (InstitutionInvoiceDetailsDTO & Record<string, unknown>) | null
}

/** Edits an institution's details (not its status: see reviewInstitutionWorkflow); a new name renames its customer group. */
export const updateInstitutionWorkflow = createWorkflow(
  UPDATE_INSTITUTION_WORKFLOW,
  (input: UpdateInstitutionWorkflowInput) => {
    const checked = validateInstitutionStep({ id: input.id, credit_code: input.credit_code })
    const data = transform({ input, checked }, ({ input, checked }) => ({
      ...input,
      ...(checked.credit_code ? { credit_code: checked.credit_code } : {}),
    }))
    const updated = updateInstitutionStep(data)
    when({ input }, ({ input }) => input.name !== undefined).then(() => {
      syncInstitutionGroupsWorkflow.runAsStep({ input: transform({ input }, ({ input }) => ({ institution_ids: [input.id] })) })
    })
    return new WorkflowResponse(updated)
  }
)
