"use server"

import { refresh } from "next/cache"
import { type StoreCanteenResponse, type StoreCreateCanteenRequest } from "@fupin/shared"
import { authHeaders } from "@/lib/data/cookies"
import { errorMessage } from "@/lib/data/errors"
import { getSdk } from "@/lib/data/medusa"
import { formLocale, getDictionary, interpolate } from "@/lib/i18n"

/** The institution admin's canteen addresses (收货地址): add, change and remove. The backend checks the role and every field. */

export interface CanteenFormState {
  error: string | null
  fields: Partial<Record<keyof StoreCreateCanteenRequest, string>>
  values: Partial<StoreCreateCanteenRequest>
  done?: string
}

const FIELDS = ["name", "contact_name", "contact_phone", "county_handle", "address"] as const


export async function addCanteen(_prev: CanteenFormState, formData: FormData): Promise<CanteenFormState> {
  return saveCanteen(formData, "/store/institution/canteens")
}

/** Changes a canteen (form: canteen_id and every field), e.g. a new contact or a moved gate. */
export async function updateCanteen(_prev: CanteenFormState, formData: FormData): Promise<CanteenFormState> {
  return saveCanteen(formData, `/store/institution/canteens/${encodeURIComponent(String(formData.get("canteen_id") ?? ""))}`)
}

async function saveCanteen(formData: FormData, path: string): Promise<CanteenFormState> {
  const dict = getDictionary(formLocale(formData)).institution
  const read = (f: (typeof FIELDS)[number]) => String(formData.get(f) ?? "").trim()
  const values: StoreCreateCanteenRequest = {
    name: read("name"),
    contact_name: read("contact_name"),
    contact_phone: read("contact_phone"),
    county_handle: read("county_handle"),
    address: read("address"),
  }
  const fields: CanteenFormState["fields"] = {}
  for (const f of FIELDS) if (!values[f]) fields[f] = dict.canteenRequired
  if (Object.keys(fields).length) return { error: null, fields, values }
  try {
    const { canteen } = await getSdk().client.fetch<StoreCanteenResponse>(path, {
      method: "POST",
      headers: await authHeaders(),
      body: values,
      cache: "no-store",
    })
    refresh()
    return { error: null, fields: {}, values: {}, done: interpolate(dict.canteenSaved, { name: canteen.name }) }
  } catch (error) {
    const raw = errorMessage(error, dict.submitFailed)
    // the backend names the field ("contact_phone: …"): show the rest under that field
    const field = FIELDS.find((f) => raw.includes(`${f}:`))
    const message = raw.replace(/^Invalid request:\s*/, "").replace(/^[a-z_]+:\s*/, "")
    return field ? { error: null, fields: { [field]: message }, values } : { error: message, fields: {}, values }
  }
}

export async function removeCanteen(_prev: CanteenFormState, formData: FormData): Promise<CanteenFormState> {
  const dict = getDictionary(formLocale(formData)).institution
  try {
    await getSdk().client.fetch(`/store/institution/canteens/${encodeURIComponent(String(formData.get("canteen_id") ?? ""))}`, {
      method: "DELETE",
      headers: await authHeaders(),
      cache: "no-store",
    })
    refresh()
    return { error: null, fields: {}, values: {} }
  } catch (error) {
    return { error: errorMessage(error, dict.submitFailed), fields: {}, values: {} }
  }
}
