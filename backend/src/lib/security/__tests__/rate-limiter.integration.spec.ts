import Redis from "ioredis"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { createLimiter, rateLimitRedis } from "../rate-limiter"

/**
 * Two server processes of one deployment each build their own limiter; with Redis they
 * must count one account's attempts together, or an attacker gets N× the attempts by
 * spreading them over N processes. Needs Redis at REDIS_URL (default 127.0.0.1:6379):
 * skipped, and said so, only where none answers.
 */

const REDIS_URL = process.env.REDIS_URL ?? "redis://127.0.0.1:6379"

async function redisAnswers(): Promise<boolean> {
  const probe = new Redis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null, connectTimeout: 1000 })
  probe.on("error", () => undefined)
  try {
    await probe.connect()
    return (await probe.ping()) === "PONG"
  } catch {
    return false
  } finally {
    probe.disconnect()
  }
}

let available = false
beforeAll(async () => {
  available = await redisAnswers()
  if (!available) console.warn(`[rate-limiter] SKIPPED: no Redis answers at ${REDIS_URL}`)
})

const clients: Redis[] = []
async function connected(): Promise<Redis> {
  const client = rateLimitRedis(REDIS_URL)
  clients.push(client)
  if (client.status !== "ready") await new Promise((resolve) => client.once("ready", resolve))
  return client
}

afterAll(() => {
  for (const client of clients) client.disconnect()
})

describe("rate limits shared through Redis", () => {
  it("counts one account's attempts together across two separate limiters (two server processes)", async (ctx) => {
    if (!available) ctx.skip()
    const rule = { points: 4, duration: 60, block: 60 }
    const name = `test-${process.pid}-${Date.now()}`
    const first = createLimiter(name, rule, await connected())
    const second = createLimiter(name, rule, await connected())
    const account = "customer:shared@example.com"

    const verdicts = []
    for (let i = 0; i < 6; i++) verdicts.push(await (i % 2 ? second : first).attempt(account))
    expect(verdicts.slice(0, 4).every((v) => v.allowed)).toBe(true)
    expect(verdicts.slice(4).map((v) => v.allowed)).toEqual([false, false])
    const refused = verdicts[4]!
    expect(refused.allowed === false && refused.retryAfterSeconds).toBeGreaterThan(0)

    // Forgetting through one process frees the account in the other.
    await first.forget(account)
    expect((await second.attempt(account)).allowed).toBe(true)
    await first.forget(account)
  })
})
