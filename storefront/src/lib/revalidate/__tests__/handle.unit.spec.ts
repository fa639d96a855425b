import { describe, expect, it } from "vitest"
import { handleRevalidate } from "../handle"

const SECRET = "s3cret-for-tests"

function request(body: unknown, secret?: string) {
  return new Request("http://shop.test/api/revalidate", {
    method: "POST",
    headers: { "content-type": "application/json", ...(secret ? { "x-revalidate-secret": secret } : {}) },
    body: typeof body === "string" ? body : JSON.stringify(body),
  })
}

async function call(body: unknown, secret?: string, configured: string | null = SECRET) {
  const revalidated: string[] = []
  const outcome = await handleRevalidate(request(body, secret), configured, (tag) => revalidated.push(tag))
  return { ...outcome, revalidated }
}

describe("POST /api/revalidate", () => {
  it("revalidates each tag once when the backend sends the right secret", async () => {
    const res = await call({ tags: ["products", "product:xundian-dried-beef", "products"] }, SECRET)
    expect(res.status).toBe(200)
    expect(res.revalidated).toEqual(["products", "product:xundian-dried-beef"])
  })

  it("answers 401 and revalidates nothing with a wrong or missing secret, or when none is configured", async () => {
    for (const [secret, configured] of [["wrong", SECRET], [undefined, SECRET], [SECRET, null]] as const) {
      const res = await call({ tags: ["products"] }, secret, configured)
      expect(res.status).toBe(401)
      expect(res.revalidated).toEqual([])
    }
  })

  it("answers 400 naming tags when there are none or they are not strings", async () => {
    for (const body of [{}, { tags: [] }, { tags: "products" }, { tags: [1] }, "not json"]) {
      const res = await call(body, SECRET)
      expect(res.status).toBe(400)
      expect(res.body.message).toMatch(/tags|JSON/)
      expect(res.revalidated).toEqual([])
    }
  })
})
