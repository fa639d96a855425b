import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { type ProductReviewSummary, summarizeRatings } from "@fupin/shared"

type Knex = { raw: (sql: string, bindings?: unknown[]) => Promise<{ rows: Array<Record<string, unknown>> }> }
const db = (container: MedusaContainer) => container.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)

/** Approved reviews per star: one indexed group-by (product_id, status). */
const STARS = `
  select rating, count(*)::int as count from product_review
  where product_id = ? and status = 'approved' and deleted_at is null
  group by rating`

/**
 * 已售: the units of the product in orders placed and not cancelled (the order's current
 * version, no drafts; institution orders count too). One sum over the product's lines, by
 * the index on order_line_item.product_id: no order is loaded.
 */
const SOLD = `
  select coalesce(sum(oi.quantity), 0)::int as sold
  from order_line_item li
  join order_item oi on oi.item_id = li.id and oi.deleted_at is null
  join "order" o on o.id = oi.order_id and oi.version = o.version and o.deleted_at is null
  where li.product_id = ? and li.deleted_at is null
    and o.status <> 'canceled' and coalesce(o.is_draft_order, false) = false`

export async function productReviewSummary(container: MedusaContainer, productId: string): Promise<ProductReviewSummary> {
  const { rows } = await db(container).raw(STARS, [productId])
  return summarizeRatings(rows.map((r) => ({ rating: Number(r.rating), count: Number(r.count) })))
}

export async function soldQuantity(container: MedusaContainer, productId: string): Promise<number> {
  const { rows } = await db(container).raw(SOLD, [productId])
  return Number(rows[0]?.sold ?? 0)
}
