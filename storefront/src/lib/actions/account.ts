"use server"

import { refresh } from "next/cache"
import { redirect } from "next/navigation"
import {
  cnAddressProblems,
  MIN_PASSWORD_LENGTH,
  MOBILE_AUTH_PROVIDER,
  normaliseCnMobile,
  toMedusaAddress,
  type StoreMobileCodeRequest,
  type StoreMobileCodeResponse,
  type StoreMobileOrderClaimsResponse,
} from "@fupin/shared"
import {
  authHeaders,
  clearAuthToken,
  clearCartId,
  getAuthToken,
  getCartId,
  setAuthToken,
} from "@/lib/data/cookies"
import { shopperAddressHeaders } from "@/lib/data/client-address"
import { errorMessage, errorStatus, localHalfWithoutField } from "@/lib/data/errors"
import { getSdk } from "@/lib/data/medusa"
import { formLocale, getDictionary } from "@/lib/i18n"
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

/**
 * After a mobile login (the number was proven by a code when it registered): guest orders
 * placed with that mobile and no e-mail move into the account, so 我的订单 shows them.
 * The login never fails for it.
 */
async function claimOrdersByMobile(token: string) {
  try {
    await getSdk().client.fetch<StoreMobileOrderClaimsResponse>("/store/customers/me/order-claims/mobile", {
      method: "POST",
      headers: { authorization: `Bearer ${token}` },
      body: {},
    })
  } catch (error) {
    console.error("[storefront] claiming guest orders by mobile failed:", errorStatus(error) ?? error)
  }
}

/** Gives the anonymous cart in this browser to the shopper who just logged in. */
async function transferCart(token: string) {
  const cartId = await getCartId()
  if (!cartId) return
  try {
    await getSdk().store.cart.transferCart(cartId, {}, { authorization: `Bearer ${token}` })
  } catch (error) {
    // A cart that belongs to someone else (or is gone) stays behind; the shopper starts a new one.
    console.error("[storefront] cart transfer failed:", errorStatus(error) ?? error)
    if (errorStatus(error) !== null) await clearCartId()
  }
}

export async function logIn(_prev: FormState, formData: FormData): Promise<FormState> {
  const locale = formLocale(formData)
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
  const locale = formLocale(formData)
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
    await getSdk().store.customer.create(
      // Chinese names: surname first.
      { email, last_name: rest.length ? first : "", first_name: rest.length ? rest.join("") : name },
      {},
      { ...(await shopperAddressHeaders()), authorization: `Bearer ${registration}` }
    )
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
  const locale = formLocale(formData)
  await clearAuthToken()
  // The cart belongs to the shopper who logged out; the next visitor on this device starts afresh.
  await clearCartId()
  redirect(localizedHref(locale))
}

export async function requestPasswordReset(_prev: FormState, formData: FormData): Promise<FormState> {
  const locale = formLocale(formData)
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
  const locale = formLocale(formData)
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
  const locale = formLocale(formData)
  const dict = getDictionary(locale).account
  const address = readCnAddress(formData)
  const values = addressValues(address)
  const problems = cnAddressProblems(address)
  const fields = Object.fromEntries(Object.entries(problems).map(([k, v]) => [k, v[locale]]))
  if (Object.keys(fields).length) return { error: null, fields, values }
  if (!(await getAuthToken())) return { error: dict.loginRequired, fields, values }
  try {
    await getSdk().store.customer.createAddress(toMedusaAddress(address), {}, await authHeaders())
  } catch (error) {
    return { error: errorMessage(error, dict.serviceDown), fields, values }
  }
  refresh()
  return { error: null, fields: {}, values: {}, done: true }
}

export async function deleteAddress(formData: FormData) {
  const id = text(formData, "address_id")
  if (!id || !(await getAuthToken())) return
  await getSdk().store.customer.deleteAddress(encodeURIComponent(id), await authHeaders())
  refresh()
}

export interface MobileLoginState extends FormState {
  /** when a code was sent: the epoch ms after which another may be asked for */
  resendAt?: number
  /** "code" (default) or "password" */
  mode?: "code" | "password"
}

/** Medusa's tokens name the customer once there is one; a first login with a code has none yet. */
function actorIdOf(token: string): string {
  try {
    const payload = JSON.parse(Buffer.from(token.split(".")[1] ?? "", "base64url").toString("utf8")) as { actor_id?: unknown }
    return typeof payload.actor_id === "string" ? payload.actor_id : ""
  } catch {
    return ""
  }
}

/**
 * 手机号登录: "send" texts a one-time code (POST /store/auth/mobile-code); "login" logs in with
 * the code or the password (POST /auth/customer/mobile). A first login with a code registers
 * the mobile: the registration token creates the customer, and a refreshed token names it.
 */
export async function mobileLogin(prev: MobileLoginState, formData: FormData): Promise<MobileLoginState> {
  const locale = formLocale(formData)
  const dict = getDictionary(locale).account
  const typed = text(formData, "mobile")
  const mobile = normaliseCnMobile(typed)
  const mode = formData.get("mode") === "password" ? "password" : "code"
  const intent = formData.get("intent") === "send" ? "send" : "login"
  const base: MobileLoginState = { error: null, fields: {}, values: { mobile: typed }, mode, ...(prev.resendAt ? { resendAt: prev.resendAt } : {}) }
  if (!mobile) return { ...base, fields: { mobile: dict.mobileInvalid } }

  if (intent === "send") {
    try {
      const sent = await getSdk().client.fetch<StoreMobileCodeResponse>("/store/auth/mobile-code", {
        method: "POST",
        headers: await shopperAddressHeaders(),
        body: { mobile } satisfies StoreMobileCodeRequest,
        cache: "no-store",
      })
      return { ...base, mode: "code", resendAt: Date.now() + sent.resend_after_seconds * 1000, done: true }
    } catch (error) {
      const status = errorStatus(error)
      if (status === 400 || status === 429) return { ...base, error: localHalfWithoutField(errorMessage(error, dict.serviceDown), locale) }
      return { ...base, error: errorMessage(error, dict.serviceDown) }
    }
  }

  const code = text(formData, "code")
  const password = String(formData.get("password") ?? "")
  if (mode === "code" && !/^\d{6}$/.test(code)) return { ...base, fields: { code: dict.mobileCodeInvalid } }
  if (mode === "password" && !password) return { ...base, fields: { password: dict.passwordRequired } }
  let token: string
  try {
    ;({ token } = await getSdk().client.fetch<{ token: string }>(`/auth/customer/${MOBILE_AUTH_PROVIDER}`, {
      method: "POST",
      headers: await shopperAddressHeaders(),
      body: mode === "code" ? { mobile, code } : { mobile, password },
      cache: "no-store",
    }))
    if (!actorIdOf(token)) {
      await getSdk().store.customer.create({ phone: mobile }, {}, { ...(await shopperAddressHeaders()), authorization: `Bearer ${token}` })
      ;({ token } = await getSdk().client.fetch<{ token: string }>("/auth/token/refresh", {
        method: "POST",
        headers: { authorization: `Bearer ${token}` },
        cache: "no-store",
      }))
    }
  } catch (error) {
    const status = errorStatus(error)
    if (status === 401 || status === 400) return { ...base, error: dict.mobileLoginFailed }
    if (status === 429) return { ...base, error: localHalfWithoutField(errorMessage(error, dict.serviceDown), locale) }
    return { ...base, error: errorMessage(error, dict.serviceDown) }
  }
  await setAuthToken(token)
  await transferCart(token)
  await claimOrdersByMobile(token)
  redirect(safeNextPath(text(formData, "next"), locale))
}

/** 设置登录密码 for an account that logs in with its mobile (POST /store/customers/me/mobile-password). */
export async function setMobilePassword(_prev: FormState, formData: FormData): Promise<FormState> {
  const locale = formLocale(formData)
  const dict = getDictionary(locale).account
  const password = String(formData.get("password") ?? "")
  if ([...password].length < MIN_PASSWORD_LENGTH) return { error: null, fields: { password: dict.passwordTooShort }, values: {} }
  try {
    await getSdk().client.fetch("/store/customers/me/mobile-password", { method: "POST", headers: await authHeaders(), body: { password } })
  } catch (error) {
    if (errorStatus(error) === 400) return { error: localHalfWithoutField(errorMessage(error, dict.serviceDown), locale), fields: {}, values: {} }
    return { error: errorMessage(error, dict.serviceDown), fields: {}, values: {} }
  }
  return { error: null, fields: {}, values: {}, done: true }
}
