import "server-only"

import type { StoreOrderImpactResponse, StoreOrderPickupResponse } from "@fupin/shared"
import type { HttpTypes } from "@medusajs/types"
import { authHeaders, getAuthToken } from "./cookies"
import { errorStatus } from "./errors"
import { getSdk } from "./medusa"

/**
 * The logged-in shopper and their orders. Personal: every read sends the token from
 * the httpOnly cookie and is `no-store`, so nothing is cached across visitors.
 */

export async function getCustomer(): Promise<HttpTypes.StoreCustomer | null> {
  if (!(await getAuthToken())) return null
  try {
    const { customer } = await getSdk().client.fetch<HttpTypes.StoreCustomerResponse>("/store/customers/me", {
      query: { fields: "*addresses" },
      headers: await authHeaders(),
      cache: "no-store",
    })
    return customer
  } catch (error) {
    const status = errorStatus(error)
    if (status === 401 || status === 404) return null
    throw error
  }
}

// The list route answers only id, status and total unless asked: the order page needs the subtotal and shipping too;
// *fulfillments: each supplier's shipment with its lot number and tracking (fulfilment metadata, ADR 0008)
const ORDER_FIELDS =
  "*items,*shipping_address,*shipping_methods,*fulfillments,+metadata,+status,+payment_status,+fulfillment_status,+item_subtotal,+subtotal,+shipping_total,+discount_total,+returns.id,+returns.status"

/** The shopper's orders, newest first. */
export async function listOrders({ limit = 20, offset = 0 } = {}): Promise<{ orders: HttpTypes.StoreOrder[]; count: number }> {
  const { orders, count } = await getSdk().client.fetch<HttpTypes.StoreOrderListResponse>("/store/orders", {
    query: { limit, offset, order: "-created_at", fields: ORDER_FIELDS },
    headers: await authHeaders(),
    cache: "no-store",
  })
  return { orders, count }
}

/**
 * One of the logged-in shopper's own orders, or null. Reads through the shopper's order
 * list (filtered by id), which the backend scopes to the customer: another shopper's
 * order id finds nothing.
 */
export async function getOwnOrder(id: string): Promise<HttpTypes.StoreOrder | null> {
  if (!(await getAuthToken())) return null
  try {
    const { orders } = await getSdk().client.fetch<HttpTypes.StoreOrderListResponse>("/store/orders", {
      query: { id, limit: 1, fields: ORDER_FIELDS },
      headers: await authHeaders(),
      cache: "no-store",
    })
    return orders.find((o) => o.id === id) ?? null
  } catch (error) {
    const status = errorStatus(error)
    if (status === 401 || status === 404 || status === 400) return null
    throw error
  }
}

/** An order by id, for the confirmation page only (the caller checks that this browser placed it). */
export async function fetchOrder(id: string): Promise<HttpTypes.StoreOrder | null> {
  try {
    const { order } = await getSdk().client.fetch<HttpTypes.StoreOrderResponse>(`/store/orders/${encodeURIComponent(id)}`, {
      query: { fields: ORDER_FIELDS },
      headers: await authHeaders(),
      cache: "no-store",
    })
    return order
  } catch (error) {
    const status = errorStatus(error)
    if (status === 401 || status === 404 || status === 400) return null
    throw error
  }
}

/**
 * What an order did (households supported per county); null when the backend has no answer.
 * The ledger is written by a subscriber right after the order is placed: for a fresh
 * order, ask again a few times before showing "recorded, figures follow".
 */
export async function getOrderImpact(
  id: string,
  proof: GuestOrderProof,
  { fresh = false }: { fresh?: boolean } = {}
): Promise<StoreOrderImpactResponse | null> {
  for (let attempt = 0; ; attempt++) {
    const impact = await readOrderImpact(id, proof)
    if (!fresh || attempt >= 6 || (impact && impact.counties.length > 0)) return impact
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
}

/** What shows a guest order is the caller's: its e-mail, or the contact mobile of one placed without an e-mail. */
export type GuestOrderProof = { email?: string | null; mobile?: string | null }

async function readOrderImpact(id: string, { email, mobile }: GuestOrderProof): Promise<StoreOrderImpactResponse | null> {
  try {
    return await getSdk().client.fetch<StoreOrderImpactResponse>(`/store/orders/${encodeURIComponent(id)}/impact`, {
      query: email ? { email } : mobile ? { mobile } : {},
      headers: await authHeaders(),
      cache: "no-store",
    })
  } catch (error) {
    console.error(`[storefront] order impact of ${id} unavailable:`, errorStatus(error) ?? error)
    return null
  }
}

/** A station-pickup order's 取货码 and station (address, hours, phone); null for home delivery or no answer. */
export async function getOrderPickup(id: string): Promise<StoreOrderPickupResponse["pickup"]> {
  try {
    const { pickup } = await getSdk().client.fetch<StoreOrderPickupResponse>(`/store/orders/${encodeURIComponent(id)}/pickup`, {
      headers: await authHeaders(),
      cache: "no-store",
    })
    return pickup
  } catch (error) {
    console.error("[storefront] pickup code read failed:", errorStatus(error) ?? error)
    return null
  }
}
