import Redis from "ioredis"
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible"
import type { RateLimitRule } from "../../config/env"

/**
 * Counters for the routes attackers guess at (logins, registration, password reset,
 * certificate numbers, uploads, bulk imports), built on rate-limiter-flexible.
 *
 * With REDIS_URL the counts live in Redis, so every server process of one deployment
 * counts together; a short Redis outage falls back to a per-process memory counter
 * (the library's insurance limiter) instead of failing logins. Without Redis (a laptop,
 * the tests) the counts live in this process's memory.
 */

export const RATE_LIMIT_KEY_PREFIX = "fupin:rl"

export type Verdict = { allowed: true } | { allowed: false; retryAfterSeconds: number }

export interface Limiter {
  /** counts one attempt for `key`; refused once the rule's points are spent */
  attempt(key: string): Promise<Verdict>
  /** forgets `key`'s attempts (a successful login clears that account's count) */
  forget(key: string): Promise<void>
}

export function createLimiter(name: string, rule: RateLimitRule, redis?: Redis): Limiter {
  const options = { keyPrefix: `${RATE_LIMIT_KEY_PREFIX}:${name}`, points: rule.points, duration: rule.duration, blockDuration: rule.block }
  const memory = new RateLimiterMemory(options)
  const store: RateLimiterAbstract = redis
    ? new RateLimiterRedis({ ...options, storeClient: redis, rejectIfRedisNotReady: true, insuranceLimiter: memory })
    : memory
  return {
    async attempt(key) {
      try {
        await store.consume(key, 1)
        return { allowed: true }
      } catch (rejection) {
        if (rejection instanceof RateLimiterRes) {
          return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)) }
        }
        throw rejection
      }
    },
    async forget(key) {
      await store.delete(key)
    },
  }
}

/** One Redis connection per process for all limiters; commands fail fast (to the insurance limiter) while it is down. */
export function rateLimitRedis(redisUrl: string): Redis {
  return new Redis(redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1, connectionName: "fupin-rate-limit" })
}

/** E-mails and identifiers as one account: trimmed, case-folded, full-width forms folded (ＡＢＣ@… is abc@…). */
export function normaliseAccount(value: unknown): string | undefined {
  if (typeof value !== "string") return undefined
  const account = value.normalize("NFKC").trim().toLowerCase()
  return account || undefined
}
