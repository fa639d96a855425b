import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createReturnReasonsWorkflow } from "@medusajs/medusa/core-flows"
import {
  RETURN_WINDOW_DAYS,
  SHIPPING_OPTION_CODES,
  SHOPPER_RETURN_REASON_LABELS,
  SHOPPER_RETURN_REASONS,
  type ShopperReturnReason,
  type StoreShopperReturn,
  type StoreShopperReturnsResponse,
} from "@fupin/shared"
import { institutionOfCart } from "../institution/membership"

/**
 * 售后 for a shopper's own order, on Medusa's returns: what may still go back
 * (shipped minus asked for, within RETURN_WINDOW_DAYS of arrival), the return
 * reasons and the return shipping option a request uses, and the shopper's
 * view of its returns. The request itself is workflows/retail/request-shopper-return.ts;
 * the operator receives the goods and refunds in Medusa's admin (order page → returns).
 */

const DAY = 24 * 60 * 60 * 1000

type Detail = { shipped_quantity?: number | string | null; return_requested_quantity?: number | string | null; return_received_quantity?: number | string | null; return_dismissed_quantity?: number | string | null }
type OrderItemRow = {
  id: string
  title: string
  product_title?: string | null
  variant_title?: string | null
  thumbnail?: string | null
  unit_price: number | string
  quantity: number | string
  detail?: Detail | null
}
type FulfillmentRow = { shipped_at?: string | Date | null; delivered_at?: string | Date | null; canceled_at?: string | Date | null } | null
type ReturnRow = {
  id: string
  display_id?: number | null
  status: string
  created_at: string | Date
  received_at?: string | Date | null
  metadata?: Record<string, unknown> | null
  /** Medusa's query gives a return line's quantities only raw ({ value }) */
  items?: Array<{ item_id: string; raw_quantity?: { value: string } | null; raw_received_quantity?: { value: string } | null; note?: string | null } | null> | null
} | null

export type ShopperOrderForReturns = {
  id: string
  status: string
  customer_id: string | null
  metadata: Record<string, unknown> | null
  payment_status?: string | null
  items: OrderItemRow[]
  fulfillments: FulfillmentRow[]
  returns: ReturnRow[]
}

export const RETURN_ORDER_FIELDS = [
  "id",
  "status",
  "customer_id",
  "metadata",
  "payment_status",
  "items.id",
  "items.title",
  "items.product_title",
  "items.variant_title",
  "items.thumbnail",
  "items.unit_price",
  "items.quantity",
  "items.detail.shipped_quantity",
  "items.detail.return_requested_quantity",
  "items.detail.return_received_quantity",
  "items.detail.return_dismissed_quantity",
  "fulfillments.shipped_at",
  "fulfillments.delivered_at",
  "fulfillments.canceled_at",
  "returns.id",
  "returns.display_id",
  "returns.status",
  "returns.created_at",
  "returns.received_at",
  "returns.metadata",
  "returns.items.item_id",
  "returns.items.*",
]

/** The shopper's own order with what returns need; anyone else's (or an institution's) is a 404. */
export async function shopperOrderForReturns(container: MedusaContainer, orderId: string, customerId: string): Promise<ShopperOrderForReturns> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: RETURN_ORDER_FIELDS, filters: { id: orderId } })
  const order = data[0] as unknown as ShopperOrderForReturns | undefined
  if (!order || order.customer_id !== customerId) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order with id: ${orderId} was not found`)
  return order
}

/** The last moment a return may be asked for: RETURN_WINDOW_DAYS after the last arrival (or shipment); null while nothing shipped. */
export function returnWindowEnd(fulfillments: FulfillmentRow[]): Date | null {
  const times = fulfillments
    .filter((f): f is NonNullable<FulfillmentRow> => !!f && !f.canceled_at && !!(f.delivered_at ?? f.shipped_at))
    .map((f) => new Date((f.delivered_at ?? f.shipped_at)!).getTime())
  if (!times.length) return null
  return new Date(Math.max(...times) + RETURN_WINDOW_DAYS * DAY)
}

const n = (v: number | string | null | undefined) => Number(v ?? 0)

/** How many of a line may still be asked back: shipped, less what returns already hold. */
export const returnableQuantity = (item: OrderItemRow): number =>
  Math.max(0, n(item.detail?.shipped_quantity) - n(item.detail?.return_requested_quantity) - n(item.detail?.return_received_quantity) - n(item.detail?.return_dismissed_quantity))

/**
 * Why this order can take no return now (a sentence naming `order`), or null:
 * an institution's order goes through its portal's 验收 and disputes; a
 * cancelled order has nothing to send back; nothing shipped yet is a
 * cancellation; past the window is too late.
 */
export function orderReturnRefusal(order: ShopperOrderForReturns, now = new Date()): string | null {
  if (institutionOfCart(order.metadata)) return "order: 机构采购订单请在机构采购的验收中处理 / an institution's order is settled through its portal's receiving, not here"
  if (order.status === "canceled") return "order: 订单已取消 / the order is cancelled"
  const end = returnWindowEnd(order.fulfillments ?? [])
  if (!end) return "order: 商品尚未发货，可以直接取消订单 / nothing has shipped yet: cancel the order instead"
  if (now > end) return `order: 已超过签收后 ${RETURN_WINDOW_DAYS} 天的售后期 / the ${RETURN_WINDOW_DAYS} days after delivery for a return have passed`
  return null
}

/** The shopper's view: its returns (newest first), what may still go back, until when. */
export function shopperReturnsView(order: ShopperOrderForReturns): StoreShopperReturnsResponse {
  const items = new Map(order.items.map((i) => [i.id, i]))
  const refunded = order.payment_status === "refunded"
  const returns: StoreShopperReturn[] = (order.returns ?? [])
    .filter((r): r is NonNullable<ReturnRow> => !!r)
    .sort((a, b) => new Date(b.created_at).getTime() - new Date(a.created_at).getTime())
    .map((r) => {
      const meta = (r.metadata ?? {}) as { reason?: string; note?: string | null; photos?: Array<{ file_id: string; url: string }> }
      const lines = (r.items ?? []).filter((l): l is NonNullable<typeof l> => !!l)
      const shownLines = lines.map((l) => {
        const item = items.get(l.item_id)
        return {
          item_id: l.item_id,
          title: [item?.product_title ?? item?.title, item?.variant_title].filter(Boolean).join(" · "),
          quantity: n(l.raw_quantity?.value),
          received_quantity: n(l.raw_received_quantity?.value),
          amount: Math.round(n(item?.unit_price) * n(l.raw_quantity?.value) * 100) / 100,
        }
      })
      const reason = (SHOPPER_RETURN_REASONS as readonly string[]).includes(meta.reason ?? "") ? (meta.reason as ShopperReturnReason) : null
      return {
        id: r.id,
        display_id: r.display_id ?? null,
        status: refunded && r.status === "received" ? "refunded" : r.status,
        reason,
        note: meta.note ?? null,
        photos: meta.photos ?? [],
        items: shownLines,
        refund_amount: Math.round(shownLines.reduce((s, l) => s + l.amount, 0) * 100) / 100,
        created_at: new Date(r.created_at).toISOString(),
        received_at: r.received_at ? new Date(r.received_at).toISOString() : null,
      }
    })
  const open = orderReturnRefusal(order) === null
  const end = returnWindowEnd(order.fulfillments ?? [])
  return {
    returns,
    returnable: open
      ? order.items
          .map((i) => ({
            item_id: i.id,
            title: i.product_title ?? i.title,
            variant_title: i.variant_title ?? null,
            thumbnail: i.thumbnail ?? null,
            quantity: returnableQuantity(i),
            unit_price: n(i.unit_price),
          }))
          .filter((i) => i.quantity > 0)
      : [],
    // an institution's order has no 售后 here (its portal's 验收 and disputes)
    window_ends_at: end && !institutionOfCart(order.metadata) ? end.toISOString() : null,
  }
}

/**
 * The Medusa return reason for each of the shop's reasons, by value; a
 * missing one is created (so a new deployment needs no manual set-up). The
 * labels are Chinese with the English after a slash, as the admin shows them.
 */
export async function returnReasonIds(container: MedusaContainer): Promise<Map<ShopperReturnReason, string>> {
  const order = container.resolve(Modules.ORDER)
  const existing = await order.listReturnReasons({ value: [...SHOPPER_RETURN_REASONS] }, { select: ["id", "value"] })
  const ids = new Map(existing.map((r) => [r.value as ShopperReturnReason, r.id]))
  const missing = SHOPPER_RETURN_REASONS.filter((r) => !ids.has(r))
  if (missing.length) {
    const { result } = await createReturnReasonsWorkflow(container).run({
      input: {
        data: missing.map((value) => ({
          value,
          label: `${SHOPPER_RETURN_REASON_LABELS[value].zh} / ${SHOPPER_RETURN_REASON_LABELS[value].en}`,
        })),
      },
    })
    for (const r of result) ids.set(r.value as ShopperReturnReason, r.id)
  }
  return ids
}

/**
 * The return shipping option (退货寄回) a shopper's return uses and the stock
 * location the goods go back to (Medusa's return keeps no location of its
 * own otherwise, and then cannot be received); the operator's set-up when missing.
 */
export async function returnShipping(container: MedusaContainer): Promise<{ option_id: string; location_id: string }> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "shipping_option", fields: ["id", "type.code", "service_zone.fulfillment_set.location.id"], filters: {} })
  type Row = { id: string; type?: { code?: string } | null; service_zone?: { fulfillment_set?: { location?: { id?: string } | null } | null } | null }
  const option = (data as Row[]).find((o) => o.type?.code === SHIPPING_OPTION_CODES.returnByCourier && o.service_zone?.fulfillment_set?.location?.id)
  if (!option) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `order: 平台尚未设置退货寄回方式，请联系客服 / returns are not set up on this shop yet (a shipping option with type code ${SHOPPER_RETURN_OPTION_HINT})`
    )
  }
  return { option_id: option.id, location_id: option.service_zone!.fulfillment_set!.location!.id! }
}

const SHOPPER_RETURN_OPTION_HINT = `${SHIPPING_OPTION_CODES.returnByCourier} at a stock location`
