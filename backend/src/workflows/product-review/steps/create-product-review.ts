import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { ProductReviewPhoto } from "@fupin/shared"
import { PRODUCT_REVIEW_MODULE } from "../../../modules/product-review"
import type ProductReviewModuleService from "../../../modules/product-review/service"

export type CreateProductReviewStepInput = {
  product_id: string
  variant_id: string | null
  variant_title: string | null
  order_id: string
  line_item_id: string
  customer_id: string
  display_name: string
  rating: number
  text: string
  photos: ProductReviewPhoto[]
}

/** Stores the review as 待审核 (the unique index on line_item_id keeps it one per line); the undo deletes it. */
export const createProductReviewStep = createStep(
  "create-product-review",
  async (input: CreateProductReviewStepInput, { container }) => {
    const service = container.resolve<ProductReviewModuleService>(PRODUCT_REVIEW_MODULE)
    const review = await service.createProductReviews({ ...input, photos: input.photos as unknown as Record<string, unknown>, status: "pending" })
    return new StepResponse(review, review.id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<ProductReviewModuleService>(PRODUCT_REVIEW_MODULE).deleteProductReviews(id)
  }
)
