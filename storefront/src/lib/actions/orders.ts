"use server"

import { refresh } from "next/cache"
import { redirect } from "next/navigation"
import { SHOPPER_CANCEL_REASONS, type ShopperCancelReason, type StoreCancelOrderRequest } from "@fupin/shared"
import { authHeaders, getAuthToken } from "@/lib/data/cookies"
import { errorMessage, errorStatus, localHalfWithoutField } from "@/lib/data/errors"
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
