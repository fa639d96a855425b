/**
 * Product reviews (商品评价) by verified buyers (issue 15): a shopper reviews a line of its own
 * order once that line has shipped, one review per line; the operator moderates every review
 * before the product page shows it. Routes: GET /store/products/:id/reviews,
 * GET|POST /store/orders/:id/reviews, POST /store/reviews/uploads, GET /admin/product-reviews,
 * POST /admin/product-reviews/:id/{approve,reject}.
 */

export const PRODUCT_REVIEW_STATUSES = ["pending", "approved", "rejected"] as const
export type ProductReviewStatus = (typeof PRODUCT_REVIEW_STATUSES)[number]

export const PRODUCT_REVIEW_STATUS_LABELS: Record<ProductReviewStatus, { zh: string; en: string }> = {
  pending: { zh: "待审核", en: "Awaiting moderation" },
  approved: { zh: "已通过", en: "Approved" },
  rejected: { zh: "已驳回", en: "Rejected" },
}

/** Stars 1–5; the text a few words at least, a page at most; up to six photos; the operator's note; a page of the product's reviews. */
export const [REVIEW_RATING_MIN, REVIEW_RATING_MAX, REVIEW_TEXT_MIN, REVIEW_TEXT_MAX, REVIEW_PHOTOS_MAX, REVIEW_NOTE_MAX, REVIEW_PAGE_SIZE] = [1, 5, 5, 500, 6, 500, 10] as const

/**
 * The name a review shows: the first character of the shopper's name (surname first, as
 * Chinese names are written) and two stars whatever the length, so neither the name nor its
 * length is published: 张三 → 张**, 欧阳娜娜 → 欧**, Alice → A**. Nothing usable: 匿名用户.
 */
export function maskDisplayName(name: string | null | undefined): string {
  const first = [...(name ?? "").trim()][0]
  if (!first || !/[\p{L}\p{N}]/u.test(first)) return "匿名用户"
  return `${first}**`
}

/** One photo of a review: the file module's id and its public URL. */
export interface ProductReviewPhoto {
  file_id: string
  url: string
}

/** A review as the product page shows it: nothing personal beyond the masked name. */
export interface StoreProductReviewDTO {
  id: string
  rating: number
  text: string
  photos: Array<{ url: string }>
  /** masked: 张** */
  display_name: string
  /** the size bought (250g) */
  variant_title: string | null
  created_at: string
}

/** Approved reviews only: how many, the average (one decimal; null without any) and how many of each star. */
export interface ProductReviewSummary {
  count: number
  average: number | null
  /** "1" … "5" → count */
  by_rating: Record<"1" | "2" | "3" | "4" | "5", number>
}

/** The summary from the count of approved reviews per star (stars outside 1–5 are ignored). */
export function summarizeRatings(counts: Array<{ rating: number; count: number }>): ProductReviewSummary {
  const by_rating: ProductReviewSummary["by_rating"] = { "1": 0, "2": 0, "3": 0, "4": 0, "5": 0 }
  let count = 0
  let stars = 0
  for (const row of counts) {
    const key = String(row.rating) as keyof typeof by_rating
    if (!(key in by_rating) || !Number.isInteger(row.rating)) continue
    by_rating[key] += row.count
    count += row.count
    stars += row.rating * row.count
  }
  return { count, average: count ? Math.round((stars / count) * 10) / 10 : null, by_rating }
}

/** GET /store/products/:id/reviews?limit=&offset= — newest first. */
export interface StoreProductReviewsResponse {
  reviews: StoreProductReviewDTO[]
  count: number
  limit: number
  offset: number
  summary: ProductReviewSummary
  /** 已售 N件: units in orders placed and not cancelled (institution orders included) */
  sold_quantity: number
}

/** POST /store/orders/:id/reviews */
export interface StoreCreateProductReviewRequest {
  line_item_id: string
  rating: number
  text: string
  /** file ids from POST /store/reviews/uploads, at most REVIEW_PHOTOS_MAX */
  photos?: string[]
}

/** The shopper's own review, with its moderation. */
export interface StoreOwnProductReviewDTO {
  id: string
  line_item_id: string
  rating: number
  text: string
  photos: Array<{ url: string }>
  status: ProductReviewStatus
  moderator_note: string | null
  created_at: string
}

export interface StoreCreateProductReviewResponse {
  review: StoreOwnProductReviewDTO
}

/**
 * GET /store/orders/:id/reviews — each line of the shopper's order: whether it may be reviewed
 * now (shipped, not reviewed yet, not an institution's order) and the review it has.
 */
export interface StoreOrderReviewsResponse {
  lines: Array<{
    line_item_id: string
    product_id: string | null
    title: string
    variant_title: string | null
    thumbnail: string | null
    reviewable: boolean
    review: StoreOwnProductReviewDTO | null
  }>
}

/** A review as the operator moderates it (GET /admin/product-reviews, the review inbox). */
export interface AdminProductReviewDTO {
  id: string
  rating: number
  text: string
  photos: ProductReviewPhoto[]
  display_name: string
  status: ProductReviewStatus
  moderator_note: string | null
  moderated_at: string | null
  product_id: string
  variant_title: string | null
  order_id: string
  line_item_id: string
  customer_id: string
  created_at: string
  product: { id: string; title: string; handle: string } | null
}

/** GET /admin/product-reviews?status=&limit=&offset= — oldest first for pending, newest first otherwise. */
export interface AdminProductReviewsResponse {
  reviews: AdminProductReviewDTO[]
  count: number
  limit: number
  offset: number
}

/** POST /admin/product-reviews/:id/approve | reject ({ note }: why, the shopper reads it) */
export interface AdminModerateProductReviewResponse {
  review: AdminProductReviewDTO
}
