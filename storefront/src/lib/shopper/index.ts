/**
 * What the shop chrome shows of the visitor (logged in or not, how many items the
 * cart holds). Catalogue pages are static and the same for everyone, so this never
 * goes into them: GET /api/shopper answers it per browser, `private, no-store`, and
 * the header and tab bar read it after the page has loaded (modules/layout/lib/shopper-store.ts).
 */
export interface Shopper {
  logged_in: boolean
  cart_count: number
}

export const SHOPPER_PATH = "/api/shopper"

/** Headers of every /api/shopper answer: never stored by a browser, a CDN or Next's cache. */
export const SHOPPER_HEADERS = { "cache-control": "private, no-store", vary: "Cookie" } as const

/** The answer's body, from the login cookie's presence and the cart's item count. */
export function shopperBody(token: string | null, cartCount: number): Shopper {
  return { logged_in: Boolean(token), cart_count: Number.isFinite(cartCount) && cartCount > 0 ? Math.floor(cartCount) : 0 }
}

/** Reads an /api/shopper body defensively (null when it is not one). */
export function parseShopper(body: unknown): Shopper | null {
  if (!body || typeof body !== "object") return null
  const { logged_in, cart_count } = body as Record<string, unknown>
  if (typeof logged_in !== "boolean" || typeof cart_count !== "number") return null
  return { logged_in, cart_count }
}

/**
 * Where 我的 leads: the login page for a visitor known to be logged out, else /account
 * (also before the first answer: /account sends a visitor who is not logged in to the login page).
 */
export function accountPath(shopper: Shopper | null): "/account" | "/account/login" {
  return shopper && !shopper.logged_in ? "/account/login" : "/account"
}

/** The badge's text: the count, or 99+. */
export function cartBadge(count: number): string {
  return count > 99 ? "99+" : String(count)
}
