import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { StoreCreateProductReviewResponse, StoreOrderReviewsResponse } from "@fupin/shared"
import { ownReview, type ProductReviewRow } from "../../../../../lib/product-review/dto"
import { REVIEWABLE_ORDER_FIELDS, type ReviewableOrder, whyNotReviewable } from "../../../../../lib/product-review/reviewable"
import { PRODUCT_REVIEW_MODULE } from "../../../../../modules/product-review"
import type ProductReviewModuleService from "../../../../../modules/product-review/service"
import { createProductReviewWorkflow } from "../../../../../workflows/product-review/create-product-review"
import type { StoreCreateProductReviewType } from "./validators"

/**
 * GET /store/orders/:id/reviews — each line of the logged-in shopper's own order, whether it
 * may be reviewed now and the review it has (待审核 / 已通过 / 已驳回 with the operator's note).
 * Another shopper's order is 404 (the store access rule, then the customer check here).
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse<StoreOrderReviewsResponse>) {
  const orderId = req.params.id!
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: REVIEWABLE_ORDER_FIELDS, filters: { id: orderId } })
  const order = data[0] as unknown as ReviewableOrder | undefined
  if (!order || !order.customer_id || order.customer_id !== req.auth_context.actor_id) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order with id: ${orderId} was not found`)
  }
  const rows = (await req.scope.resolve<ProductReviewModuleService>(PRODUCT_REVIEW_MODULE).listProductReviews({ order_id: orderId }, { take: null })) as unknown as ProductReviewRow[]
  const byLine = new Map(rows.map((r) => [r.line_item_id, r]))
  res.json({
    lines: (order.items ?? [])
      .filter((i): i is NonNullable<typeof i> => !!i)
      .map((line) => {
        const review = byLine.get(line.id)
        return {
          line_item_id: line.id,
          product_id: line.product_id ?? null,
          title: line.product_title ?? line.title ?? "",
          variant_title: line.variant_title ?? null,
          thumbnail: line.thumbnail ?? null,
          reviewable: whyNotReviewable(order, line, !!review) === null,
          review: review ? ownReview(review) : null,
        }
      }),
  })
}

/**
 * POST /store/orders/:id/reviews — the logged-in shopper reviews one shipped line of its own
 * order (createProductReviewWorkflow): 201 with the review, 待审核 until the operator decides.
 */
export async function POST(req: AuthenticatedMedusaRequest<StoreCreateProductReviewType>, res: MedusaResponse<StoreCreateProductReviewResponse>) {
  const body = req.validatedBody
  const { result } = await createProductReviewWorkflow(req.scope).run({
    input: {
      order_id: req.params.id!,
      customer_id: req.auth_context.actor_id,
      line_item_id: body.line_item_id,
      rating: body.rating,
      text: body.text,
      photos: body.photos ?? [],
    },
  })
  res.status(201).json({ review: ownReview(result as unknown as ProductReviewRow) })
}
