import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateSupplierStep, type UpdateSupplierStepInput } from "./steps/update-supplier"
import { validateSupplierStep } from "./steps/validate-supplier"

export const UPDATE_SUPPLIER_WORKFLOW_ID = "update-supplier"

/** Edits a supplier's details with the same checks as registration. Status changes go through the review workflows. */
export const updateSupplierWorkflow = createWorkflow(UPDATE_SUPPLIER_WORKFLOW_ID, (input: UpdateSupplierStepInput) => {
  validateSupplierStep(input)
  return new WorkflowResponse(updateSupplierStep(input))
})
