import "server-only"

import { cookies, headers } from "next/headers"

/**
 * The shopper's cart id and login token live in httpOnly cookies that only the
 * storefront's server reads; the browser's scripts never see them.
 */
export const CART_COOKIE = "_fupin_cart"
export const AUTH_COOKIE = "_fupin_jwt"
/** The last order placed in this browser: lets a guest see its confirmation page, nobody else. */
export const LAST_ORDER_COOKIE = "_fupin_last_order"

const WEEK = 60 * 60 * 24 * 7

async function secure(): Promise<boolean> {
  const h = await headers()
  return (h.get("x-forwarded-proto") ?? "").split(",")[0]?.trim() === "https"
}

async function setCookie(name: string, value: string, maxAge: number) {
  const jar = await cookies()
  jar.set(name, value, { httpOnly: true, sameSite: "lax", secure: await secure(), path: "/", maxAge })
}

export async function getCartId(): Promise<string | null> {
  return (await cookies()).get(CART_COOKIE)?.value ?? null
}

export async function setCartId(id: string) {
  await setCookie(CART_COOKIE, id, 4 * WEEK)
}

export async function clearCartId() {
  ;(await cookies()).delete(CART_COOKIE)
}

export async function getAuthToken(): Promise<string | null> {
  return (await cookies()).get(AUTH_COOKIE)?.value ?? null
}

export async function setAuthToken(token: string) {
  await setCookie(AUTH_COOKIE, token, WEEK)
}

export async function clearAuthToken() {
  ;(await cookies()).delete(AUTH_COOKIE)
}

export async function getLastOrderId(): Promise<string | null> {
  return (await cookies()).get(LAST_ORDER_COOKIE)?.value ?? null
}

export async function setLastOrderId(id: string) {
  await setCookie(LAST_ORDER_COOKIE, id, WEEK)
}

/** Authorization header for a logged-in shopper's requests, or none. */
export async function authHeaders(): Promise<Record<string, string>> {
  const token = await getAuthToken()
  return token ? { authorization: `Bearer ${token}` } : {}
}
