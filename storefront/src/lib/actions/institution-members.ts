"use server"

import { refresh } from "next/cache"
import { redirect } from "next/navigation"
import { MEMBER_ROLES, MIN_PASSWORD_LENGTH, type StoreCreateInstitutionInviteResponse, type StoreInviteAcceptResponse } from "@fupin/shared"
import { shopperAddressHeaders } from "@/lib/data/client-address"
import { authHeaders, setAuthToken } from "@/lib/data/cookies"
import { errorMessage, errorStatus } from "@/lib/data/errors"
import { getSdk } from "@/lib/data/medusa"
import { formLocale } from "@/lib/i18n"
import { localizedHref } from "@/lib/i18n/paths"
import { onboardingDictionary } from "@/modules/institution/members/i18n"

/**
 * Onboarding actions: accepting an activation link or invitation (setting a
 * password or joining with the logged-in account), and the institution admin's
 * invitations, role changes and removals.
 */

export interface OnboardingState {
  error: string | null
  fields: Record<string, string>
  /** what was typed (never passwords) */
  values: Record<string, string>
  /** a success message */
  done?: string
  /** the link to copy after an invitation */
  url?: string
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/


const text = (formData: FormData, name: string) => String(formData.get(name) ?? "").trim()
const clean = (message: string) => message.replace(/^(token|password|roles|email|id):\s*/, "")

function rolesOf(formData: FormData): string[] {
  const chosen = formData.getAll("roles").map(String)
  return MEMBER_ROLES.filter((r) => chosen.includes(r))
}

export async function acceptInvite(_prev: OnboardingState, formData: FormData): Promise<OnboardingState> {
  const locale = formLocale(formData)
  const dict = onboardingDictionary(locale)
  const token = text(formData, "token")
  const name = text(formData, "name")
  const email = text(formData, "email")
  const password = String(formData.get("password") ?? "")
  const asLoggedIn = formData.get("as_logged_in") === "1"
  const values = { name }
  if (!asLoggedIn && [...password].length < MIN_PASSWORD_LENGTH) return { error: null, fields: { password: dict.passwordTooShort }, values }
  const [first, ...rest] = [...name]
  try {
    const result = await getSdk().client.fetch<StoreInviteAcceptResponse>("/store/institution-invites/accept", {
      method: "POST",
      headers: { ...(await shopperAddressHeaders()), ...(asLoggedIn ? await authHeaders() : {}) },
      // Chinese names: surname first.
      body: {
        token,
        ...(asLoggedIn ? {} : { password }),
        ...(name ? { last_name: rest.length ? first : undefined, first_name: rest.length ? rest.join("") : name } : {}),
      },
      cache: "no-store",
    })
    if (result.account === "created") {
      const { token: jwt } = await getSdk().client.fetch<{ token: string }>("/auth/customer/emailpass", {
        method: "POST",
        headers: await shopperAddressHeaders(),
        body: { email: email || result.email, password },
        cache: "no-store",
      })
      await setAuthToken(jwt)
    }
  } catch (error) {
    const message = clean(errorMessage(error, dict.serviceDown))
    if (/^password:/.test(errorMessage(error, ""))) return { error: null, fields: { password: message }, values }
    return { error: message, fields: {}, values }
  }
  // Not a `done` state on this page: setting the login cookie makes Next re-render the page the
  // form is on, whose link is now used, so the form (and its state) gave way to 此链接已使用过
  // before the confirmation could show. The confirmation page reads the new membership instead.
  redirect(localizedHref(locale, "/institution/joined"))
}

export async function inviteMember(_prev: OnboardingState, formData: FormData): Promise<OnboardingState> {
  const locale = formLocale(formData)
  const dict = onboardingDictionary(locale)
  const email = text(formData, "email").toLowerCase()
  const roles = rolesOf(formData)
  const values = { email }
  const fields: Record<string, string> = {}
  if (!EMAIL.test(email)) fields.email = dict.emailInvalid
  if (!roles.length) fields.roles = dict.rolesRequired
  if (Object.keys(fields).length) return { error: null, fields, values }
  try {
    const { url } = await getSdk().client.fetch<StoreCreateInstitutionInviteResponse>("/store/institution/invites", {
      method: "POST",
      headers: await authHeaders(),
      body: { email, roles, locale },
      cache: "no-store",
    })
    refresh()
    return { error: null, fields: {}, values: {}, done: dict.invited.replace("{email}", email), url }
  } catch (error) {
    return { error: clean(errorMessage(error, dict.serviceDown)), fields: {}, values }
  }
}

async function memberCall(formData: FormData, path: string, method: "POST" | "DELETE", body?: object): Promise<OnboardingState> {
  const dict = onboardingDictionary(formLocale(formData))
  try {
    await getSdk().client.fetch(path, { method, headers: await authHeaders(), ...(body ? { body } : {}), cache: "no-store" })
    refresh()
    return { error: null, fields: {}, values: {}, done: method === "DELETE" ? dict.removed : dict.saved }
  } catch (error) {
    const status = errorStatus(error)
    return { error: status === null ? dict.serviceDown : clean(errorMessage(error, dict.serviceDown)), fields: {}, values: {} }
  }
}

export async function updateMemberRoles(_prev: OnboardingState, formData: FormData): Promise<OnboardingState> {
  const roles = rolesOf(formData)
  if (!roles.length) return { error: onboardingDictionary(formLocale(formData)).rolesRequired, fields: {}, values: {} }
  return memberCall(formData, `/store/institution/members/${encodeURIComponent(text(formData, "member_id"))}`, "POST", { roles })
}

export async function removeMember(_prev: OnboardingState, formData: FormData): Promise<OnboardingState> {
  return memberCall(formData, `/store/institution/members/${encodeURIComponent(text(formData, "member_id"))}`, "DELETE")
}

export async function revokeInvite(_prev: OnboardingState, formData: FormData): Promise<OnboardingState> {
  return memberCall(formData, `/store/institution/invites/${encodeURIComponent(text(formData, "invite_id"))}`, "DELETE")
}
