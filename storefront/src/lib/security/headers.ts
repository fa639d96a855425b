/**
 * The storefront's security headers, set for every route in next.config.ts.
 *
 * The Content-Security-Policy is the same for every response (no per-request nonce), so
 * catalogue pages stay static and cacheable: a nonce would force every page to render per
 * request. The price is `'unsafe-inline'` in script-src for the inline payloads Next's App
 * Router writes into each page; see docs/adr/0005-logins-registration-and-security-headers.md.
 * Stripe's Payment Element (checkout, when NEXT_PUBLIC_STRIPE_KEY is set) needs its script,
 * frames and API, as Stripe documents them.
 */

export const STRIPE_SOURCES = {
  script: ["https://js.stripe.com", "https://*.js.stripe.com"],
  frame: ["https://js.stripe.com", "https://*.js.stripe.com", "https://hooks.stripe.com"],
  connect: ["https://api.stripe.com", "https://*.stripe.com"],
} as const

export interface HeaderOptions {
  /** `next dev`: React needs eval for its debugging aids and the page talks to the dev server over a WebSocket */
  development: boolean
}

export function contentSecurityPolicy({ development }: HeaderOptions): string {
  const directives: Record<string, string[]> = {
    "default-src": ["'self'"],
    "script-src": ["'self'", "'unsafe-inline'", ...(development ? ["'unsafe-eval'"] : []), ...STRIPE_SOURCES.script],
    "style-src": ["'self'", "'unsafe-inline'"],
    // Product pictures come from Medusa's file module: an S3 store over https in production, the
    // backend's /static on a local port for `npm start` (http://localhost:9000/static/…).
    "img-src": ["'self'", "data:", "blob:", "https:", "http://localhost:*", "http://127.0.0.1:*"],
    "font-src": ["'self'", "data:"],
    "connect-src": ["'self'", ...STRIPE_SOURCES.connect, ...(development ? ["ws:", "wss:"] : [])],
    "frame-src": [...STRIPE_SOURCES.frame],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
  }
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(" ")}`)
    .join("; ")
}

export function securityHeaders({ development }: HeaderOptions): Array<{ key: string; value: string }> {
  return [
    { key: "Content-Security-Policy", value: contentSecurityPolicy({ development }) },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "X-Frame-Options", value: "DENY" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    // Production builds only (browsers ignore it over plain http, so `npm start` on http://localhost is unaffected).
    ...(development ? [] : [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }]),
  ]
}
