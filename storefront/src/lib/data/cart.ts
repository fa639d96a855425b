import "server-only"

import { cache } from "react"
import type { HttpTypes } from "@medusajs/types"
import { authHeaders, getCartId } from "./cookies"
import { errorStatus } from "./errors"
import { getSdk } from "./medusa"

/** What the cart and checkout pages show; personal, so never cached. */
export const CART_FIELDS = [
  "*items",
  "+items.product.handle",
  "+items.product.metadata",
  "+items.variant.manage_inventory",
  "+items.variant.allow_backorder",
  "+items.variant.inventory_quantity",
  "*shipping_address",
  "*shipping_methods",
  "*payment_collection",
  "*payment_collection.payment_sessions",
].join(",")

export type StoreCart = HttpTypes.StoreCart

/** Reads a cart by id, or null when it is gone (completed, deleted, unknown). */
export async function fetchCart(id: string): Promise<StoreCart | null> {
  try {
    const { cart } = await getSdk().client.fetch<HttpTypes.StoreCartResponse>(`/store/carts/${id}`, {
      query: { fields: CART_FIELDS },
      headers: await authHeaders(),
      cache: "no-store",
    })
    return cart.completed_at ? null : cart
  } catch (error) {
    if (errorStatus(error) === 404) return null
    throw error
  }
}

/** The shopper's open cart (from the httpOnly cookie), or null. */
export async function retrieveCart(): Promise<StoreCart | null> {
  const id = await getCartId()
  return id ? fetchCart(id) : null
}

/**
 * Items in the cart, for the header's badge and the phone tab bar's (one read per
 * request for both); 0 when there is no cart or the backend is down.
 */
export const cartItemCount = cache(async (): Promise<number> => {
  try {
    const cart = await retrieveCart()
    return (cart?.items ?? []).reduce((sum, item) => sum + item.quantity, 0)
  } catch {
    return 0
  }
})
