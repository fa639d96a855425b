import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { applyProductChangesStep } from "./steps/apply-product-changes"
import { decideChangeRequestsStep } from "./steps/decide-change-requests"
import { validateChangeRequestReviewStep } from "./steps/validate-review"

export const APPROVE_CHANGE_REQUEST_WORKFLOW_ID = "approve-product-change-request"
export const REJECT_CHANGE_REQUEST_WORKFLOW_ID = "reject-product-change-request"

export type ReviewChangeRequestInput = { id: string; actor_id: string | null; reason?: string | null }

/** 修改审核 · approve: the live listing takes the requested title, description and images. */
export const approveChangeRequestWorkflow = createWorkflow(APPROVE_CHANGE_REQUEST_WORKFLOW_ID, (input: ReviewChangeRequestInput) => {
  const request = validateChangeRequestReviewStep(transform({ input }, ({ input }) => ({ id: input.id })))
  applyProductChangesStep(transform({ request }, ({ request }) => ({ product_id: request.product_id, changes: request.changes })))
  const decided = decideChangeRequestsStep(
    transform({ request, input }, ({ request, input }) => ({ ids: [request.id], status: "approved" as const, reason: null, actor_id: input.actor_id }))
  )
  return new WorkflowResponse(transform({ decided }, ({ decided }) => decided[0]!))
})

/** 修改审核 · reject: the listing stays as it is; the producer sees the reason. */
export const rejectChangeRequestWorkflow = createWorkflow(REJECT_CHANGE_REQUEST_WORKFLOW_ID, (input: ReviewChangeRequestInput) => {
  const request = validateChangeRequestReviewStep(transform({ input }, ({ input }) => ({ id: input.id })))
  const decided = decideChangeRequestsStep(
    transform({ request, input }, ({ request, input }) => ({
      ids: [request.id],
      status: "rejected" as const,
      reason: input.reason ?? null,
      actor_id: input.actor_id,
    }))
  )
  return new WorkflowResponse(transform({ decided }, ({ decided }) => decided[0]!))
})
