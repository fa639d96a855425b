/**
 * A shopper's orders after the sale: the tabs of 我的订单 (as Taobao and JD sort them) and
 * cancelling before anything ships (POST /store/orders/:id/cancel).
 */
import { INSTITUTION_CART_METADATA_KEY } from "./institution"

/** The account's order tabs, in the order a shopper reads them. */
export const SHOPPER_ORDER_TABS = ["all", "to_pay", "to_ship", "to_receive", "done", "canceled"] as const
export type ShopperOrderTab = (typeof SHOPPER_ORDER_TABS)[number]

export const SHOPPER_ORDER_TAB_LABELS: Record<ShopperOrderTab, { zh: string; en: string }> = {
  all: { zh: "全部", en: "All" },
  to_pay: { zh: "待付款", en: "To pay" },
  to_ship: { zh: "待发货", en: "To ship" },
  to_receive: { zh: "待收货", en: "On the way" },
  done: { zh: "已完成", en: "Completed" },
  canceled: { zh: "已取消", en: "Cancelled" },
}

export const isShopperOrderTab = (v: unknown): v is ShopperOrderTab => typeof v === "string" && (SHOPPER_ORDER_TABS as readonly string[]).includes(v)

/** What the tab of an order is decided from: Medusa's three statuses of a store order. */
export type ShopperOrderStatuses = { status?: string | null; payment_status?: string | null; fulfillment_status?: string | null }

const NOT_PAID = new Set(["not_paid", "awaiting", "requires_action"])
const ON_THE_WAY = new Set(["partially_shipped", "shipped", "partially_delivered"])

/**
 * The one tab (besides 全部) an order sits under: cancelled; delivered (or completed); on the way once
 * anything shipped and not all of it arrived; to pay while no payment is authorized (a bank transfer
 * waiting, a payment needing action); otherwise paid and waiting to ship.
 */
export function shopperOrderTab(order: ShopperOrderStatuses): Exclude<ShopperOrderTab, "all"> {
  if (order.status === "canceled") return "canceled"
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
