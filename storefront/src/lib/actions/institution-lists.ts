"use server"

import { refresh } from "next/cache"
import { isLocale, type Locale, type StoreListResponse } from "@fupin/shared"
import { authHeaders } from "@/lib/data/cookies"
import { errorMessage, localHalfWithoutField } from "@/lib/data/errors"
import { getSdk } from "@/lib/data/medusa"
import { interpolate } from "@/lib/i18n"
import { listsDictionary } from "@/modules/institution/lists/i18n"

/**
 * The 常用清单's writes and the admin's 月度预算: each sends the member's login; the backend
 * checks the role (purchasers and admins keep lists, admins set budgets), the limits and each line.
 */

export interface ListFormState {
  error: string | null
  done: string | null
  /** the list saved or changed */
  list_id?: string
}

const localeOf = (value: unknown): Locale => (typeof value === "string" && isLocale(value) ? value : "zh")

async function send(path: string, method: "POST" | "DELETE", body?: Record<string, unknown>): Promise<StoreListResponse | null> {
  const res = await getSdk().client.fetch<StoreListResponse | null>(path, { method, headers: await authHeaders(), ...(body ? { body } : {}), cache: "no-store" })
  refresh()
  return res
}

const failed = (error: unknown, locale: Locale): ListFormState => ({
  error: localHalfWithoutField(errorMessage(error, listsDictionary(locale).failed), locale),
  done: null,
})

/** 保存为常用清单 from the pad: its current lines under a name. */
export async function saveListFromPad(input: { locale: string; name: string; lines: Array<{ variant_id: string; quantity: number }> }): Promise<ListFormState> {
  const locale = localeOf(input.locale)
  const dict = listsDictionary(locale)
  if (!input.name.trim()) return { error: dict.nameRequired, done: null }
  try {
    const res = await send("/store/institution/lists", "POST", { name: input.name, lines: input.lines })
    return { error: null, done: interpolate(dict.saved, { name: res!.list.name, count: String(res!.list.lines.length) }), list_id: res!.list.id }
  } catch (error) {
    return failed(error, locale)
  }
}

/** Replaces a list's lines with the pad's. */
export async function replaceListLines(input: { locale: string; list_id: string; lines: Array<{ variant_id: string; quantity: number }> }): Promise<ListFormState> {
  const locale = localeOf(input.locale)
  try {
    const res = await send(`/store/institution/lists/${encodeURIComponent(input.list_id)}`, "POST", { lines: input.lines })
    return { error: null, done: interpolate(listsDictionary(locale).replaced, { name: res!.list.name, count: String(res!.list.lines.length) }), list_id: res!.list.id }
  } catch (error) {
    return failed(error, locale)
  }
}

/** 保存为常用清单 from an order page (form: locale, order_id, name). */
export async function saveListFromOrder(_prev: ListFormState, formData: FormData): Promise<ListFormState> {
  const locale = localeOf(formData.get("locale"))
  const dict = listsDictionary(locale)
  const name = String(formData.get("name") ?? "").trim()
  if (!name) return { error: dict.nameRequired, done: null }
  try {
    const res = await send("/store/institution/lists", "POST", { name, order_id: String(formData.get("order_id") ?? "") })
    return { error: null, done: interpolate(dict.saved, { name: res!.list.name, count: String(res!.list.lines.length) }), list_id: res!.list.id }
  } catch (error) {
    return failed(error, locale)
  }
}

/** Renames a list (form: locale, list_id, name). */
export async function renameList(_prev: ListFormState, formData: FormData): Promise<ListFormState> {
  const locale = localeOf(formData.get("locale"))
  const name = String(formData.get("name") ?? "").trim()
  if (!name) return { error: listsDictionary(locale).nameRequired, done: null }
  try {
    await send(`/store/institution/lists/${encodeURIComponent(String(formData.get("list_id") ?? ""))}`, "POST", { name })
    return { error: null, done: null }
  } catch (error) {
    return failed(error, locale)
  }
}

/** Deletes a list (form: locale, list_id). */
export async function deleteList(_prev: ListFormState, formData: FormData): Promise<ListFormState> {
  const locale = localeOf(formData.get("locale"))
  try {
    await send(`/store/institution/lists/${encodeURIComponent(String(formData.get("list_id") ?? ""))}`, "DELETE")
    return { error: null, done: null }
  } catch (error) {
    return failed(error, locale)
  }
}

/** The admin sets a member's 月度预算 (form: locale, member_id, monthly_budget; empty: none). */
export async function setMemberBudget(_prev: ListFormState, formData: FormData): Promise<ListFormState> {
  const locale = localeOf(formData.get("locale"))
  const dict = listsDictionary(locale)
  const raw = String(formData.get("monthly_budget") ?? "").replace(/[,，\s¥]/g, "")
  const amount = raw === "" ? null : Number(raw)
  if (amount !== null && (!Number.isFinite(amount) || amount < 0 || amount > 100_000_000 || Math.round(amount * 100) !== amount * 100)) {
    return { error: dict.budgetInvalid, done: null }
  }
  try {
    await getSdk().client.fetch(`/store/institution/members/${encodeURIComponent(String(formData.get("member_id") ?? ""))}`, {
      method: "POST",
      headers: await authHeaders(),
      body: { monthly_budget: amount },
      cache: "no-store",
    })
    refresh()
    return { error: null, done: dict.budgetSaved }
  } catch (error) {
    return failed(error, locale)
  }
}
