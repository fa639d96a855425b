import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createProductReviewStep } from "./steps/create-product-review"
import { validateReviewableLineStep } from "./steps/validate-reviewable-line"

export const CREATE_PRODUCT_REVIEW_WORKFLOW_ID = "create-product-review"

export type CreateProductReviewInput = {
  order_id: string
  line_item_id: string
  customer_id: string
  rating: number
  text: string
  /** file ids (POST /store/reviews/uploads) */
  photos: string[]
}

/**
 * A verified buyer reviews one shipped line of its own order (评价): the line is checked
 * (ownership, shipment, once per line, photos), then the review is stored as 待审核 for the
 * operator; nothing shows on the product page until it is approved.
 */
export const createProductReviewWorkflow = createWorkflow(CREATE_PRODUCT_REVIEW_WORKFLOW_ID, (input: CreateProductReviewInput) => {
  const line = validateReviewableLineStep(
    transform({ input }, ({ input }) => ({ order_id: input.order_id, customer_id: input.customer_id, line_item_id: input.line_item_id, photos: input.photos }))
  )
  const review = createProductReviewStep(
    transform({ input, line }, ({ input, line }) => ({
      ...line,
      order_id: input.order_id,
      line_item_id: input.line_item_id,
      customer_id: input.customer_id,
      rating: input.rating,
      text: input.text,
    }))
  )
  return new WorkflowResponse(review)
})
