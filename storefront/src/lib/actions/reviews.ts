"use server"

import { refresh } from "next/cache"
import { redirect } from "next/navigation"
import { REVIEW_PHOTOS_MAX, REVIEW_TEXT_MAX, REVIEW_TEXT_MIN, type StoreCreateProductReviewRequest } from "@fupin/shared"
import { authHeaders, getAuthToken } from "@/lib/data/cookies"
import { formStateFromError } from "@/lib/data/errors"
import { getSdk } from "@/lib/data/medusa"
import { formLocale, getDictionary, interpolate } from "@/lib/i18n"
import { localizedHref } from "@/lib/i18n/paths"

/** The fields the backend may name in a refusal. */
const FORM_FIELDS = ["rating", "text", "photos"] as const

export interface ReviewFormState {
  error: string | null
  fields: Partial<Record<(typeof FORM_FIELDS)[number], string>>
  values: { rating?: string; text?: string }
}

/** 提交评价: one shipped line of the shopper's own order (POST /store/orders/:id/reviews), then back to the order. */
export async function submitReview(_prev: ReviewFormState, formData: FormData): Promise<ReviewFormState> {
  const locale = formLocale(formData)
  const dict = getDictionary(locale).review
  const orderId = String(formData.get("order_id") ?? "").trim()
  const lineId = String(formData.get("line_item_id") ?? "").trim()
  const rating = Number(formData.get("rating") ?? "")
  const text = String(formData.get("text") ?? "").trim()
  const photos = formData.getAll("photos").map(String).filter(Boolean).slice(0, REVIEW_PHOTOS_MAX)
  const values = { rating: String(formData.get("rating") ?? ""), text }
  const fields: ReviewFormState["fields"] = {}
  if (!Number.isInteger(rating) || rating < 1 || rating > 5) fields.rating = dict.ratingRequired
  if ([...text].length < REVIEW_TEXT_MIN) fields.text = interpolate(dict.textTooShort, { min: String(REVIEW_TEXT_MIN) })
  else if ([...text].length > REVIEW_TEXT_MAX) fields.text = interpolate(dict.textTooLong, { max: String(REVIEW_TEXT_MAX) })
  if (Object.keys(fields).length) return { error: null, fields, values }
  if (!orderId || !lineId || !(await getAuthToken())) return { error: dict.loginRequired, fields: {}, values }
  try {
    const body: StoreCreateProductReviewRequest = { line_item_id: lineId, rating, text, ...(photos.length ? { photos } : {}) }
    await getSdk().client.fetch(`/store/orders/${encodeURIComponent(orderId)}/reviews`, { method: "POST", headers: await authHeaders(), body })
  } catch (error) {
    return formStateFromError(error, { fields: FORM_FIELDS, locale, values, fallback: dict.serviceDown })
  }
  refresh()
  redirect(`${localizedHref(locale, `/account/orders/${orderId}`)}?reviewed=1`)
}
