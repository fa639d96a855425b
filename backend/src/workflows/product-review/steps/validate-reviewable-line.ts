import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { maskDisplayName, type ProductReviewPhoto } from "@fupin/shared"
import { type ReviewableOrder, whyNotReviewable, REVIEWABLE_ORDER_FIELDS } from "../../../lib/product-review/reviewable"
import { reviewPhotos } from "../../../lib/product-review/photos"
import { PRODUCT_REVIEW_MODULE } from "../../../modules/product-review"
import type ProductReviewModuleService from "../../../modules/product-review/service"

export type ValidateReviewableLineInput = { order_id: string; customer_id: string; line_item_id: string; photos: string[] }

export type ReviewableLine = {
  product_id: string
  variant_id: string | null
  variant_title: string | null
  display_name: string
  photos: ProductReviewPhoto[]
}

/**
 * May this shopper review this line now? Its own order only (anyone else's: 404, as if it did
 * not exist), not an institution's, not cancelled; the line must be of this order, shipped (or
 * delivered), and not reviewed yet; each photo a stored image. Returns what the review keeps of
 * the line and the masked name.
 */
export const validateReviewableLineStep = createStep("validate-reviewable-line", async (input: ValidateReviewableLineInput, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: REVIEWABLE_ORDER_FIELDS, filters: { id: input.order_id } })
  const order = data[0] as unknown as ReviewableOrder | undefined
  if (!order || !order.customer_id || order.customer_id !== input.customer_id) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order with id: ${input.order_id} was not found`)
  }
  const line = (order.items ?? []).find((i) => i?.id === input.line_item_id)
  const reviews = container.resolve<ProductReviewModuleService>(PRODUCT_REVIEW_MODULE)
  const [existing] = await reviews.listProductReviews({ line_item_id: input.line_item_id }, { select: ["id"], take: 1 })
  const why = whyNotReviewable(order, line ?? null, !!existing)
  if (why) throw new MedusaError(MedusaError.Types.INVALID_DATA, why)
  const photos = await reviewPhotos(container, input.photos)
  const name = `${order.customer?.last_name ?? ""}${order.customer?.first_name ?? ""}`
  return new StepResponse<ReviewableLine>({
    product_id: line!.product_id!,
    variant_id: line!.variant_id ?? null,
    variant_title: line!.variant_title ?? null,
    display_name: maskDisplayName(name),
    photos,
  })
})
