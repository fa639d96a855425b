/**
 * Bad input never reaches a 500: walks the whole route table (every method +
 * path Medusa and our api serve, read from the code) and sends each route
 * inputs an attacker would try — null bytes, unknown sort fields, negative
 * and absurd pages, dates outside any calendar, 1e308, twice-encoded
 * characters, fractional quantities, deeply nested metadata, wrong JSON
 * types, long and unicode strings, ids that do not exist — as an anonymous
 * caller, a logged-in shopper and the admin. Any 500 fails the test, listed
 * with the request that caused it.
 */
import { writeSync } from "node:fs"
import { demoIntegrationTestRunner } from "../helpers/demo-runner"
import { fillPath, routeTable, type RouteEntry } from "../helpers/route-table"
import { adminHeaders, storeHeaders, variantId } from "../helpers/shopping"

type Headers = Record<string, string>
type Probe = { method: RouteEntry["method"]; url: string; body?: unknown; caller: string; headers: Headers; streams: boolean }

const nested = (depth: number): Record<string, unknown> => {
  let value: Record<string, unknown> = { leaf: 1 }
  for (let i = 0; i < depth; i++) value = { n: value }
  return value
}

/** Path values for a route's params: an id that does not exist, then hostile ones. */
const PATH_VALUES = ["does_not_exist", "\u0000", "%_%", "x".repeat(600), "测试😀", "1e308"]

/** Query strings for reads (appended to the URL; values are URL-encoded here). */
const QUERIES: string[] = [
  "q=%00",
  "order=does_not_exist",
  "order=-nope.deeper",
  "limit=-1&offset=-5",
  "limit=1.5",
  "limit=1000000000",
  "offset=1e308",
  "limit[]=1&limit[]=2",
  "created_at[$gte]=%2B275760-09-13",
  "updated_at[$lt]=12345-01-01",
  "id=%00",
  "fields=%00",
  `q=${encodeURIComponent("名".repeat(3000))}`,
  "expand=%00&order=id%00",
]

/** Bodies for writes: wrong JSON types, then hostile values in fields many routes share. */
const BODIES: unknown[] = [
  {},
  [],
  "text",
  { id: "\u0000", name: "\u0000", title: "a\u0000b", email: "a\u0000@example.com", handle: "\u0000" },
  { quantity: 1.5, variant_id: "does_not_exist" },
  { quantity: 1e308, amount: 1e308, limit: 1e308 },
  { metadata: nested(500) },
  { metadata: { deep: nested(40) }, name: "x" },
  { starts_at: "+275760-09-13", ends_at: "12345-01-01", expires_at: null, issued_at: true, date: 12345 },
  { name: ["a", "b"], email: { $ne: null }, metadata: "not an object", title: 12 },
  { name: "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 \u202e 名前 ".repeat(50), email: `${"x".repeat(300)}@example.com` },
]

/** At most this many requests in flight: the machine has 2 cores shared with others. */
const CONCURRENCY = 4
/** A request that gets no answer in this time is a failure too (a hang is worse than a 500). */
const REQUEST_TIMEOUT_MS = 15_000
const STREAM_WAIT_MS = 2_000
/**
 * Inputs per route and kind. Each route gets the next ones in turn (route i
 * starts at input i), so that every input reaches dozens of routes of each
 * kind while the walk stays under a minute (about 3,900 requests, ~40 s
 * here). FUZZ_ALL=1 sends every input to every route (about 8,500 requests,
 * ~55 s on this 2-core machine).
 */
const PER_ROUTE = process.env.FUZZ_ALL ? Infinity : 4

function rotate<T>(items: T[], start: number, count: number): T[] {
  if (count >= items.length) return items
  return Array.from({ length: count }, (_, i) => items[(start + i) % items.length]!)
}

function probesFor(route: RouteEntry, index: number, callers: Array<[string, Headers]>): Probe[] {
  const probes: Probe[] = []
  const method = route.method
  const caller = (i: number) => callers[(index + i) % callers.length]!
  const add = (url: string, body?: unknown) => {
    const [name, headers] = caller(probes.length)
    probes.push({ method, url, body, caller: name, headers, streams: route.streams })
  }
  const hasBody = method !== "GET" && method !== "DELETE"
  if (route.params.length) {
    for (const value of rotate(PATH_VALUES, index, PER_ROUTE)) add(fillPath(route, {}, value), hasBody ? {} : undefined)
  }
  const base = fillPath(route)
  if (method === "GET") for (const query of rotate(QUERIES, index, PER_ROUTE)) add(`${base}?${query}`)
  else if (method === "DELETE") add(`${base}?id=%00`)
  else for (const body of rotate(BODIES, index, PER_ROUTE)) add(base, body)
  return probes
}

async function pool<T>(items: T[], size: number, run: (item: T) => Promise<void>) {
  let index = 0
  await Promise.all(
    Array.from({ length: size }, async () => {
      while (index < items.length) await run(items[index++]!)
    })
  )
}

demoIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let anonymous: Headers
    let shopper: Headers
    let admin: Headers

    beforeAll(async () => {
      const container = getContainer()
      anonymous = (await storeHeaders(container)).headers
      const email = "fuzz-shopper@example.com"
      const password = "fuzz-shopper-9"
      const reg = await api.post("/auth/customer/emailpass/register", { email, password })
      await api.post("/store/customers", { email }, { headers: { ...anonymous, authorization: `Bearer ${reg.data.token}` } })
      const login = await api.post("/auth/customer/emailpass", { email, password })
      shopper = { ...anonymous, authorization: `Bearer ${login.data.token}` }
      admin = (await adminHeaders(api)).headers
    })

    /** Status and body of a request, whatever the status. */
    const send = async (method: string, url: string, headers: Headers, body?: unknown) => {
      const res = await api.request({ method, url, data: body, headers, validateStatus: () => true, timeout: REQUEST_TIMEOUT_MS })
      return { status: res.status, data: res.data as { message?: string; field?: string } & Record<string, any> }
    }
    const refused = (res: { status: number; data: { message?: string } }, field: string) => {
      expect({ status: res.status, names: res.data.message?.toLowerCase().includes(field.toLowerCase()) }).toEqual({ status: 400, names: true })
    }

    describe("the seven causes of 500 the probe found answer 400 naming the field", () => {
      /** Each request answers 400 with a message naming the field. */
      const refusedAll = async (cases: Array<[method: string, url: string, who: "anonymous" | "admin", field: string, body?: unknown]>) => {
        for (const [method, url, who, field, body] of cases) {
          refused(await send(method, url, who === "admin" ? admin : anonymous, body), field)
        }
      }

      it("a null byte in a query parameter, a path id or a body field", async () => {
        await refusedAll([
          ["GET", "/store/products?q=%00", "anonymous", "q"],
          ["GET", "/store/products/%00", "anonymous", "path"],
          ["GET", "/admin/orders?id=a%00b", "admin", "id"],
          ["POST", "/store/carts", "anonymous", "email", { email: "a\u0000@example.com" }],
          ["POST", "/admin/suppliers", "admin", "legal_name", { legal_name: "\u0000" }],
        ])
      })

      it("order= naming a field that does not exist, on core and on our list routes", async () => {
        await refusedAll([
          ["GET", "/admin/customers?order=does_not_exist", "admin", "order"],
          ["GET", "/admin/orders?order=-nope", "admin", "order"],
          ["GET", "/store/products?order=does_not_exist", "anonymous", "order"],
          ["GET", "/admin/suppliers?order=does_not_exist", "admin", "order"],
          ["GET", "/admin/customers?order=created_at%3Bdrop", "admin", "order"],
        ])
        expect((await send("GET", "/admin/customers?order=-created_at", admin)).status).toBe(200)
      })

      it("negative, fractional and absurd limit and offset; the pages the apps ask for still work", async () => {
        await refusedAll([
          ["GET", "/store/products?limit=-1", "anonymous", "limit"],
          ["GET", "/store/products?offset=-5", "anonymous", "offset"],
          ["GET", "/store/products?limit=1.5", "anonymous", "limit"],
          ["GET", "/admin/products?limit=1000000000", "admin", "limit"],
          ["GET", "/admin/products?offset=1e308", "admin", "offset"],
        ])
        // The storefront's catalogue pages 100 at a time up to offset 2000; Medusa's dashboard asks for 9999.
        const page = await send("GET", "/store/products?limit=100&offset=1900&order=-created_at", anonymous)
        expect(page.status).toBe(200)
        const dashboard = await send("GET", "/admin/regions?limit=9999", admin)
        expect({ status: dashboard.status, limit: dashboard.data.limit }).toEqual({ status: 200, limit: 9999 })
      })

      it("dates far outside any calendar, and null, true or 12345 where a date goes", async () => {
        await refusedAll([
          ["GET", "/admin/orders?created_at[$gte]=%2B275760-09-13", "admin", "created_at[$gte]"],
          ["GET", "/admin/products?updated_at[$lt]=12345-01-01", "admin", "updated_at[$lt]"],
        ])
        for (const expires_at of [null, true, 12345, "+275760-09-13", "12345-01-01"]) {
          refused(await send("POST", "/admin/certifications/does_not_exist/renew", admin, { expires_at }), "expires_at")
        }
        expect(
          (await send("POST", "/admin/certifications/does_not_exist/renew", admin, { expires_at: "2030-01-01" })).status
        ).toBe(404)
      })

      it("1e308 in a numeric field, and a quantity of 1.5 (Medusa would round it to 2 and charge it)", async () => {
        const region = (await send("GET", "/store/regions", anonymous)).data.regions[0]
        const cart = (await send("POST", "/store/carts", anonymous, { region_id: region.id })).data.cart
        const variant_id = await variantId(api, { headers: anonymous }, "xundian-dried-beef", "250g")
        refused(await send("POST", `/store/carts/${cart.id}/line-items`, anonymous, { variant_id, quantity: 1.5 }), "quantity")
        refused(await send("POST", `/store/carts/${cart.id}/line-items`, anonymous, { variant_id, quantity: 1e308 }), "quantity")
        const after = (await send("GET", `/store/carts/${cart.id}`, anonymous)).data.cart
        expect(after.items).toEqual([])
        expect((await send("POST", `/store/carts/${cart.id}/line-items`, anonymous, { variant_id, quantity: 2 })).status).toBe(200)
        refused(await send("POST", "/admin/price-lists", admin, { title: "x", description: "x", prices: [{ amount: 1e308 }] }), "amount")
      })

      it("a certificate number with %25_%25 is looked up once, not decoded twice", async () => {
        const res = await send("GET", "/store/certifications/%25_%25", anonymous)
        expect(res.status).toBe(404)
        expect(res.data.message).toContain("%_%")
      })

      it("metadata nested 500 deep", async () => {
        refused(await send("POST", "/store/carts", anonymous, { metadata: nested(500) }), "metadata")
        refused(await send("POST", "/admin/customers", admin, { email: "deep@example.com", metadata: nested(8) }), "metadata")
        const shallow = await send("POST", "/admin/customers", admin, { email: "flat@example.com", metadata: { a: { b: 1 } } })
        expect(shallow.status).toBe(200)
      })
    })

    it("answers no route of the table with a 500, whoever calls and whatever is sent", async () => {
      const table = routeTable()
      const probes = table.flatMap((route, index) => {
        switch (route.actor) {
          case "admin":
            return probesFor(route, index, [["admin", admin]])
          case "store":
          case "institution":
            return probesFor(route, index, [
              ["anonymous", anonymous],
              ["shopper", shopper],
            ])
          default:
            return probesFor(route, index, [["anonymous", anonymous]])
        }
      })
      // One anonymous request to every admin route too: refused, never a crash.
      for (const route of table.filter((r) => r.actor === "admin")) {
        probes.push({
          method: route.method,
          url: fillPath(route, {}, "\u0000"),
          caller: "anonymous",
          headers: anonymous,
          streams: route.streams,
        })
      }

      const failures: string[] = []
      let streaming = 0
      const started = Date.now()
      await pool(probes, CONCURRENCY, async (probe) => {
        const res = await api
          .request({
          method: probe.method,
          url: probe.url,
          data: probe.body === undefined ? undefined : JSON.stringify(probe.body),
          headers: { ...probe.headers, ...(probe.body === undefined ? {} : { "content-type": "application/json" }) },
          validateStatus: () => true,
          transformResponse: (raw: unknown) => raw,
          timeout: REQUEST_TIMEOUT_MS,
          // An event stream (workflow subscriptions) sends nothing, headers included, until an
          // event comes: a stream still open after a short wait has not failed, it is streaming.
          ...(probe.streams ? { responseType: "stream", timeout: STREAM_WAIT_MS } : {}),
        })
          .then((r: { status: number; data: any }) => {
            if (probe.streams) r.data?.destroy?.()
            return r
          })
          .catch((e: Error) => {
            if (probe.streams && /timeout/.test(e.message)) {
              streaming++
              return { status: 200, data: "" }
            }
            return { status: 599, data: `no answer: ${e.message}` }
          })
        if (res.status >= 500) {
          const body = typeof probe.body === "string" ? probe.body : JSON.stringify(probe.body)
          failures.push(
            `${res.status} ${probe.method} ${probe.url.slice(0, 160)} as ${probe.caller}` +
              `${body ? ` body ${body.slice(0, 120)}` : ""} → ${String(res.data).slice(0, 200)}`
          )
        }
      })
      const routes = new Set(probes.map((p) => `${p.method} ${p.url.split("?")[0]}`)).size
      // Straight to the terminal: vitest hides a passing test's output.
      writeSync(
        1,
        `\nfuzz: ${table.length} routes, ${probes.length} requests (${routes} method+URL pairs) in ${((Date.now() - started) / 1000).toFixed(1)} s, ${failures.length} answered 5xx, ${streaming} event streams left open\n`
      )
      expect(failures).toEqual([])
    }, 240_000)
  },
})
