import type { IncomingMessage, ServerResponse } from "node:http"

/**
 * Headers every backend answer carries: the API's JSON and the admin dashboard (/app).
 * Nothing may frame the backend (clickjacking of the admin), browsers may not guess
 * content types, and the server does not announce its framework.
 */
export const BACKEND_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "Content-Security-Policy": "frame-ancestors 'none'",
  "X-Frame-Options": "DENY",
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
}

export function setBackendSecurityHeaders(_req: IncomingMessage, res: ServerResponse, next: () => void) {
  res.removeHeader("X-Powered-By")
  for (const [name, value] of Object.entries(BACKEND_SECURITY_HEADERS)) res.setHeader(name, value)
  next()
}

type ExpressApp = { disable(setting: string): unknown; use(handler: typeof setBackendSecurityHeaders): unknown }
type ExpressModule = { application: ExpressApp & { init(this: ExpressApp): void } }

/**
 * Makes every Express app created from now on send the headers above before any of its
 * own routes, and no X-Powered-By. Medusa serves the admin dashboard from a router it
 * mounts before the API's middlewares, so a middleware in src/api cannot reach /app;
 * instrumentation.ts (which Medusa loads before it creates its app) calls this.
 */
export function secureEveryExpressApp(express: ExpressModule) {
  const init = express.application.init
  if ((init as { secured?: boolean }).secured) return
  const securedInit = function (this: ExpressApp) {
    init.call(this)
    this.disable("x-powered-by")
    this.use(setBackendSecurityHeaders)
  }
  ;(securedInit as { secured?: boolean }).secured = true
  express.application.init = securedInit
}
