import type { AdminProductReviewDTO, ProductReviewPhoto, ProductReviewStatus, StoreOwnProductReviewDTO, StoreProductReviewDTO } from "@fupin/shared"

/** A review row as the module returns it. */
export type ProductReviewRow = {
  id: string
  rating: number
  text: string
  photos: unknown
  display_name: string
  status: ProductReviewStatus
  moderator_note?: string | null
  moderated_at?: Date | string | null
  product_id: string
  variant_title?: string | null
  order_id: string
  line_item_id: string
  customer_id: string
  created_at: Date | string
  product?: { id: string; title: string; handle: string } | null
}

const iso = (d: Date | string) => new Date(d).toISOString()
export const photosOf = (v: unknown): ProductReviewPhoto[] =>
  Array.isArray(v) ? v.filter((p): p is ProductReviewPhoto => !!p && typeof p === "object" && typeof (p as ProductReviewPhoto).url === "string") : []

/** What every view of a review shows: stars, words, photos (their URLs), when. */
const shared = (r: ProductReviewRow) => ({
  id: r.id,
  rating: r.rating,
  text: r.text,
  photos: photosOf(r.photos).map((p) => ({ url: p.url })),
  created_at: iso(r.created_at),
})

/** For the product page: the masked name, never the customer, order or line. */
export const storeReview = (r: ProductReviewRow): StoreProductReviewDTO => ({ ...shared(r), display_name: r.display_name, variant_title: r.variant_title ?? null })

/** For the shopper who wrote it: with its moderation. */
export const ownReview = (r: ProductReviewRow): StoreOwnProductReviewDTO => ({
  ...shared(r),
  line_item_id: r.line_item_id,
  status: r.status,
  moderator_note: r.moderator_note ?? null,
})

/** For the operator: everything, the photos with their file ids. */
export const adminReview = (r: ProductReviewRow): AdminProductReviewDTO => ({
  ...ownReview(r),
  photos: photosOf(r.photos),
  display_name: r.display_name,
  moderated_at: r.moderated_at ? iso(r.moderated_at) : null,
  product_id: r.product_id,
  variant_title: r.variant_title ?? null,
  order_id: r.order_id,
  customer_id: r.customer_id,
  product: r.product ? { id: r.product.id, title: r.product.title, handle: r.product.handle } : null,
})

/** Fields of query.graph for the operator's list. */
export const ADMIN_REVIEW_FIELDS = ["*", "product.id", "product.title", "product.handle"]
