import { z } from "@medusajs/framework/zod"
import { REVIEW_PHOTOS_MAX, REVIEW_RATING_MAX, REVIEW_RATING_MIN, REVIEW_TEXT_MAX, REVIEW_TEXT_MIN } from "@fupin/shared"

// Medusa's validator names the field of a too-small, too-big, missing or mistyped value itself
// ("Value for field 'rating' too big…"); a pattern's message is ours, so it names the field.
const fileId = z
  .string()
  .trim()
  .regex(/^(?!.*\.\.)[A-Za-z0-9._/-]{1,200}$/, "photos: 照片须先上传 / a file id from POST /store/reviews/uploads")

/** POST /store/orders/:id/reviews: one line of the order, 1–5 whole stars, a few words, up to six photos. */
export const StoreCreateProductReview = z
  .object({
    line_item_id: z.string().trim().min(1).max(100),
    rating: z.number().int().min(REVIEW_RATING_MIN).max(REVIEW_RATING_MAX),
    text: z.string().trim().min(REVIEW_TEXT_MIN).max(REVIEW_TEXT_MAX),
    photos: z.array(fileId).max(REVIEW_PHOTOS_MAX).optional(),
  })
  .strict()
export type StoreCreateProductReviewType = z.infer<typeof StoreCreateProductReview>

/** GET /store/orders/:id/reviews takes no parameters. */
export const StoreGetOrderReviews = z.object({}).strict()
