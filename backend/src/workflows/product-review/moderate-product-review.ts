import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { moderateProductReviewStep, type ModerateProductReviewStepInput } from "./steps/moderate-product-review"

export const MODERATE_PRODUCT_REVIEW_WORKFLOW_ID = "moderate-product-review"
/** Emitted with the review's product id ({ id }), so the storefront refreshes that product's page. */
export const PRODUCT_REVIEW_MODERATED_EVENT = "product-review.moderated"

/** The operator approves a review (it shows on the product page) or rejects it with a note the shopper reads. */
export const moderateProductReviewWorkflow = createWorkflow(MODERATE_PRODUCT_REVIEW_WORKFLOW_ID, (input: ModerateProductReviewStepInput) => {
  const review = moderateProductReviewStep(input)
  emitEventStep({ eventName: PRODUCT_REVIEW_MODERATED_EVENT, data: transform({ review }, ({ review }) => ({ id: review.product_id })) })
  return new WorkflowResponse(review)
})
