import type {
  AuthenticatedMedusaRequest,
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
  MiddlewareRoute,
} from "@medusajs/framework/http"
import { normaliseCnMobile } from "@fupin/shared"
import type Redis from "ioredis"
import { readEnv, type RateLimitRule, type RateLimits } from "../../config/env"
import { createLimiter, normaliseAccount, rateLimitRedis, type Limiter } from "../../lib/security/rate-limiter"

/**
 * Rate limits for the routes attackers guess at. Each guarded request counts once
 * against its account (the e-mail in the body, or the logged-in actor) and once
 * against its client address; when either is spent the answer is 429 with
 * `Retry-After` (seconds) and a message in Chinese and English. Limits come from
 * RATE_LIMIT_* in src/config/env.ts; the counts are shared through Redis when
 * REDIS_URL is set (src/lib/security/rate-limiter.ts).
 *
 * A new route that takes uploads or bulk imports (the institution and supplier
 * portals) adds, in its domain's middlewares file:
 *
 *   { method: ["POST"], matcher: "/supplier/products/import", middlewares: [bulkRateLimit(), validateAndTransformBody(…)] }
 *
 * `uploadRateLimit()` the same way for file uploads, or `rateLimit({ group: …, account: … })`
 * for another group of limits.
 */

type Group = keyof RateLimits
type Rules = { account?: RateLimitRule; address?: RateLimitRule }
type AccountOf = (req: MedusaRequest) => string | undefined

export interface RateLimitOptions {
  /** which RATE_LIMIT_<GROUP>_* limits apply; attempts of one group count together across its routes */
  group: Group
  /** the account an attempt is counted against; by default the e-mail or identifier in the body */
  account?: AccountOf
  /** forget the account's attempts once a request succeeds (logins: a user who gets in starts afresh) */
  forgetOnSuccess?: boolean
}

/** `/auth/customer/…` and `/auth/user/…` count apart; everything else is a customer's. */
function actorOf(req: MedusaRequest): string {
  return /^\/auth\/([^/]+)\//.exec(req.path)?.[1] ?? "customer"
}

/** The e-mail or identifier the caller typed, per actor type. */
export const accountInBody: AccountOf = (req) => {
  const body = (req.body ?? {}) as Record<string, unknown>
  const mobile = typeof body.mobile === "string" ? normaliseCnMobile(body.mobile) : null
  const account = normaliseAccount(body.email) ?? normaliseAccount(body.identifier) ?? (mobile ? `mobile:${mobile}` : undefined)
  return account && `${actorOf(req)}:${account}`
}

/** The logged-in actor (uploads and bulk routes sit behind authentication). */
export const authenticatedActor: AccountOf = (req) => {
  const auth = (req as AuthenticatedMedusaRequest).auth_context
  return auth?.actor_id ? `${auth.actor_type}:${auth.actor_id}` : undefined
}

function clientAddress(req: MedusaRequest): string {
  return req.ip ?? req.socket.remoteAddress ?? "unknown"
}

let redis: Redis | undefined
const limiters = new Map<string, Limiter>()

function limiterFor(group: Group, kind: "account" | "address", rule: RateLimitRule, redisUrl: string | undefined): Limiter {
  const name = `${group}:${kind}`
  let limiter = limiters.get(name)
  if (!limiter) {
    if (redisUrl && !redis) redis = rateLimitRedis(redisUrl)
    limiter = createLimiter(name, rule, redisUrl ? redis : undefined)
    limiters.set(name, limiter)
  }
  return limiter
}

export function tooManyAttemptsMessage(seconds: number): string {
  return `尝试次数过多，请 ${seconds} 秒后再试。Too many attempts: try again in ${seconds} seconds.`
}

export function rateLimit({ group, account = accountInBody, forgetOnSuccess = false }: RateLimitOptions) {
  return async function rateLimitMiddleware(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
    const env = readEnv(process.env, { needsDatabase: false })
    const rules: Rules = env.rateLimits[group]
    const checks: Array<{ limiter: Limiter; key: string }> = []
    const accountKey = rules.account ? account(req) : undefined
    if (rules.account && accountKey) checks.push({ limiter: limiterFor(group, "account", rules.account, env.redisUrl), key: accountKey })
    if (rules.address) checks.push({ limiter: limiterFor(group, "address", rules.address, env.redisUrl), key: clientAddress(req) })

    const verdicts = await Promise.all(checks.map(({ limiter, key }) => limiter.attempt(key)))
    const wait = Math.max(0, ...verdicts.map((v) => (v.allowed ? 0 : v.retryAfterSeconds)))
    if (wait > 0) {
      res.setHeader("Retry-After", String(wait))
      res.status(429).json({ type: "too_many_requests", message: tooManyAttemptsMessage(wait) })
      return
    }
    if (forgetOnSuccess && accountKey && checks[0]) {
      const { limiter } = checks[0]
      res.on("finish", () => {
        if (res.statusCode < 300) void limiter.forget(accountKey).catch(() => undefined)
      })
    }
    next()
  }
}

export const uploadRateLimit = (account: AccountOf = authenticatedActor) => rateLimit({ group: "upload", account })
export const bulkRateLimit = (account: AccountOf = authenticatedActor) => rateLimit({ group: "bulk", account })

const login = rateLimit({ group: "login", forgetOnSuccess: true })
const register = rateLimit({ group: "register" })
const passwordReset = rateLimit({ group: "passwordReset" })

/** Logins, registration, password reset and the certificate check, for customers and admin users alike. */
export const rateLimitMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/auth/:actor_type/emailpass", middlewares: [login] },
  // the mobile's login (code or password) counts with the others; asking for a code sends an SMS, as a reset sends an e-mail
  { method: ["POST"], matcher: "/auth/:actor_type/mobile", middlewares: [login] },
  { method: ["POST"], matcher: "/store/auth/mobile-code", middlewares: [passwordReset] },
  { method: ["POST"], matcher: "/auth/:actor_type/emailpass/register", middlewares: [register] },
  { method: ["POST"], matcher: "/store/customers", middlewares: [register] },
  { method: ["POST"], matcher: "/auth/:actor_type/emailpass/reset-password", middlewares: [passwordReset] },
  { method: ["POST"], matcher: "/auth/:actor_type/emailpass/update", middlewares: [passwordReset] },
  { method: ["GET"], matcher: "/store/certifications/:number", middlewares: [rateLimit({ group: "certificate" })] },
]
