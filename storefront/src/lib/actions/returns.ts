"use server"

import { refresh } from "next/cache"
import { redirect } from "next/navigation"
import { RETURN_NOTE_MAX, RETURN_PHOTOS_MAX, SHOPPER_RETURN_REASONS, type ShopperReturnReason, type StoreCreateShopperReturnRequest } from "@fupin/shared"
import { authHeaders, getAuthToken } from "@/lib/data/cookies"
import { formStateFromError } from "@/lib/data/errors"
import { getSdk } from "@/lib/data/medusa"
import { formLocale, getDictionary } from "@/lib/i18n"
import { localizedHref } from "@/lib/i18n/paths"

/** The fields the backend may name in a refusal. */
const FORM_FIELDS = ["items", "reason", "note", "photos"] as const

export interface ReturnFormState {
  error: string | null
  fields: Partial<Record<(typeof FORM_FIELDS)[number], string>>
  values: { reason?: string; note?: string; quantities?: Record<string, string> }
}

/** 提交售后申请: ticked lines with their quantities (`qty:<line id>`), a reason, words and photos. */
export async function requestReturn(_prev: ReturnFormState, formData: FormData): Promise<ReturnFormState> {
  const locale = formLocale(formData)
  const dict = getDictionary(locale).afterSale
  const orderId = String(formData.get("order_id") ?? "").trim()
  const reason = String(formData.get("reason") ?? "")
  const note = String(formData.get("note") ?? "").trim()
  const photos = formData.getAll("photos").map(String).filter(Boolean).slice(0, RETURN_PHOTOS_MAX)
  const ticked = new Set(formData.getAll("line").map(String))
  const quantities: Record<string, string> = {}
  const items: StoreCreateShopperReturnRequest["items"] = []
  for (const [key, value] of formData.entries()) {
    if (!key.startsWith("qty:")) continue
    const id = key.slice(4)
    quantities[id] = String(value)
    const quantity = Number(value)
    if (ticked.has(id) && Number.isInteger(quantity) && quantity > 0) items.push({ id, quantity })
  }
  const values = { reason, note, quantities }
  const fields: ReturnFormState["fields"] = {}
  if (!items.length) fields.items = dict.noLines
  if (!(SHOPPER_RETURN_REASONS as readonly string[]).includes(reason)) fields.reason = dict.chooseReason
  if ([...note].length > RETURN_NOTE_MAX) fields.note = dict.noteHint.replace("{max}", String(RETURN_NOTE_MAX))
  if (Object.keys(fields).length) return { error: null, fields, values }
  if (!orderId || !(await getAuthToken())) return { error: dict.loginRequired, fields: {}, values }
  try {
    const body: StoreCreateShopperReturnRequest = { items, reason: reason as ShopperReturnReason, ...(note ? { note } : {}), ...(photos.length ? { photos } : {}) }
    await getSdk().client.fetch(`/store/orders/${encodeURIComponent(orderId)}/returns`, { method: "POST", headers: await authHeaders(), body })
  } catch (error) {
    return formStateFromError(error, { fields: FORM_FIELDS, locale, values, fallback: dict.serviceDown })
  }
  refresh()
  redirect(`${localizedHref(locale, `/account/orders/${orderId}`)}?returned=1`)
}
