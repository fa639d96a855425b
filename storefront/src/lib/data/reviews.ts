import "server-only"

import { productCacheTags, REVIEW_PAGE_SIZE, type StoreOrderReviewsResponse, type StoreProductReviewsResponse } from "@fupin/shared"
import { getSdk } from "./medusa"
import { getOwnOrderPart } from "./own-order"

/**
 * A product's approved reviews, their stars and 已售: the same for every visitor (masked
 * names, nothing of the buyers), so it is cached with the product's tags (the backend
 * revalidates them when a review is approved or rejected). Null when the backend cannot say:
 * the product page shows without its reviews rather than fail.
 */
export async function getProductReviews(productId: string, handle: string, limit = REVIEW_PAGE_SIZE): Promise<StoreProductReviewsResponse | null> {
  try {
    return await getSdk().client.fetch<StoreProductReviewsResponse>(`/store/products/${encodeURIComponent(productId)}/reviews`, {
      query: { limit, offset: 0 },
      next: { tags: productCacheTags(handle), revalidate: 60 },
    })
  } catch (error) {
    console.error(`[storefront] reviews of ${productId}:`, error instanceof Error ? error.message : error)
    return null
  }
}

/** The logged-in shopper's order, line by line: may it be reviewed, and its review (never cached). */
export async function getOrderReviews(orderId: string): Promise<StoreOrderReviewsResponse | null> {
  return getOwnOrderPart<StoreOrderReviewsResponse>(orderId, "reviews")
}
