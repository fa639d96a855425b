import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import type { SupplierAction } from "@fupin/shared"
import { syncProductStatusStep } from "../certification/steps/sync-product-status"
import { setSupplierStatusStep } from "./steps/set-supplier-status"
import type { ReviewSupplierInput } from "./types"

/** Events other domains can follow: supplier.approved, supplier.rejected, supplier.suspended, supplier.reinstated. */
export const SUPPLIER_REVIEW_EVENTS: Record<SupplierAction, string> = {
  approve: "supplier.approved",
  reject: "supplier.rejected",
  suspend: "supplier.suspended",
  reinstate: "supplier.reinstated",
}

function reviewWorkflow(action: SupplierAction) {
  return createWorkflow(`${action}-supplier`, (input: ReviewSupplierInput) => {
    const data = transform({ input }, ({ input }) => ({ ...input, action }))
    const supplier = setSupplierStatusStep(data)
    // a suspended (or rejected) supplier's products leave the storefront; reinstated, those with a valid certificate return
    syncProductStatusStep(transform({ supplier }, ({ supplier }) => ({ supplier_ids: [supplier.id] })))
    const eventData = transform({ supplier }, ({ supplier }) => ({ id: supplier.id }))
    emitEventStep({ eventName: SUPPLIER_REVIEW_EVENTS[action], data: eventData })
    return new WorkflowResponse(supplier)
  })
}

export const APPROVE_SUPPLIER_WORKFLOW_ID = "approve-supplier"
export const REJECT_SUPPLIER_WORKFLOW_ID = "reject-supplier"
export const SUSPEND_SUPPLIER_WORKFLOW_ID = "suspend-supplier"
export const REINSTATE_SUPPLIER_WORKFLOW_ID = "reinstate-supplier"

/** pending → approved */
export const approveSupplierWorkflow = reviewWorkflow("approve")
/** pending → rejected */
export const rejectSupplierWorkflow = reviewWorkflow("reject")
/** approved → suspended */
export const suspendSupplierWorkflow = reviewWorkflow("suspend")
/** suspended → approved */
export const reinstateSupplierWorkflow = reviewWorkflow("reinstate")

export const supplierReviewWorkflows = {
  approve: approveSupplierWorkflow,
  reject: rejectSupplierWorkflow,
  suspend: suspendSupplierWorkflow,
  reinstate: reinstateSupplierWorkflow,
} as const
