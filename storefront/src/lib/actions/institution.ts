"use server"

import { refresh } from "next/cache"
import { redirect } from "next/navigation"
import {
  isLocale,
  type Locale,
  type PadLineInput,
  type PadLinesErrorResponse,
  type PadRowProblemDTO,
  type PortalApprovalDTO,
  type PortalOrderDTO,
  type StoreApprovalResponse,
  type StoreApproveResponse,
  type StoreInstitutionCartResponse,
  type StoreSetCartDeliveryRequest,
  type StoreSubmitInstitutionCartResponse,
} from "@fupin/shared"
import { getConfig } from "@/lib/config"
import { authHeaders } from "@/lib/data/cookies"
import { errorMessage, errorStatus } from "@/lib/data/errors"
import { getSdk } from "@/lib/data/medusa"
import { getDictionary, interpolate } from "@/lib/i18n"
import { localizedHref } from "@/lib/i18n/paths"

/**
 * The portal's writes. Each sends the member's login; the backend decides whether this
 * member may do it (purchaser submits, approver decides, never their own request).
 */

export type SubmitOutcome =
  | { kind: "placed"; order: PortalOrderDTO }
  | { kind: "pending"; approval: PortalApprovalDTO }
  /** some lines were refused (nothing was added): `rows[].row` is the line's 1-based position */
  | { kind: "lines"; message: string; rows: PadRowProblemDTO[] }
  | { kind: "error"; message: string }

function localeOf(value: unknown): Locale {
  return typeof value === "string" && isLocale(value) ? value : "zh"
}

async function post<T>(path: string, body: Record<string, unknown> = {}): Promise<T> {
  return getSdk().client.fetch<T>(path, { method: "POST", headers: await authHeaders(), body, cache: "no-store" })
}

/** The bad rows of a refused lines call (400 with `rows`), else null. */
function rowsOf(error: unknown): PadRowProblemDTO[] | null {
  if (errorStatus(error) !== 400 || !error || typeof error !== "object") return null
  const rows = (error as { rows?: unknown }).rows
  return Array.isArray(rows) && rows.length ? (rows as PadRowProblemDTO[]) : null
}

/**
 * Puts the pad's lines into the purchaser's institution cart (replacing what it held) in
 * one call, then submits it: placed at once, or waiting for an approver above the threshold.
 */
export async function submitInstitutionOrder(input: {
  locale: string
  lines: PadLineInput[]
  /** the canteen and date of this order (StoreSetCartDeliveryRequest); absent when the institution has no canteens */
  delivery?: StoreSetCartDeliveryRequest
}): Promise<SubmitOutcome> {
  const dict = getDictionary(localeOf(input.locale)).institution
  let cartId: string
  try {
    const { cart } = await post<StoreInstitutionCartResponse>("/store/institution/carts")
    cartId = cart.id
  } catch (error) {
    return { kind: "error", message: errorMessage(error, dict.submitFailed) }
  }
  try {
    await linesCall(cartId, input.lines)
  } catch (error) {
    const rows = rowsOf(error)
    if (rows) return { kind: "lines", message: errorMessage(error, dict.submitFailed), rows }
    return { kind: "error", message: errorMessage(error, dict.submitFailed) }
  }
  if (input.delivery) {
    try {
      await post<StoreInstitutionCartResponse>(`/store/institution/carts/${encodeURIComponent(cartId)}/delivery`, { ...input.delivery })
    } catch (error) {
      return { kind: "error", message: errorMessage(error, dict.submitFailed) }
    }
  }
  try {
    const result = await post<StoreSubmitInstitutionCartResponse>(`/store/institution/carts/${encodeURIComponent(cartId)}/submit`)
    refresh()
    return result.status === "placed" ? { kind: "placed", order: result.order } : { kind: "pending", approval: result.approval }
  } catch (error) {
    return { kind: "error", message: errorMessage(error, dict.submitFailed) }
  }
}

/**
 * POST …/lines through fetch rather than the SDK: a refusal's body names the bad rows,
 * and the SDK's error keeps only the message.
 */
async function linesCall(cartId: string, lines: PadLineInput[]): Promise<void> {
  const { backendUrl, publishableKey } = getConfig()
  const res = await fetch(`${backendUrl}/store/institution/carts/${encodeURIComponent(cartId)}/lines`, {
    method: "POST",
    headers: { ...(await authHeaders()), "content-type": "application/json", "x-publishable-api-key": publishableKey },
    body: JSON.stringify({ lines, replace: true }),
    cache: "no-store",
  })
  if (res.ok) return
  const body = (await res.json().catch(() => ({}))) as Partial<PadLinesErrorResponse>
  throw Object.assign(new Error(body.message ?? `lines: ${res.status}`), { status: res.status, rows: body.rows })
}

export interface DecideState {
  ok: boolean
  message: string | null
  /** the note as typed, kept when the decision fails */
  note: string
}

/** Form action of an approval card: approve (note optional) or reject (note required). */
export async function decideApproval(_prev: DecideState, formData: FormData): Promise<DecideState> {
  const locale = localeOf(formData.get("locale"))
  const dict = getDictionary(locale).institution
  const id = String(formData.get("approval_id") ?? "")
  const decision = String(formData.get("decision") ?? "")
  const note = String(formData.get("note") ?? "").trim()
  if (!id || (decision !== "approve" && decision !== "reject")) return { ok: false, message: dict.submitFailed, note }
  if (decision === "reject" && !note) return { ok: false, message: dict.noteRequired, note }
  try {
    const path = `/store/institution/approvals/${encodeURIComponent(id)}/${decision}`
    if (decision === "approve") await post<StoreApproveResponse>(path, note ? { note } : {})
    else await post<StoreApprovalResponse>(path, { note })
  } catch (error) {
    return { ok: false, message: interpolate(dict.decideFailed, { message: errorMessage(error, dict.submitFailed) }), note }
  }
  // back to the list, which now shows the decision, with a banner saying what happened
  redirect(`${localizedHref(locale, "/institution/approvals")}?done=${decision === "approve" ? "approved" : "rejected"}`)
}
