import { EventEmitter } from "node:events"
import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { bulkRateLimit, uploadRateLimit } from "../rate-limit"

/**
 * The factory the portals' upload and bulk routes use: counted per logged-in actor and per
 * address, 429 with Retry-After once spent. (The login, registration, reset and certificate
 * limits are exercised over HTTP in integration-tests/http/security.spec.ts.)
 */

const saved = { ...process.env }
beforeAll(() => {
  process.env.RATE_LIMIT_BULK_ACCOUNT = "3/600"
  process.env.RATE_LIMIT_BULK_ADDRESS = "5/600"
  process.env.RATE_LIMIT_UPLOAD_ACCOUNT = "2/600"
})
afterAll(() => {
  process.env = saved
})

type Answer = { status: number; headers: Record<string, string>; body?: { message?: string } }

async function send(middleware: ReturnType<typeof bulkRateLimit>, actor: string, ip: string): Promise<Answer> {
  const answer: Answer = { status: 200, headers: {} }
  const res = Object.assign(new EventEmitter(), {
    statusCode: 200,
    setHeader: (name: string, value: string) => void (answer.headers[name.toLowerCase()] = value),
    status(code: number) {
      answer.status = code
      return this
    },
    json(body: Answer["body"]) {
      answer.body = body
      return this
    },
  })
  const req = { path: "/supplier/products/import", ip, body: {}, auth_context: { actor_id: actor, actor_type: "supplier" } }
  await middleware(req as unknown as MedusaRequest, res as unknown as MedusaResponse, () => undefined)
  return answer
}

describe("upload and bulk rate limits", () => {
  it("counts each logged-in actor apart, and all actors of one address together", async () => {
    const bulk = bulkRateLimit()
    const a = [] as number[]
    for (let i = 0; i < 4; i++) a.push((await send(bulk, "sup_a", "10.0.0.1")).status)
    expect(a).toEqual([200, 200, 200, 429])

    // Another supplier from the same office still gets through, until the address is spent.
    expect((await send(bulk, "sup_b", "10.0.0.1")).status).toBe(200)
    const refused = await send(bulk, "sup_c", "10.0.0.1")
    expect(refused.status).toBe(429)
    expect(Number(refused.headers["retry-after"])).toBeGreaterThan(0)
    expect(refused.body?.message).toMatch(/尝试次数过多.*Too many attempts/)
    // Elsewhere, sup_b is not held back by that address.
    expect((await send(bulk, "sup_b", "10.0.0.2")).status).toBe(200)
  })

  it("keeps uploads' count apart from bulk imports'", async () => {
    const upload = uploadRateLimit()
    expect((await send(upload, "sup_u", "10.0.1.1")).status).toBe(200)
    expect((await send(upload, "sup_u", "10.0.1.1")).status).toBe(200)
    expect((await send(upload, "sup_u", "10.0.1.1")).status).toBe(429)
    expect((await send(bulkRateLimit(), "sup_u", "10.0.1.1")).status).toBe(200)
  })
})
