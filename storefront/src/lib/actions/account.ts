"use server"

import { refresh } from "next/cache"
import { redirect } from "next/navigation"
import { cnAddressProblems, isLocale, MIN_PASSWORD_LENGTH, toMedusaAddress, type Locale } from "@fupin/shared"
import type { HttpTypes } from "@medusajs/types"
import {
  authHeaders,
  clearAuthToken,
  clearCartId,
  getAuthToken,
  getCartId,
  setAuthToken,
} from "@/lib/data/cookies"
import { shopperAddressHeaders } from "@/lib/data/client-address"
import { errorMessage, errorStatus } from "@/lib/data/errors"
import { getSdk } from "@/lib/data/medusa"
import { getDictionary } from "@/lib/i18n"
import { localizedHref } from "@/lib/i18n/paths"
import { addressValues, readCnAddress } from "@/lib/util/address"
import { safeNextPath } from "@/lib/util/redirect"

export interface FormState {
  error: string | null
  /** per-field messages, keyed by input name */
  fields: Record<string, string>
  /** what the shopper typed (never passwords), so nothing is lost when a step fails */
  values: Record<string, string>
  done?: boolean
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

function localeOf(formData: FormData): Locale {
  const value = String(formData.get("locale") ?? "")
  return isLocale(value) ? value : "zh"
}

function text(formData: FormData, name: string): string {
  return String(formData.get(name) ?? "").trim()
}

async function login(email: string, password: string): Promise<string> {
  const { token } = await getSdk().client.fetch<{ token: string }>("/auth/customer/emailpass", {
    method: "POST",
    headers: await shopperAddressHeaders(),
    body: { email, password },
    cache: "no-store",
  })
  return token
}

/** Gives the anonymous cart in this browser to the shopper who just logged in. */
async function transferCart(token: string) {
  const cartId = await getCartId()
  if (!cartId) return
  try {
    await getSdk().client.fetch(`/store/carts/${cartId}/customer`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}` },
    })
  } catch (error) {
    // A cart that belongs to someone else (or is gone) stays behind; the shopper starts a new one.
    console.error("[storefront] cart transfer failed:", errorStatus(error) ?? error)
    if (errorStatus(error) !== null) await clearCartId()
  }
}

export async function logIn(_prev: FormState, formData: FormData): Promise<FormState> {
  const locale = localeOf(formData)
  const dict = getDictionary(locale).account
  const email = text(formData, "email").toLowerCase()
  const password = String(formData.get("password") ?? "")
  const values = { email }
  const fields: Record<string, string> = {}
  if (!EMAIL.test(email)) fields.email = dict.emailInvalid
  if (!password) fields.password = dict.passwordRequired
  if (Object.keys(fields).length) return { error: null, fields, values }
  try {
    const token = await login(email, password)
    await setAuthToken(token)
    await transferCart(token)
  } catch (error) {
    const status = errorStatus(error)
    return { error: status === 401 || status === 400 ? dict.loginFailed : errorMessage(error, dict.serviceDown), fields, values }
  }
  redirect(safeNextPath(text(formData, "next"), locale))
}

export async function register(_prev: FormState, formData: FormData): Promise<FormState> {
  const locale = localeOf(formData)
  const dict = getDictionary(locale).account
  const email = text(formData, "email").toLowerCase()
  const name = text(formData, "name")
  const password = String(formData.get("password") ?? "")
  const values = { email, name }
  const fields: Record<string, string> = {}
  if (!name) fields.name = dict.nameRequired
  if (!EMAIL.test(email)) fields.email = dict.emailInvalid
  if ([...password].length < MIN_PASSWORD_LENGTH) fields.password = dict.passwordTooShort
  if (Object.keys(fields).length) return { error: null, fields, values }

  try {
    const { token: registration } = await getSdk().client.fetch<{ token: string }>("/auth/customer/emailpass/register", {
      method: "POST",
      headers: await shopperAddressHeaders(),
      body: { email, password },
      cache: "no-store",
    })
    const [first, ...rest] = [...name]
    await getSdk().client.fetch<HttpTypes.StoreCustomerResponse>("/store/customers", {
      method: "POST",
      headers: { ...(await shopperAddressHeaders()), authorization: `Bearer ${registration}` },
      // Chinese names: surname first.
      body: { email, last_name: rest.length ? first : "", first_name: rest.length ? rest.join("") : name },
    })
  } catch (error) {
    return { error: errorMessage(error, dict.serviceDown), fields, values }
  }
  try {
    const token = await login(email, password)
    await setAuthToken(token)
    await transferCart(token)
  } catch (error) {
    // The backend answers a registration of an e-mail that already has an account as it answers a
    // new one, and e-mails the owner (docs/adr/0005); only the login afterwards fails.
    if (errorStatus(error) === 401) return { error: dict.registerCheckEmail, fields, values }
    return { error: errorMessage(error, dict.serviceDown), fields, values }
  }
  redirect(localizedHref(locale, "/account"))
}

export async function logOut(formData: FormData) {
  const locale = localeOf(formData)
  await clearAuthToken()
  // The cart belongs to the shopper who logged out; the next visitor on this device starts afresh.
  await clearCartId()
  redirect(localizedHref(locale))
}

export async function requestPasswordReset(_prev: FormState, formData: FormData): Promise<FormState> {
  const locale = localeOf(formData)
  const dict = getDictionary(locale).account
  const email = text(formData, "email").toLowerCase()
  if (!EMAIL.test(email)) return { error: null, fields: { email: dict.emailInvalid }, values: { email } }
  try {
    await getSdk().client.fetch("/auth/customer/emailpass/reset-password", {
      method: "POST",
      body: { identifier: email },
      // 201 Created answers with plain text
      headers: { ...(await shopperAddressHeaders()), accept: "text/plain" },
      cache: "no-store",
    })
  } catch (error) {
    // Whether the address has an account is not revealed; only an outage is reported.
    const status = errorStatus(error)
    if (status === null || status >= 500) return { error: errorMessage(error, dict.serviceDown), fields: {}, values: { email } }
  }
  return { error: null, fields: {}, values: { email }, done: true }
}

export async function resetPassword(_prev: FormState, formData: FormData): Promise<FormState> {
  const locale = localeOf(formData)
  const dict = getDictionary(locale).account
  const token = text(formData, "token")
  const email = text(formData, "email").toLowerCase()
  const password = String(formData.get("password") ?? "")
  const confirm = String(formData.get("confirm") ?? "")
  const values = { email }
  const fields: Record<string, string> = {}
  if ([...password].length < MIN_PASSWORD_LENGTH) fields.password = dict.passwordTooShort
  else if (password !== confirm) fields.confirm = dict.passwordMismatch
  if (!token || !EMAIL.test(email)) return { error: dict.resetLinkInvalid, fields, values }
  if (Object.keys(fields).length) return { error: null, fields, values }
  try {
    await getSdk().client.fetch("/auth/customer/emailpass/update", {
      method: "POST",
      headers: { ...(await shopperAddressHeaders()), authorization: `Bearer ${token}` },
      body: { email, password },
      cache: "no-store",
    })
  } catch (error) {
    const status = errorStatus(error)
    return { error: status === 401 || status === 400 ? dict.resetLinkInvalid : errorMessage(error, dict.serviceDown), fields, values }
  }
  redirect(`${localizedHref(locale, "/account/login")}?reset=1`)
}

export async function addAddress(_prev: FormState, formData: FormData): Promise<FormState> {
  const locale = localeOf(formData)
  const dict = getDictionary(locale).account
  const address = readCnAddress(formData)
  const values = addressValues(address)
  const problems = cnAddressProblems(address)
  const fields = Object.fromEntries(Object.entries(problems).map(([k, v]) => [k, v[locale]]))
  if (Object.keys(fields).length) return { error: null, fields, values }
  if (!(await getAuthToken())) return { error: dict.loginRequired, fields, values }
  try {
    await getSdk().client.fetch("/store/customers/me/addresses", {
      method: "POST",
      headers: await authHeaders(),
      body: toMedusaAddress(address),
    })
  } catch (error) {
    return { error: errorMessage(error, dict.serviceDown), fields, values }
  }
  refresh()
  return { error: null, fields: {}, values: {}, done: true }
}

export async function deleteAddress(formData: FormData) {
  const id = text(formData, "address_id")
  if (!id || !(await getAuthToken())) return
  await getSdk().client.fetch(`/store/customers/me/addresses/${encodeURIComponent(id)}`, {
    method: "DELETE",
    headers: await authHeaders(),
  })
  refresh()
}
