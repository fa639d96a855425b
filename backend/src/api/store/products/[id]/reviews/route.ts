import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError, ProductStatus } from "@medusajs/framework/utils"
import type { StoreProductReviewsResponse } from "@fupin/shared"
import { type ProductReviewRow, storeReview } from "../../../../../lib/product-review/dto"
import { productReviewSummary, soldQuantity } from "../../../../../lib/product-review/summary"
import { PRODUCT_REVIEW_MODULE } from "../../../../../modules/product-review"
import type ProductReviewModuleService from "../../../../../modules/product-review/service"
import type { StoreListProductReviewsType } from "./validators"

/**
 * GET /store/products/:id/reviews — a published product's approved reviews (newest first,
 * paged), their average and count per star, and 已售 (units sold). Public and the same for
 * every visitor (a catalogue read the storefront caches): names are masked, and nothing of
 * the buyers' orders or accounts is in it.
 */
export async function GET(req: MedusaRequest<unknown, StoreListProductReviewsType>, res: MedusaResponse<StoreProductReviewsResponse>) {
  const productId = req.params.id!
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "product", fields: ["id", "status"], filters: { id: productId } })
  if ((data[0] as { status?: string } | undefined)?.status !== ProductStatus.PUBLISHED) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product with id: ${productId} was not found`)
  }
  const { limit, offset } = req.validatedQuery
  const service = req.scope.resolve<ProductReviewModuleService>(PRODUCT_REVIEW_MODULE)
  const [[rows, count], summary, sold] = await Promise.all([
    service.listAndCountProductReviews({ product_id: productId, status: "approved" }, { skip: offset, take: limit, order: { created_at: "DESC", id: "DESC" } }),
    productReviewSummary(req.scope, productId),
    soldQuantity(req.scope, productId),
  ])
  res.json({ reviews: (rows as unknown as ProductReviewRow[]).map(storeReview), count, limit, offset, summary, sold_quantity: sold })
}
