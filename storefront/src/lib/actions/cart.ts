"use server"

import { refresh } from "next/cache"
import { MAX_RETAIL_LINE_QUANTITY, isLocale, type Locale } from "@fupin/shared"
import { fetchCart } from "@/lib/data/cart"
import { authHeaders, getCartId, setCartId } from "@/lib/data/cookies"
import { errorMessage } from "@/lib/data/errors"
import { getSdk } from "@/lib/data/medusa"
import { getCnyRegion } from "@/lib/data/regions"
import { getDictionary } from "@/lib/i18n"

export interface CartActionState {
  ok: boolean
  message: string | null
}

function dictFor(locale: unknown) {
  return getDictionary(typeof locale === "string" && isLocale(locale) ? (locale as Locale) : "zh")
}

/** The open cart's id, creating a cart in the CNY region (for the logged-in shopper, if any) when needed. */
async function ensureCartId(): Promise<string> {
  const existing = await getCartId()
  if (existing && (await fetchCart(existing))) return existing
  const region = await getCnyRegion()
  const { cart } = await getSdk().store.cart.create(region ? { region_id: region.id } : {}, {}, await authHeaders())
  await setCartId(cart.id)
  return cart.id
}

/** Form action of the product page: adds `quantity` of `variant_id`. */
export async function addToCart(_prev: CartActionState, formData: FormData): Promise<CartActionState> {
  const dict = dictFor(formData.get("locale"))
  const variantId = String(formData.get("variant_id") ?? "")
  const quantity = Number(formData.get("quantity") ?? 1)
  if (!variantId) return { ok: false, message: dict.cart.chooseVariant }
  if (!Number.isInteger(quantity) || quantity < 1 || quantity > MAX_RETAIL_LINE_QUANTITY) return { ok: false, message: dict.cart.badQuantity }
  try {
    const cartId = await ensureCartId()
    await getSdk().store.cart.createLineItem(cartId, { variant_id: variantId, quantity }, {}, await authHeaders())
  } catch (error) {
    return { ok: false, message: errorMessage(error, dict.cart.addFailed) }
  }
  refresh()
  return { ok: true, message: dict.cart.added }
}

/** Sets a line's quantity (0 removes it). */
export async function updateLineItem(_prev: CartActionState, formData: FormData): Promise<CartActionState> {
  const dict = dictFor(formData.get("locale"))
  const lineId = String(formData.get("line_id") ?? "")
  const quantity = Number(formData.get("quantity"))
  const cartId = await getCartId()
  if (!cartId || !lineId) return { ok: false, message: dict.cart.updateFailed }
  if (!Number.isInteger(quantity) || quantity < 0 || quantity > MAX_RETAIL_LINE_QUANTITY) return { ok: false, message: dict.cart.badQuantity }
  try {
    if (quantity === 0) {
      await getSdk().store.cart.deleteLineItem(cartId, lineId, {}, await authHeaders())
    } else {
      await getSdk().store.cart.updateLineItem(cartId, lineId, { quantity }, {}, await authHeaders())
    }
  } catch (error) {
    return { ok: false, message: errorMessage(error, dict.cart.updateFailed) }
  }
  refresh()
  return { ok: true, message: null }
}
