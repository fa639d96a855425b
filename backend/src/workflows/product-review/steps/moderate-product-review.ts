import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCT_REVIEW_MODULE } from "../../../modules/product-review"
import type ProductReviewModuleService from "../../../modules/product-review/service"

export type ModerateProductReviewStepInput = { id: string; status: "approved" | "rejected"; note: string | null; actor_id: string | null }

type Before = { id: string; status: "pending" | "approved" | "rejected"; moderator_note: string | null; moderated_at: Date | null; moderated_by: string | null }

/**
 * 通过 / 驳回 a review: an approved review goes on the product page, a rejected one comes off it
 * (the operator may change their mind either way). The undo writes the previous moderation back.
 */
export const moderateProductReviewStep = createStep(
  "moderate-product-review",
  async (input: ModerateProductReviewStepInput, { container }) => {
    const service = container.resolve<ProductReviewModuleService>(PRODUCT_REVIEW_MODULE)
    const [review] = await service.listProductReviews({ id: input.id }, { take: 1 })
    if (!review) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product review with id: ${input.id} was not found`)
    const before: Before = {
      id: review.id,
      status: review.status,
      moderator_note: review.moderator_note ?? null,
      moderated_at: review.moderated_at ? new Date(review.moderated_at) : null,
      moderated_by: review.moderated_by ?? null,
    }
    const updated = await service.updateProductReviews({
      id: input.id,
      status: input.status,
      moderator_note: input.status === "rejected" ? input.note : null,
      moderated_at: new Date(),
      moderated_by: input.actor_id,
    })
    return new StepResponse(updated, before)
  },
  async (before, { container }) => {
    if (!before) return
    await container.resolve<ProductReviewModuleService>(PRODUCT_REVIEW_MODULE).updateProductReviews(before)
  }
)
