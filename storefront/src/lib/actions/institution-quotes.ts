"use server"

import { refresh } from "next/cache"
import { isLocale, type Locale, type StoreQuoteResponse } from "@fupin/shared"
import { authHeaders } from "@/lib/data/cookies"
import { errorMessage, localHalfWithoutField } from "@/lib/data/errors"
import { getSdk } from "@/lib/data/medusa"
import { quotesDictionary } from "@/modules/institution/quotes/i18n"

/**
 * 询价's writes: each sends the member's login; the backend checks the role (purchasers and admins
 * ask; purchasers and approvers decide; above the approval amount only an approver who did not ask
 * accepts), the validity date and each line.
 */

export interface QuoteFormState {
  error: string | null
  done: string | null
  quote_id?: string
}

const localeOf = (value: unknown): Locale => (typeof value === "string" && isLocale(value) ? value : "zh")

async function send(path: string, body: Record<string, unknown>): Promise<StoreQuoteResponse> {
  const res = await getSdk().client.fetch<StoreQuoteResponse>(path, { method: "POST", headers: await authHeaders(), body, cache: "no-store" })
  refresh()
  return res
}

const failed = (error: unknown, locale: Locale): QuoteFormState => ({
  error: localHalfWithoutField(errorMessage(error, quotesDictionary(locale).failed), locale),
  done: null,
})

/** 询价 from the pad: its current lines, an optional note, and the canteen and date chosen on the pad (when chosen). */
export async function requestQuote(input: {
  locale: string
  note: string
  lines: Array<{ variant_id: string; quantity: number }>
  canteen_id?: string
  requested_delivery_date?: string
}): Promise<QuoteFormState> {
  const locale = localeOf(input.locale)
  try {
    const note = input.note.trim()
    const canteen = input.canteen_id?.trim()
    const date = input.requested_delivery_date?.trim()
    const res = await send("/store/institution/quotes", {
      lines: input.lines,
      ...(note ? { note } : {}),
      ...(canteen ? { canteen_id: canteen } : {}),
      ...(date ? { requested_delivery_date: date } : {}),
    })
    return { error: null, done: quotesDictionary(locale).asked, quote_id: res.quote.id }
  } catch (error) {
    return failed(error, locale)
  }
}

/** Accepts or declines a quote (form: locale, quote_id, decision; note: why, with a decline). */
export async function decideQuote(_prev: QuoteFormState, formData: FormData): Promise<QuoteFormState> {
  const locale = localeOf(formData.get("locale"))
  const decision = formData.get("decision") === "accept" ? "accept" : "decline"
  const id = String(formData.get("quote_id") ?? "")
  try {
    const note = String(formData.get("note") ?? "").trim()
    const body = decision === "decline" && note ? { note } : {}
    const res = await send(`/store/institution/quotes/${encodeURIComponent(id)}/${decision}`, body)
    return { error: null, done: res.quote.status, quote_id: res.quote.id }
  } catch (error) {
    return failed(error, locale)
  }
}
