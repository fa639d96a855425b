"use server"

import { refresh } from "next/cache"
import { type InstitutionInvoiceDetailsDTO, isLocale, type StoreInstitutionInvoiceDetailsResponse } from "@fupin/shared"
import { authHeaders } from "@/lib/data/cookies"
import { errorMessage } from "@/lib/data/errors"
import { getSdk } from "@/lib/data/medusa"
import { getDictionary } from "@/lib/i18n"

/** The institution admin sets its 开票信息; the backend checks the role and every field (the 纳税人识别号 as a USCC). */

export interface InvoiceFormState {
  error: string | null
  fields: Partial<Record<keyof InstitutionInvoiceDetailsDTO, string>>
  values: Partial<InstitutionInvoiceDetailsDTO>
  done?: string
}

const FIELDS = ["title", "tax_id", "address", "phone", "bank", "account"] as const

export async function saveInvoiceDetails(_prev: InvoiceFormState, formData: FormData): Promise<InvoiceFormState> {
  const locale = String(formData.get("locale") ?? "")
  const dict = getDictionary(isLocale(locale) ? locale : "zh").institution.invoice
  const values = Object.fromEntries(FIELDS.map((f) => [f, String(formData.get(f) ?? "").trim()])) as unknown as InstitutionInvoiceDetailsDTO
  const fields: InvoiceFormState["fields"] = {}
  for (const f of FIELDS) if (!values[f]) fields[f] = dict.required
  if (Object.keys(fields).length) return { error: null, fields, values }
  try {
    await getSdk().client.fetch<StoreInstitutionInvoiceDetailsResponse>("/store/institution/settings/invoice", {
      method: "POST",
      headers: await authHeaders(),
      body: values,
      cache: "no-store",
    })
    refresh()
    return { error: null, fields: {}, values, done: dict.saved }
  } catch (error) {
    const raw = errorMessage(error, dict.failed)
    const field = FIELDS.find((f) => raw.includes(`${f}:`))
    const message = raw.replace(/^Invalid request:\s*/, "").replace(/^[a-z_]+:\s*/, "")
    return field ? { error: null, fields: { [field]: message }, values } : { error: message, fields: {}, values }
  }
}

export interface InvoiceRequestState {
  error: string | null
  done?: string
}

/** Asks every supplier of the order not yet asked to invoice its part (the backend works out each part). */
export async function requestOrderInvoices(_prev: InvoiceRequestState, formData: FormData): Promise<InvoiceRequestState> {
  const locale = String(formData.get("locale") ?? "")
  const dict = getDictionary(isLocale(locale) ? locale : "zh").institution.invoice
  const orderId = String(formData.get("order_id") ?? "")
  try {
    await getSdk().client.fetch(`/store/institution/orders/${encodeURIComponent(orderId)}/invoice-requests`, {
      method: "POST",
      headers: await authHeaders(),
      body: {},
      cache: "no-store",
    })
    refresh()
    return { error: null, done: dict.requested }
  } catch (error) {
    return { error: errorMessage(error, dict.failed).replace(/^[a-z_]+:\s*/, "") }
  }
}
