import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createSupplierStep, type CreateSupplierStepInput } from "./steps/create-supplier"
import { validateSupplierStep } from "./steps/validate-supplier"

export const CREATE_SUPPLIER_WORKFLOW_ID = "create-supplier"
export const SUPPLIER_CREATED_EVENT = "supplier.created"

/** Registers a supplier for review: validates credit code, place and linkage, then creates it pending. */
export const createSupplierWorkflow = createWorkflow(CREATE_SUPPLIER_WORKFLOW_ID, (input: CreateSupplierStepInput) => {
  validateSupplierStep({ data: input })
  const supplier = createSupplierStep(input)
  const eventData = transform({ supplier }, ({ supplier }) => ({ id: supplier.id }))
  emitEventStep({ eventName: SUPPLIER_CREATED_EVENT, data: eventData })
  return new WorkflowResponse(supplier)
})
