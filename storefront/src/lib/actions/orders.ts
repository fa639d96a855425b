"use server"

import { refresh } from "next/cache"
import { redirect } from "next/navigation"
import {
  SHOPPER_CANCEL_REASONS,
  type ShopperCancelReason,
  type StoreCancelOrderRequest,
  type StoreOrderClaimsRequest,
  type StoreOrderClaimsResponse,
} from "@fupin/shared"
import { authHeaders, getAuthToken } from "@/lib/data/cookies"
import { errorMessage, errorStatus, localHalf, localHalfWithoutField } from "@/lib/data/errors"
import { getSdk } from "@/lib/data/medusa"
import { formLocale, getDictionary } from "@/lib/i18n"
import { localizedHref } from "@/lib/i18n/paths"

export interface CancelFormState {
  error: string | null
  fields: Record<string, string>
  values: Record<string, string>
}

const isReason = (v: string): v is ShopperCancelReason => (SHOPPER_CANCEL_REASONS as readonly string[]).includes(v)

/** 取消订单: the shopper's own order, before anything ships (POST /store/orders/:id/cancel). */
export async function cancelOrder(_prev: CancelFormState, formData: FormData): Promise<CancelFormState> {
  const locale = formLocale(formData)
  const dict = getDictionary(locale).account
  const orderId = String(formData.get("order_id") ?? "").trim()
  const reason = String(formData.get("reason") ?? "").trim()
  const note = String(formData.get("note") ?? "").trim()
  const values = { reason, note }
  if (!isReason(reason)) return { error: null, fields: { reason: dict.cancelReasonRequired }, values }
  if (!orderId || !(await getAuthToken())) return { error: dict.loginRequired, fields: {}, values }
  try {
    const body: StoreCancelOrderRequest = { reason, note: note || null }
    await getSdk().client.fetch(`/store/orders/${encodeURIComponent(orderId)}/cancel`, { method: "POST", headers: await authHeaders(), body })
  } catch (error) {
    if (errorStatus(error) === 400) return { error: localHalfWithoutField(errorMessage(error, dict.cannotCancelShipped), locale), fields: {}, values }
    return { error: errorMessage(error, dict.serviceDown), fields: {}, values }
  }
  refresh()
  redirect(`${localizedHref(locale, `/account/orders/${orderId}`)}?canceled=1`)
}

export interface ClaimFormState {
  error: string | null
  success: string | null
  email: string
}

/** 找不到以前的订单: asks the backend to e-mail a confirmation link for the guest orders of an e-mail. */
export async function requestOrderClaims(_prev: ClaimFormState, formData: FormData): Promise<ClaimFormState> {
  const locale = formLocale(formData)
  const dict = getDictionary(locale).account
  const email = String(formData.get("email") ?? "").trim()
  if (!(await getAuthToken())) return { error: dict.loginRequired, success: null, email }
  try {
    const body: StoreOrderClaimsRequest = email ? { email } : {}
    const res = await getSdk().client.fetch<StoreOrderClaimsResponse>("/store/customers/me/order-claims", {
      method: "POST",
      headers: await authHeaders(),
      body,
    })
    return { error: null, success: localHalf(res.message, locale), email }
  } catch (error) {
    const status = errorStatus(error)
    if (status === 400 || status === 429) return { error: localHalfWithoutField(errorMessage(error, dict.serviceDown), locale), success: null, email }
    return { error: errorMessage(error, dict.serviceDown), success: null, email }
  }
}

/** The link's confirmation page: accept (the order moves to the account that asked) or decline, with the e-mailed token. */
export async function answerOrderClaim(formData: FormData): Promise<void> {
  const locale = formLocale(formData)
  const orderId = String(formData.get("order_id") ?? "").trim()
  const token = String(formData.get("token") ?? "").trim()
  const answer = formData.get("answer") === "decline" ? "decline" : "accept"
  const page = localizedHref(locale, `/account/orders/claim/${encodeURIComponent(orderId)}`)
  let outcome: "accepted" | "declined" | "invalid"
  try {
    const transfer = getSdk().store.order
    const headers = await authHeaders()
    const id = encodeURIComponent(orderId)
    if (answer === "accept") await transfer.acceptTransfer(id, { token }, {}, headers)
    else await transfer.declineTransfer(id, { token }, {}, headers)
    outcome = answer === "accept" ? "accepted" : "declined"
  } catch (error) {
    const status = errorStatus(error)
    if (status === null || status >= 500) throw error
    outcome = "invalid"
  }
  redirect(`${page}?outcome=${outcome}`)
}
