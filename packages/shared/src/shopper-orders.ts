/**
 * A shopper's orders after the sale: the tabs of 我的订单 (as Taobao and JD sort them),
 * cancelling before anything ships (POST /store/orders/:id/cancel) and asking for a return
 * once it has (售后, POST /store/orders/:id/returns, Medusa's returns).
 */
import { INSTITUTION_CART_METADATA_KEY } from "./institution"

/** The account's order tabs, in the order a shopper reads them. */
export const SHOPPER_ORDER_TABS = ["all", "to_pay", "to_ship", "to_receive", "done", "after_sale", "canceled"] as const
export type ShopperOrderTab = (typeof SHOPPER_ORDER_TABS)[number]

export const SHOPPER_ORDER_TAB_LABELS: Record<ShopperOrderTab, { zh: string; en: string }> = {
  all: { zh: "全部", en: "All" },
  to_pay: { zh: "待付款", en: "To pay" },
  to_ship: { zh: "待发货", en: "To ship" },
  to_receive: { zh: "待收货", en: "On the way" },
  done: { zh: "已完成", en: "Completed" },
  after_sale: { zh: "售后", en: "Returns" },
  canceled: { zh: "已取消", en: "Cancelled" },
}

export const isShopperOrderTab = (v: unknown): v is ShopperOrderTab => typeof v === "string" && (SHOPPER_ORDER_TABS as readonly string[]).includes(v)

/** What the tab of an order is decided from: Medusa's three statuses of a store order. */
export type ShopperOrderStatuses = {
  status?: string | null
  payment_status?: string | null
  fulfillment_status?: string | null
  /** the order's returns (Medusa's), when the caller asked for them */
  returns?: Array<{ status?: string | null } | null> | null
}

const NOT_PAID = new Set(["not_paid", "awaiting", "requires_action"])
const ON_THE_WAY = new Set(["partially_shipped", "shipped", "partially_delivered"])

/**
 * The one tab (besides 全部) an order sits under: cancelled; 售后 once a return was asked for (and
 * not withdrawn); delivered (or completed); on the way once anything shipped and not all of it
 * arrived; to pay while no payment is authorized (a bank transfer waiting, a payment needing
 * action); otherwise paid and waiting to ship.
 */
export function shopperOrderTab(order: ShopperOrderStatuses): Exclude<ShopperOrderTab, "all"> {
  if (order.status === "canceled") return "canceled"
  if ((order.returns ?? []).some((r) => r && r.status !== "canceled")) return "after_sale"
  if (order.status === "completed" || order.fulfillment_status === "delivered") return "done"
  if (ON_THE_WAY.has(order.fulfillment_status ?? "")) return "to_receive"
  if (NOT_PAID.has(order.payment_status ?? "")) return "to_pay"
  return "to_ship"
}

/**
 * Whether the shopper may still cancel: nothing of it shipped or packed, not cancelled or completed,
 * and not an institution's order (the operator cancels those).
 */
export function shopperMayCancel(order: ShopperOrderStatuses & { metadata?: Record<string, unknown> | null }): boolean {
  if (order.metadata?.[INSTITUTION_CART_METADATA_KEY]) return false
  return order.status === "pending" && (order.fulfillment_status ?? "not_fulfilled") === "not_fulfilled"
}

/** Why a shopper cancels (kept on the order for the operator and the suppliers). */
export const SHOPPER_CANCEL_REASONS = ["changed_mind", "wrong_details", "duplicate", "too_slow", "other"] as const
export type ShopperCancelReason = (typeof SHOPPER_CANCEL_REASONS)[number]

export const SHOPPER_CANCEL_REASON_LABELS: Record<ShopperCancelReason, { zh: string; en: string }> = {
  changed_mind: { zh: "不想要了", en: "I changed my mind" },
  wrong_details: { zh: "地址或信息填错了", en: "Wrong address or details" },
  duplicate: { zh: "重复下单", en: "Ordered twice" },
  too_slow: { zh: "发货太慢", en: "It takes too long to ship" },
  other: { zh: "其他原因", en: "Another reason" },
}

/** POST /store/orders/:id/cancel */
export interface StoreCancelOrderRequest {
  reason: ShopperCancelReason
  /** the shopper's own words, at most 200 characters */
  note?: string | null
}

export interface StoreCancelOrderResponse {
  order: { id: string; status: string; payment_status: string; canceled_at: string | null }
}

/** POST /store/customers/me/order-claims: whose guest orders (by default the account's own e-mail). */
export interface StoreOrderClaimsRequest {
  email?: string
}

/** POST /store/customers/me/order-claims: the same answer whether or not the e-mail has guest orders. */
export interface StoreOrderClaimsResponse {
  email: string
  message: string
}

/**
 * POST /store/customers/me/order-claims/mobile: guest orders placed with the account's verified
 * mobile (its code login) and no e-mail move into the account at once; `mobile` is null when the
 * account has no verified mobile (then nothing moves).
 */
export interface StoreMobileOrderClaimsResponse {
  mobile: string | null
  moved_order_ids: string[]
  message: string
}

// ---- 售后: returns after delivery ------------------------------------------------------------

/** A return may be asked for within this many days of the parcel's arrival (or, not marked arrived, its shipment). */
export const RETURN_WINDOW_DAYS = 15
export const RETURN_PHOTOS_MAX = 6
export const RETURN_NOTE_MAX = 300

/** Why a shopper sends goods back; each is a Medusa return reason with this value. */
export const SHOPPER_RETURN_REASONS = ["quality", "damaged", "wrong_item", "missing", "not_as_described", "other"] as const
export type ShopperReturnReason = (typeof SHOPPER_RETURN_REASONS)[number]

export const SHOPPER_RETURN_REASON_LABELS: Record<ShopperReturnReason, { zh: string; en: string }> = {
  quality: { zh: "质量问题（变质、异味、发霉）", en: "Quality problem (spoiled, off smell, mould)" },
  damaged: { zh: "包装破损、漏气", en: "Damaged or leaking packaging" },
  wrong_item: { zh: "发错商品或规格", en: "Wrong product or pack size" },
  missing: { zh: "少件、漏发", en: "Something is missing" },
  not_as_described: { zh: "与商品描述不符", en: "Not as described" },
  other: { zh: "其他原因", en: "Another reason" },
}

/** Reasons for which a photo of the goods is asked (the supplier and the operator decide from it). */
export const RETURN_REASONS_NEEDING_PHOTOS: readonly ShopperReturnReason[] = ["quality", "damaged", "wrong_item", "not_as_described"]

/** POST /store/orders/:id/returns */
export interface StoreCreateShopperReturnRequest {
  /** the order's lines and how many of each go back */
  items: Array<{ id: string; quantity: number }>
  reason: ShopperReturnReason
  /** the shopper's own words */
  note?: string | null
  /** file ids from POST /store/reviews/uploads (the shop's photo upload) */
  photos?: string[]
}

/** Where a return stands, as the shopper reads it. */
export const SHOPPER_RETURN_STATUS_LABELS: Record<string, { zh: string; en: string }> = {
  requested: { zh: "待处理：等待平台审核", en: "Waiting for the operator" },
  received: { zh: "已收到退货", en: "Goods received back" },
  partially_received: { zh: "已收到部分退货", en: "Part of the goods received back" },
  canceled: { zh: "已撤销", en: "Withdrawn" },
  refunded: { zh: "已退款", en: "Refunded" },
}

export interface StoreShopperReturn {
  id: string
  display_id: number | null
  /** Medusa's return status, or "refunded" once the order's refunds cover it */
  status: string
  reason: ShopperReturnReason | null
  note: string | null
  photos: Array<{ file_id: string; url: string }>
  items: Array<{ item_id: string; title: string; quantity: number; received_quantity: number; amount: number }>
  /** what the returned lines cost: what is refunded once the goods are back */
  refund_amount: number
  created_at: string
  received_at: string | null
}

export interface StoreShopperReturnsResponse {
  returns: StoreShopperReturn[]
  /** the lines a return may still be asked for, with how many of each */
  returnable: Array<{ item_id: string; title: string; variant_title: string | null; thumbnail: string | null; quantity: number; unit_price: number }>
  /** the last day a return may be asked for (ISO date), null while nothing has shipped */
  window_ends_at: string | null
}
