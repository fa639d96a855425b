"use server"

import { redirect } from "next/navigation"
import {
  cnAddressProblems,
  PAYMENT_PROVIDER_IDS,
  SHIPPING_OPTION_CODES,
  toMedusaAddress,
  type Locale,
  type StationPickupData,
  type StoreServiceStationDTO,
} from "@fupin/shared"
import { getOptionalConfig } from "@/lib/config"
import { fetchCart } from "@/lib/data/cart"
import { listShippingOptions, listStations } from "@/lib/data/checkout"
import { authHeaders, clearCartId, getAuthToken, getCartId, setLastOrderId } from "@/lib/data/cookies"
import { errorMessage } from "@/lib/data/errors"
import { getSdk } from "@/lib/data/medusa"
import { formLocale, getDictionary } from "@/lib/i18n"
import { pickupStationMeta } from "@/lib/util/pickup-station"
import { localizedHref } from "@/lib/i18n/paths"
import { addressValues, fromMedusaAddress, readCnAddress, sameCnAddress } from "@/lib/util/address"
import type { FormState } from "./account"

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/


function checkoutStep(locale: Locale, step: string) {
  return `${localizedHref(locale, "/checkout")}?step=${step}`
}

async function openCartId(): Promise<string | null> {
  const id = await getCartId()
  return id && (await fetchCart(id)) ? id : null
}

/** Step 1: the Chinese address with its mobile (also the billing address), and an optional contact e-mail. */
export async function saveAddress(_prev: FormState, formData: FormData): Promise<FormState> {
  const locale = formLocale(formData)
  const dict = getDictionary(locale).checkout
  const address = readCnAddress(formData)
  const email = String(formData.get("email") ?? "").trim().toLowerCase()
  const values = { ...addressValues(address), email }
  const problems = cnAddressProblems(address)
  const fields: Record<string, string> = Object.fromEntries(Object.entries(problems).map(([k, v]) => [k, v[locale]]))
  // the mobile is the contact; an e-mail is optional for everyone (a guest finds the order again by a code to the mobile)
  if (email && !EMAIL.test(email)) fields.email = dict.emailInvalid
  if (Object.keys(fields).length) return { error: dict.fixFields, fields, values }

  const cartId = await openCartId()
  if (!cartId) return { error: dict.cartGone, fields, values }
  try {
    const medusa = toMedusaAddress(address)
    // Keep a chosen pickup station when only the address changes.
    const previous = (await fetchCart(cartId))?.shipping_address?.metadata?.pickup_station
    if (previous) (medusa.metadata as Record<string, unknown>).pickup_station = previous
    await getSdk().store.cart.update(cartId, { ...(email ? { email } : {}), shipping_address: medusa, billing_address: medusa }, {}, await authHeaders())
  } catch (error) {
    return { error: errorMessage(error, dict.saveFailed), fields, values }
  }
  if (formData.get("save_address") === "on") await keepInAddressBook(address)
  redirect(checkoutStep(locale, "delivery"))
}

/**
 * A logged-in shopper's checkout address goes into its address book (收货地址) unless it is there
 * already. Checkout never fails for it: the order goes on, and the address can be added later.
 */
async function keepInAddressBook(address: ReturnType<typeof readCnAddress>) {
  if (!(await getAuthToken())) return
  try {
    const headers = await authHeaders()
    const { customer } = await getSdk().store.customer.retrieve({ fields: "id,*addresses" }, headers)
    if ((customer.addresses ?? []).some((a) => sameCnAddress(fromMedusaAddress(a), address))) return
    await getSdk().store.customer.createAddress(toMedusaAddress(address), {}, headers)
  } catch (error) {
    console.error("[storefront] saving the checkout address to the address book failed:", error)
  }
}

/** Pickup stations of a township, for the station picker (county → township → station). */
export async function pickupStations(countyHandle: string, townshipId: string): Promise<StoreServiceStationDTO[]> {
  if (!/^[a-z-]{1,40}$/.test(countyHandle) || !/^[\w-]{1,50}$/.test(townshipId)) return []
  return listStations(countyHandle, townshipId)
}

/** Step 2: home delivery, or pickup at a service station. */
export async function saveDelivery(_prev: FormState, formData: FormData): Promise<FormState> {
  const locale = formLocale(formData)
  const dict = getDictionary(locale).checkout
  const method = String(formData.get("method") ?? "")
  const county = String(formData.get("county") ?? "")
  const township = String(formData.get("township") ?? "")
  const stationId = String(formData.get("station") ?? "")
  const values = { method, county, township, station: stationId }
  const fields: Record<string, string> = {}
  if (method !== "home" && method !== "pickup") fields.method = dict.chooseDelivery
  if (method === "pickup") {
    if (!county) fields.county = dict.chooseCounty
    else if (!township) fields.township = dict.chooseTownship
    else if (!stationId) fields.station = dict.chooseStation
  }
  if (Object.keys(fields).length) return { error: dict.fixFields, fields, values }

  const cartId = await openCartId()
  if (!cartId) return { error: dict.cartGone, fields, values }
  try {
    const code = method === "pickup" ? SHIPPING_OPTION_CODES.stationPickup : SHIPPING_OPTION_CODES.homeDelivery
    const option = (await listShippingOptions(cartId)).find((o) => o.type?.code === code)
    if (!option) return { error: dict.deliveryUnavailable, fields, values }
    let station: StoreServiceStationDTO | undefined
    if (method === "pickup") {
      station = (await listStations(county, township)).find((s) => s.id === stationId)
      if (!station) return { error: null, fields: { station: dict.chooseStation }, values }
    }
    // The station's public details travel with the shipping address (its metadata), which
    // the order keeps: the review, confirmation and order pages show where to pick up.
    const cart = await fetchCart(cartId)
    const address = cart?.shipping_address
    if (address) {
      const { id: _id, created_at: _c, updated_at: _u, customer_id: _cu, ...rest } = address as typeof address & {
        customer_id?: unknown
      }
      const metadata = { ...(address.metadata ?? {}) } as Record<string, unknown>
      if (station) {
        metadata.pickup_station = pickupStationMeta(station)
      } else {
        delete metadata.pickup_station
      }
      const clean = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== null && v !== undefined))
      await getSdk().store.cart.update(cartId, { shipping_address: { ...clean, metadata } }, {}, await authHeaders())
    }
    // After the address: changing the address makes Medusa re-check the shipping method.
    await getSdk().store.cart.addShippingMethod(
      cartId,
      station ? { option_id: option.id, data: { service_station_id: station.id } satisfies StationPickupData } : { option_id: option.id },
      {},
      await authHeaders()
    )
  } catch (error) {
    return { error: errorMessage(error, dict.saveFailed), fields, values }
  }
  redirect(checkoutStep(locale, "payment"))
}

/** Step 3: a payment session with the chosen provider (demo payment without Stripe). */
export async function savePayment(_prev: FormState, formData: FormData): Promise<FormState> {
  const locale = formLocale(formData)
  const dict = getDictionary(locale).checkout
  const provider = String(formData.get("provider") ?? "")
  const values = { provider }
  if (!(Object.values(PAYMENT_PROVIDER_IDS) as string[]).includes(provider)) {
    return { error: dict.fixFields, fields: { provider: dict.choosePayment }, values }
  }
  // A Stripe provider needs the publishable key for its Payment Element on the review step.
  if (provider !== PAYMENT_PROVIDER_IDS.system && !getOptionalConfig().stripePublishableKey) {
    return { error: dict.fixFields, fields: { provider: dict.choosePayment }, values }
  }
  const cartId = await openCartId()
  if (!cartId) return { error: dict.cartGone, fields: {}, values }
  try {
    const cart = await fetchCart(cartId)
    if (!cart) return { error: dict.cartGone, fields: {}, values }
    // into the cart's payment collection, made first when it has none
    await getSdk().store.payment.initiatePaymentSession(cart, { provider_id: provider }, {}, await authHeaders())
  } catch (error) {
    return { error: errorMessage(error, dict.saveFailed), fields: {}, values }
  }
  redirect(checkoutStep(locale, "review"))
}

/** Step 4: places the order. A refusal (e.g. a product lost its certificate) is shown as the backend words it. */
export async function placeOrder(_prev: FormState, formData: FormData): Promise<FormState> {
  const locale = formLocale(formData)
  const dict = getDictionary(locale).checkout
  const cartId = await openCartId()
  if (!cartId) return { error: dict.cartGone, fields: {}, values: {} }
  let orderId: string
  try {
    const result = await getSdk().store.cart.complete(cartId, {}, await authHeaders())
    if (result.type !== "order") {
      // Medusa words a refusal as { message }; a hook of ours may answer a plain sentence
      const refusal: unknown = result.error
      const reason = typeof refusal === "string" ? refusal : (refusal as { message?: string } | undefined)?.message
      return { error: reason || dict.placeFailed, fields: {}, values: {} }
    }
    orderId = result.order.id
  } catch (error) {
    return { error: errorMessage(error, dict.placeFailed), fields: {}, values: {} }
  }
  await setLastOrderId(orderId)
  await clearCartId()
  redirect(localizedHref(locale, `/order/confirmed/${orderId}`))
}
