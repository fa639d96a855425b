import "server-only"

import { cookies, headers } from "next/headers"

/**
 * A supplier member's login token: its own httpOnly cookie, never the shopper's
 * (`_fupin_jwt`). One browser may hold both, and neither ever authorises the other.
 */
export const SUPPLIER_AUTH_COOKIE = "_fupin_supplier_jwt"
/**
 * Between "create my login" and "send my application": the registration token of an auth
 * identity that has no member yet. Short-lived; replaced by the login token once applied.
 */
export const SUPPLIER_REGISTRATION_COOKIE = "_fupin_supplier_registration"

const DAY = 60 * 60 * 24

export async function getSupplierToken(): Promise<string | null> {
  return (await cookies()).get(SUPPLIER_AUTH_COOKIE)?.value ?? null
}

async function setCookie(name: string, value: string, maxAge: number) {
  const proto = ((await headers()).get("x-forwarded-proto") ?? "").split(",")[0]?.trim()
  ;(await cookies()).set(name, value, { httpOnly: true, sameSite: "lax", secure: proto === "https", path: "/", maxAge })
}

export async function setSupplierToken(token: string) {
  await setCookie(SUPPLIER_AUTH_COOKIE, token, 7 * DAY)
  ;(await cookies()).delete(SUPPLIER_REGISTRATION_COOKIE)
}

export async function clearSupplierToken() {
  const jar = await cookies()
  jar.delete(SUPPLIER_AUTH_COOKIE)
  jar.delete(SUPPLIER_REGISTRATION_COOKIE)
}

export async function getRegistrationToken(): Promise<string | null> {
  return (await cookies()).get(SUPPLIER_REGISTRATION_COOKIE)?.value ?? null
}

export async function setRegistrationToken(token: string) {
  await setCookie(SUPPLIER_REGISTRATION_COOKIE, token, DAY)
}

/** The Authorization header of the logged-in member's requests, or none. */
export async function supplierAuthHeaders(): Promise<Record<string, string>> {
  const token = await getSupplierToken()
  return token ? { authorization: `Bearer ${token}` } : {}
}
