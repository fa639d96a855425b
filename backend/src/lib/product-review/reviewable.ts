import { institutionOfCart } from "../institution/membership"

/** What deciding whether a line may be reviewed reads of its order. */
export const REVIEWABLE_ORDER_FIELDS = [
  "id",
  "status",
  "customer_id",
  "metadata",
  "customer.first_name",
  "customer.last_name",
  "items.id",
  "items.title",
  "items.product_title",
  "items.product_id",
  "items.variant_id",
  "items.variant_title",
  "items.thumbnail",
  "items.detail.shipped_quantity",
  "items.detail.delivered_quantity",
]

export type ReviewableLineRow = {
  id: string
  title?: string | null
  product_title?: string | null
  product_id?: string | null
  variant_id?: string | null
  variant_title?: string | null
  thumbnail?: string | null
  detail?: { shipped_quantity?: number | string | null; delivered_quantity?: number | string | null } | null
}

export type ReviewableOrder = {
  id: string
  status: string
  customer_id: string | null
  metadata: Record<string, unknown> | null
  customer?: { first_name?: string | null; last_name?: string | null } | null
  items?: Array<ReviewableLineRow | null> | null
}

/** Whether any of the line went out: shipped, or delivered (Medusa counts a delivery as shipped too, but not always first). */
export const lineShipped = (line: ReviewableLineRow): boolean =>
  Number(line.detail?.shipped_quantity ?? 0) > 0 || Number(line.detail?.delivered_quantity ?? 0) > 0

/**
 * Why this line of the shopper's own order may not be reviewed now (a message naming the field,
 * Chinese / English), or null when it may: institution orders are the institution's, not a
 * shopper's to review; a cancelled order has nothing to review; the line must be of this order,
 * of a product, shipped, and reviewed once only.
 */
export function whyNotReviewable(order: ReviewableOrder, line: ReviewableLineRow | null, reviewed: boolean): string | null {
  if (institutionOfCart(order.metadata)) return "order: 机构采购订单不在商城评价 / an institution's order is not reviewed in the shop"
  if (order.status === "canceled") return "order: 订单已取消，不能评价 / a cancelled order cannot be reviewed"
  if (!line) return "line_item_id: 这一行不属于该订单 / this line is not in the order"
  if (!line.product_id) return "line_item_id: 这件商品已下架，不能评价 / the product is no longer listed"
  if (!lineShipped(line)) return "line_item_id: 这件商品还没有发货，发货后才能评价 / you can review it once it has shipped"
  if (reviewed) return "line_item_id: 这件商品已经评价过了 / this line has been reviewed already"
  return null
}
