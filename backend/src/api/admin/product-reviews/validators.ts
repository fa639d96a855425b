import { z } from "@medusajs/framework/zod"
import { PRODUCT_REVIEW_STATUSES, REVIEW_NOTE_MAX } from "@fupin/shared"

/** GET /admin/product-reviews: by status (待审核 by default), a page at a time. */
export const AdminListProductReviews = z
  .object({
    status: z.enum(PRODUCT_REVIEW_STATUSES).default("pending"),
    product_id: z.string().trim().min(1).max(100).optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    offset: z.coerce.number().int().min(0).max(100_000).default(0),
  })
  .strict()
export type AdminListProductReviewsType = z.infer<typeof AdminListProductReviews>

export const AdminApproveProductReview = z.object({}).strict()
/** reject: why, in words the shopper reads on its order page */
export const AdminRejectProductReview = z
  .object({ note: z.string().trim().min(2).max(REVIEW_NOTE_MAX) })
  .strict()
export type AdminRejectProductReviewType = z.infer<typeof AdminRejectProductReview>
