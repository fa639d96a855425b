import { ProductStatus } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { decideChangeRequestsStep } from "./steps/decide-change-requests"
import { setProductStatusStep } from "./steps/set-product-status"
import { validateListingReviewStep } from "./steps/validate-review"

export const APPROVE_LISTING_WORKFLOW_ID = "approve-listing"
export const REJECT_LISTING_WORKFLOW_ID = "reject-listing"

export type ReviewListingInput = { product_id: string; actor_id: string | null; reason?: string | null }

/**
 * 新上架审核 · approve: the operator accepts a proposed listing. It is published only
 * when its certificate is certified and in force and its supplier approved; otherwise
 * it becomes a draft (published by the certification workflow once both hold) and the
 * answer says what is missing.
 */
export const approveListingWorkflow = createWorkflow(APPROVE_LISTING_WORKFLOW_ID, (input: ReviewListingInput) => {
  const review = validateListingReviewStep(transform({ input }, ({ input }) => ({ product_id: input.product_id })))
  const next = transform({ review }, ({ review }) => ({
    id: review.id,
    previous: review.status,
    status: review.blockers.length ? ProductStatus.DRAFT : ProductStatus.PUBLISHED,
  }))
  setProductStatusStep(next)
  decideChangeRequestsStep(
    transform({ review, input }, ({ review, input }) => ({
      ids: review.change_request_ids,
      status: "approved" as const,
      reason: null,
      actor_id: input.actor_id,
    }))
  )
  return new WorkflowResponse(
    transform({ review, next }, ({ review, next }) => ({
      product_id: review.id,
      status: next.status,
      published: next.status === ProductStatus.PUBLISHED,
      not_published_because: review.blockers,
    }))
  )
})

/** 新上架审核 · reject: the listing becomes `rejected` with the operator's reason, which the producer sees. */
export const rejectListingWorkflow = createWorkflow(REJECT_LISTING_WORKFLOW_ID, (input: ReviewListingInput) => {
  const review = validateListingReviewStep(transform({ input }, ({ input }) => ({ product_id: input.product_id })))
  setProductStatusStep(transform({ review }, ({ review }) => ({ id: review.id, previous: review.status, status: ProductStatus.REJECTED })))
  decideChangeRequestsStep(
    transform({ review, input }, ({ review, input }) => ({
      ids: review.change_request_ids,
      status: "rejected" as const,
      reason: input.reason ?? null,
      actor_id: input.actor_id,
    }))
  )
  return new WorkflowResponse(
    transform({ review }, ({ review }) => ({ product_id: review.id, status: ProductStatus.REJECTED, published: false, not_published_because: [] }))
  )
})
