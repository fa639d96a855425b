"use server"

import { refresh } from "next/cache"
import { redirect } from "next/navigation"
import {
  creditCodeProblem,
  LINKAGE_MECHANISMS,
  LOW_STOCK_THRESHOLD_MAX,
  MIN_PASSWORD_LENGTH,
  normaliseCnMobile,
  SUPPLIER_TYPES,
  type LinkageMechanism,
  type Locale,
  type SupplierApplicationRequest,
  type SupplierApplyCertificationRequest,
  type SupplierCertificationResponse,
  type SupplierCreateFulfillmentRequest,
  type SupplierCreateProductRequest,
  type SupplierProductResponse,
  type SupplierSetLowStockThresholdRequest,
  type SupplierStockImportResponse,
  type SupplierType,
  type SupplierUpdateProductRequest,
  type SupplierVariantInput,
} from "@fupin/shared"
import { shopperAddressHeaders } from "@/lib/data/client-address"
import { errorMessage, errorStatus } from "@/lib/data/errors"
import { getSdk } from "@/lib/data/medusa"
import { portalFetch } from "@/lib/data/supplier-portal"
import { clearSupplierToken, getRegistrationToken, setRegistrationToken, setSupplierToken, supplierAuthHeaders } from "@/lib/data/supplier-session"
import { getConfig } from "@/lib/config"
import { formLocale, interpolate } from "@/lib/i18n"
import { localizedHref } from "@/lib/i18n/paths"
import { getPortalDictionary } from "@/lib/i18n/supplier-portal"

/**
 * The producer portal's writes. Every action returns what the member typed (never a
 * password) with per-field messages, so a phone user loses nothing on an error; the
 * backend's own 400 (which names the field) is shown when our checks pass but its don't.
 */
export interface PortalFormState {
  error: string | null
  fields: Record<string, string>
  values: Record<string, string>
  notice?: string | null
  /** the stock import's row report */
  report?: SupplierStockImportResponse | null
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/
const MONEY = /^\d{1,7}(\.\d{1,2})?$/
const WHOLE = /^\d{1,9}$/


function text(formData: FormData, name: string): string {
  return String(formData.get(name) ?? "").trim()
}

function all(formData: FormData, name: string): string[] {
  return formData.getAll(name).map((v) => String(v).trim())
}

/** What the form held, as strings (files and passwords left out), for putting it back. */
function typedValues(formData: FormData, skip: readonly string[] = ["password"]): Record<string, string> {
  const values: Record<string, string> = {}
  for (const [key, value] of formData.entries()) {
    if (typeof value !== "string" || skip.includes(key) || key.startsWith("$ACTION")) continue
    values[key] = key in values ? `${values[key]},${value}` : value
  }
  return values
}

function failure(error: unknown, locale: Locale, values: Record<string, string>): PortalFormState {
  const status = errorStatus(error)
  const dict = getPortalDictionary(locale)
  const message = status !== null && status < 500 ? errorMessage(error, dict.common.serviceDown) : dict.common.serviceDown
  return { error: message, fields: {}, values }
}

// ───────────────────────────── login ─────────────────────────────

async function supplierLogin(email: string, password: string): Promise<string> {
  const { token } = await getSdk().client.fetch<{ token: string }>("/auth/supplier/emailpass", {
    method: "POST",
    headers: await shopperAddressHeaders(),
    body: { email, password },
    cache: "no-store",
  })
  return token
}

export async function portalLogIn(_prev: PortalFormState, formData: FormData): Promise<PortalFormState> {
  const locale = formLocale(formData)
  const dict = getPortalDictionary(locale).login
  const email = text(formData, "email").toLowerCase()
  const password = String(formData.get("password") ?? "")
  const values = { email }
  const fields: Record<string, string> = {}
  if (!EMAIL.test(email)) fields.email = dict.emailInvalid
  if (!password) fields.password = dict.passwordRequired
  if (Object.keys(fields).length) return { error: null, fields, values }
  try {
    await setSupplierToken(await supplierLogin(email, password))
  } catch (error) {
    const status = errorStatus(error)
    if (status === 401 || status === 400) return { error: dict.failed, fields, values }
    return failure(error, locale, values)
  }
  redirect(localizedHref(locale, "/supplier"))
}

export async function portalLogOut(formData: FormData) {
  await clearSupplierToken()
  redirect(localizedHref(formLocale(formData), "/supplier/login"))
}

// ───────────────────────────── joining ─────────────────────────────

/** Step 1 of joining: the login (an auth identity without a member yet). */
export async function registerApplicant(_prev: PortalFormState, formData: FormData): Promise<PortalFormState> {
  const locale = formLocale(formData)
  const dict = getPortalDictionary(locale).apply
  const email = text(formData, "email").toLowerCase()
  const password = String(formData.get("password") ?? "")
  const values = { email }
  const fields: Record<string, string> = {}
  if (!EMAIL.test(email)) fields.email = dict.errors.email
  if ([...password].length < MIN_PASSWORD_LENGTH) fields.password = dict.errors.password
  if (Object.keys(fields).length) return { error: null, fields, values }
  try {
    const { token } = await getSdk().client.fetch<{ token: string }>("/auth/supplier/emailpass/register", {
      method: "POST",
      headers: await shopperAddressHeaders(),
      body: { email, password },
      cache: "no-store",
    })
    await setRegistrationToken(token)
  } catch (error) {
    // An e-mail that already has a login: the applicant logs in instead.
    if (errorStatus(error) === 401 || errorStatus(error) === 409) return { error: null, fields: { email: dict.errors.emailTaken }, values }
    return failure(error, locale, values)
  }
  redirect(localizedHref(locale, "/supplier/apply"))
}

/**
 * A colleague joins through the owner's invitation (the e-mail's link carries `token`): a login of
 * its own for the invited address, then the invitation accepted with that registration, then logged in.
 */
export async function acceptSupplierInvite(_prev: PortalFormState, formData: FormData): Promise<PortalFormState> {
  const locale = formLocale(formData)
  const dict = getPortalDictionary(locale).join
  const token = text(formData, "token")
  const email = text(formData, "email").toLowerCase()
  const password = String(formData.get("password") ?? "")
  const name = text(formData, "name")
  const phoneTyped = text(formData, "phone")
  const values = { email, name, phone: phoneTyped }
  const fields: Record<string, string> = {}
  if (!token) return { error: dict.noToken, fields, values }
  if (!EMAIL.test(email)) fields.email = getPortalDictionary(locale).login.emailInvalid
  if ([...password].length < MIN_PASSWORD_LENGTH) fields.password = getPortalDictionary(locale).apply.errors.password
  if (!name) fields.name = dict.nameRequired
  const phone = phoneTyped ? normaliseCnMobile(phoneTyped) : null
  if (phoneTyped && !phone) fields.phone = dict.phoneInvalid
  if (Object.keys(fields).length) return { error: null, fields, values }
  let registration: string
  try {
    ;({ token: registration } = await getSdk().client.fetch<{ token: string }>("/auth/supplier/emailpass/register", {
      method: "POST",
      headers: await shopperAddressHeaders(),
      body: { email, password },
      cache: "no-store",
    }))
  } catch (error) {
    if (errorStatus(error) !== 401 && errorStatus(error) !== 409) return failure(error, locale, values)
    // the login exists (e.g. an earlier try whose invitation step failed): it may still accept, with its password
    try {
      registration = await supplierLogin(email, password)
    } catch {
      return { error: null, fields: { email: dict.emailTaken }, values }
    }
  }
  try {
    await getSdk().client.fetch("/supplier/invites/accept", {
      method: "POST",
      headers: { authorization: `Bearer ${registration}` },
      body: { token, name, ...(phone ? { phone } : {}) },
      cache: "no-store",
    })
    // the member exists now: a fresh login carries it
    await setSupplierToken(await supplierLogin(email, password))
  } catch (error) {
    return failure(error, locale, values)
  }
  redirect(localizedHref(locale, "/supplier"))
}

function creditCodeMessage(code: string, dict: ReturnType<typeof getPortalDictionary>["apply"]): string | null {
  const problem = creditCodeProblem(code)
  if (problem === "length") return dict.errors.creditLength
  if (problem === "character") return dict.errors.creditCharacter
  if (problem === "check") return dict.errors.creditCheck
  return null
}

/** Files chosen through UploadField: `<name>` ids with their `<name>_name`. */
function uploads(formData: FormData, name: string): Array<{ title: string; file_id: string }> {
  const ids = all(formData, name)
  const names = all(formData, `${name}_name`)
  return ids.filter(Boolean).map((file_id, i) => ({ file_id, title: names[i] || file_id }))
}

/** Step 2 of joining: the application itself, sent with the registration token. */
export async function submitApplication(_prev: PortalFormState, formData: FormData): Promise<PortalFormState> {
  const locale = formLocale(formData)
  const dict = getPortalDictionary(locale).apply
  const values = typedValues(formData)
  const fields: Record<string, string> = {}
  const ownerName = text(formData, "owner_name")
  const legalName = text(formData, "legal_name")
  const creditCode = text(formData, "credit_code").toUpperCase().replace(/\s/g, "")
  const type = text(formData, "type")
  const county = text(formData, "county_handle")
  const township = text(formData, "township_id")
  const contactName = text(formData, "contact_name")
  const phone = normaliseCnMobile(text(formData, "contact_phone"))
  const households = text(formData, "households_bound")
  const people = text(formData, "people_bound")
  const mechanisms = all(formData, "mechanisms").filter((m): m is LinkageMechanism => (LINKAGE_MECHANISMS as readonly string[]).includes(m))
  const documents = uploads(formData, "documents")

  if (!ownerName) fields.owner_name = dict.errors.ownerName
  if (!legalName) fields.legal_name = dict.errors.legalName
  const creditProblem = creditCodeMessage(creditCode, dict)
  if (creditProblem) fields.credit_code = creditProblem
  if (!(SUPPLIER_TYPES as readonly string[]).includes(type)) fields.type = dict.errors.type
  if (!county) fields.county_handle = dict.errors.county
  if (!township) fields.township_id = dict.errors.township
  if (!contactName) fields.contact_name = dict.errors.contactName
  if (!phone) fields.contact_phone = dict.errors.contactPhone
  if (!WHOLE.test(households)) fields.households_bound = dict.errors.households
  if (!WHOLE.test(people)) fields.people_bound = dict.errors.households
  // every household counted has at least one person in it (the backend refuses fewer people than households)
  else if (WHOLE.test(households) && Number(people) < Number(households)) fields.people_bound = dict.errors.peopleBelowHouseholds
  if (!mechanisms.length) fields.mechanisms = dict.errors.mechanisms
  if (!documents.length) fields.documents = dict.errors.documents
  if (Object.keys(fields).length) return { error: getPortalDictionary(locale).common.fixBelow, fields, values }

  const registration = await getRegistrationToken()
  if (!registration) redirect(localizedHref(locale, "/supplier/apply"))
  const body: SupplierApplicationRequest = {
    legal_name: legalName,
    credit_code: creditCode,
    type: type as SupplierType,
    county_handle: county,
    township_id: township,
    contact_name: contactName,
    contact_phone: phone!,
    description: text(formData, "description") || null,
    households_bound: Number(households),
    people_bound: Number(people),
    mechanisms,
    linkage_note: text(formData, "linkage_note") || null,
    documents,
    member: { name: ownerName, phone },
  }
  try {
    await getSdk().client.fetch("/supplier/applications", {
      method: "POST",
      headers: { authorization: `Bearer ${registration}` },
      body,
      cache: "no-store",
    })
    // The identity now has its member: a fresh token carries it.
    const { token } = await getSdk().client.fetch<{ token: string }>("/auth/token/refresh", {
      method: "POST",
      headers: { authorization: `Bearer ${registration}` },
      cache: "no-store",
    })
    await setSupplierToken(token)
  } catch (error) {
    return failure(error, locale, values)
  }
  redirect(localizedHref(locale, "/supplier/application"))
}

// ───────────────────────────── listings ─────────────────────────────

/** The variant rows of the listing form: `variants.<i>.<field>` for i in `variant_rows`. */
function readVariants(formData: FormData, dict: ReturnType<typeof getPortalDictionary>["listings"], fields: Record<string, string>): SupplierVariantInput[] {
  const rows = all(formData, "variant_rows")
  const variants: SupplierVariantInput[] = []
  for (const row of rows) {
    const get = (f: string) => text(formData, `variants.${row}.${f}`)
    const pack = get("pack")
    const weight = get("weight_g")
    const price = get("price")
    const stock = get("stock")
    if (!pack) fields[`variants.${row}.pack`] = dict.errors.pack
    if (!WHOLE.test(weight) || Number(weight) <= 0) fields[`variants.${row}.weight_g`] = dict.errors.weight
    if (!MONEY.test(price) || Number(price) <= 0) fields[`variants.${row}.price`] = dict.errors.price
    if (!WHOLE.test(stock)) fields[`variants.${row}.stock`] = dict.errors.stock
    const id = get("id")
    variants.push({ ...(id ? { id } : {}), pack, weight_g: Number(weight), price: Number(price), stock: Number(stock), sku: get("sku") || null })
  }
  if (!rows.length) fields.variants = dict.errors.variants
  return variants
}

function readImages(formData: FormData): Array<{ file_id: string } | { url: string }> {
  const ids = all(formData, "images")
  const urls = all(formData, "images_url")
  // A kept image that came with the listing has its URL as its id.
  return ids.filter(Boolean).map((id, i) => (id.startsWith("http") || id.startsWith("/") ? { url: urls[i] || id } : { file_id: id }))
}

export async function saveListing(_prev: PortalFormState, formData: FormData): Promise<PortalFormState> {
  const locale = formLocale(formData)
  const dict = getPortalDictionary(locale).listings
  const values = typedValues(formData)
  const fields: Record<string, string> = {}
  const id = text(formData, "product_id")
  const title = text(formData, "title")
  if (!title) fields.title = dict.errors.title
  const category = text(formData, "category_handle")
  if (!id && !category) fields.category_handle = dict.errors.category
  const variants = readVariants(formData, dict, fields)
  if (Object.keys(fields).length) return { error: getPortalDictionary(locale).common.fixBelow, fields, values }
  const common = { title, description: text(formData, "description") || null, images: readImages(formData), variants }
  let answer: SupplierProductResponse
  try {
    answer = id
      ? await portalFetch<SupplierProductResponse>(`/supplier/products/${encodeURIComponent(id)}`, { method: "POST", body: common satisfies SupplierUpdateProductRequest })
      : await portalFetch<SupplierProductResponse>("/supplier/products", {
          method: "POST",
          body: { ...common, category_handle: category } satisfies SupplierCreateProductRequest,
        })
  } catch (error) {
    return failure(error, locale, values)
  }
  if (!id) redirect(`${localizedHref(locale, `/supplier/listings/${answer.product.id}`)}?created=1`)
  refresh()
  const notice = answer.change?.outcome === "review" ? dict.changeRequested : dict.updated
  return { error: null, fields: {}, values: {}, notice }
}

// ───────────────────────────── stock ─────────────────────────────

export async function setStock(_prev: PortalFormState, formData: FormData): Promise<PortalFormState> {
  const locale = formLocale(formData)
  const dict = getPortalDictionary(locale).stock
  const variantId = text(formData, "variant_id")
  const stock = text(formData, "stock")
  const values = { stock }
  if (!WHOLE.test(stock)) return { error: null, fields: { stock: dict.errors.quantity }, values }
  try {
    await portalFetch("/supplier/stock", { method: "POST", body: { items: [{ variant_id: variantId, stock: Number(stock) }] } })
  } catch (error) {
    return failure(error, locale, values)
  }
  refresh()
  return { error: null, fields: {}, values: {}, notice: dict.updated }
}

/** 低库存提醒: the number at or below which 今日 lists a size. */
export async function setLowStockThreshold(_prev: PortalFormState, formData: FormData): Promise<PortalFormState> {
  const locale = formLocale(formData)
  const dict = getPortalDictionary(locale).stock
  const raw = text(formData, "low_stock_threshold")
  const values = { low_stock_threshold: raw }
  if (!WHOLE.test(raw) || Number(raw) > LOW_STOCK_THRESHOLD_MAX) return { error: null, fields: { low_stock_threshold: dict.thresholdInvalid }, values }
  try {
    const body: SupplierSetLowStockThresholdRequest = { low_stock_threshold: Number(raw) }
    await portalFetch("/supplier/stock/threshold", { method: "POST", body })
  } catch (error) {
    return failure(error, locale, values)
  }
  refresh()
  return { error: null, fields: {}, values, notice: interpolate(dict.thresholdSaved, { count: raw }) }
}

/** The bulk update: the sheet goes to the backend as it is; its row report comes back. */
export async function importStock(_prev: PortalFormState, formData: FormData): Promise<PortalFormState> {
  const locale = formLocale(formData)
  const dict = getPortalDictionary(locale).stock
  const file = formData.get("file")
  if (!(file instanceof File) || file.size === 0 || !/\.(csv|xlsx)$/i.test(file.name)) {
    return { error: null, fields: { file: dict.errors.file }, values: {} }
  }
  const body = new FormData()
  body.append("file", file, file.name)
  try {
    const response = await fetch(`${getConfig().backendUrl}/supplier/stock/import`, {
      method: "POST",
      headers: await supplierAuthHeaders(),
      body,
      cache: "no-store",
    })
    const answer = (await response.json().catch(() => ({}))) as SupplierStockImportResponse & { message?: string }
    if (!response.ok) return { error: answer.message ?? getPortalDictionary(locale).common.serviceDown, fields: {}, values: {} }
    refresh()
    const failed = answer.rows.filter((r) => r.outcome === "error").length
    return {
      error: null,
      fields: {},
      values: {},
      report: answer,
      notice: interpolate(dict.summary, { total: String(answer.rows.length), ok: String(answer.rows.length - failed), failed: String(failed) }),
    }
  } catch (error) {
    return failure(error, locale, {})
  }
}

// ───────────────────────────── certification ─────────────────────────────

export async function applyCertification(_prev: PortalFormState, formData: FormData): Promise<PortalFormState> {
  const locale = formLocale(formData)
  const dict = getPortalDictionary(locale).certification
  const values = typedValues(formData)
  const productId = text(formData, "product_id")
  const evidence = uploads(formData, "evidence")
  const fields: Record<string, string> = {}
  if (!productId) fields.product_id = dict.errors.product
  if (!evidence.length) fields.evidence = dict.errors.evidence
  if (Object.keys(fields).length) return { error: getPortalDictionary(locale).common.fixBelow, fields, values }
  const body: SupplierApplyCertificationRequest = { product_id: productId, evidence, note: text(formData, "note") || null }
  let answer: SupplierCertificationResponse
  try {
    answer = await portalFetch<SupplierCertificationResponse>("/supplier/certifications", { method: "POST", body })
  } catch (error) {
    return failure(error, locale, values)
  }
  // the form leaves the page once the product has a live application: say so above the list, on its card
  redirect(`${localizedHref(locale, "/supplier/certification")}?done=${answer.outcome}#cert-${answer.certification.id}`)
}

// ───────────────────────────── orders ─────────────────────────────

export async function shipLines(_prev: PortalFormState, formData: FormData): Promise<PortalFormState> {
  const locale = formLocale(formData)
  const dict = getPortalDictionary(locale).orders
  const values = typedValues(formData)
  const orderId = text(formData, "order_id")
  const fields: Record<string, string> = {}
  const items: SupplierCreateFulfillmentRequest["items"] = []
  for (const lineId of all(formData, "line_ids")) {
    const raw = text(formData, `quantity.${lineId}`)
    const left = Number(text(formData, `left.${lineId}`))
    if (!raw || raw === "0") continue
    if (!WHOLE.test(raw) || Number(raw) > left) fields[`quantity.${lineId}`] = dict.errors.quantity
    else items.push({ line_item_id: lineId, quantity: Number(raw) })
  }
  if (!items.length && !Object.keys(fields).length) fields.items = dict.errors.items
  const method = text(formData, "method")
  const carrier = text(formData, "carrier")
  const tracking = text(formData, "tracking_number")
  const station = text(formData, "station_id")
  const lot = text(formData, "lot_number")
  const village = text(formData, "origin_village")
  if (method === "station") {
    if (!station) fields.station_id = dict.errors.station
  } else {
    if (!carrier) fields.carrier = dict.errors.carrier
    if (!tracking) fields.tracking_number = dict.errors.tracking
  }
  if (!lot) fields.lot_number = dict.errors.lot
  if (!village) fields.origin_village = dict.errors.village
  if (Object.keys(fields).length) return { error: getPortalDictionary(locale).common.fixBelow, fields, values }
  const body: SupplierCreateFulfillmentRequest = {
    items,
    lot_number: lot,
    origin_village: village,
    ...(method === "station" ? { station_id: station } : { carrier, tracking_number: tracking }),
  }
  try {
    await portalFetch(`/supplier/orders/${encodeURIComponent(orderId)}/fulfillments`, { method: "POST", body })
  } catch (error) {
    return failure(error, locale, values)
  }
  refresh()
  return { error: null, fields: {}, values: {}, notice: dict.shippedDone }
}

// ───────────────────────────── members ─────────────────────────────

export async function inviteMember(_prev: PortalFormState, formData: FormData): Promise<PortalFormState> {
  const locale = formLocale(formData)
  const dict = getPortalDictionary(locale).members
  const email = text(formData, "email").toLowerCase()
  const values = { email }
  if (!EMAIL.test(email)) return { error: null, fields: { email: dict.errors.email }, values }
  try {
    await portalFetch("/supplier/invites", { method: "POST", body: { email, role: "staff" } })
  } catch (error) {
    return failure(error, locale, values)
  }
  refresh()
  return { error: null, fields: {}, values: {}, notice: interpolate(dict.invited, { email }) }
}

// ───────────────────────────── invoices ─────────────────────────────

/** Records the invoice issued for an institution's request (its number and date); the backend checks both and that the request is this supplier's. */
export async function issueInvoice(_prev: PortalFormState, formData: FormData): Promise<PortalFormState> {
  const locale = formLocale(formData)
  const dict = getPortalDictionary(locale).invoices
  const id = text(formData, "request_id")
  const values = { invoice_number: text(formData, "invoice_number"), issued_on: text(formData, "issued_on") }
  const fields: Record<string, string> = {}
  if (!/^[A-Za-z0-9-]{6,30}$/.test(values.invoice_number)) fields.invoice_number = dict.numberInvalid
  if (!/^\d{4}-\d{2}-\d{2}$/.test(values.issued_on)) fields.issued_on = dict.dateInvalid
  if (Object.keys(fields).length) return { error: null, fields, values }
  try {
    await portalFetch(`/supplier/invoice-requests/${encodeURIComponent(id)}`, { method: "POST", body: values })
  } catch (error) {
    return failure(error, locale, values)
  }
  refresh()
  return { error: null, fields: {}, values, notice: dict.saved }
}
