import { z } from "@medusajs/framework/zod"
import { REVIEW_PAGE_SIZE } from "@fupin/shared"

/** GET /store/products/:id/reviews: a page of approved reviews, newest first. */
export const StoreListProductReviews = z
  .object({
    limit: z.coerce.number().int().min(1).max(50).default(REVIEW_PAGE_SIZE),
    offset: z.coerce.number().int().min(0).max(100_000).default(0),
  })
  .strict()
export type StoreListProductReviewsType = z.infer<typeof StoreListProductReviews>
