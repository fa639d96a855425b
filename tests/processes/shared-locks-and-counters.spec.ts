import { execFile } from "node:child_process"
import { promisify } from "node:util"
import { toMedusaAddress } from "@fupin/shared"
import { describe, expect, it } from "vitest"

// Locks and idempotent counters across processes: two `medusa start` servers and
// one worker on one PostgreSQL and one Redis, as docker-compose runs them.
// scripts/test.mjs starts them and passes their addresses; without Redis it
// skips this file (and reports it skipped, not passed).
const servers = (process.env.FUPIN_PROCS_SERVERS ?? "").split(",").filter(Boolean)
const key = process.env.FUPIN_PROCS_PUBLISHABLE_KEY ?? ""
const STORE = { "x-publishable-api-key": key, "content-type": "application/json" }
const ADMIN_LOGIN = { email: "admin@fupin.local", password: "fupin-demo" }
// the address as the storefront's checkout form sends it
const ADDRESS = toMedusaAddress({
  name: "测试顾客",
  mobile: "13800000000",
  province: "云南省",
  city: "昆明市",
  district: "五华区",
  detail: "示例路1号",
  postal_code: "650000",
})

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON answers of many shapes, read field by field
type Reply = { status: number; body: any }

async function call(server: string, method: string, path: string, body?: unknown, headers: Record<string, string> = STORE): Promise<Reply> {
  const res = await fetch(`${server}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) })
  const text = await res.text()
  let parsed: unknown = text
  try {
    parsed = JSON.parse(text)
  } catch {
    /* not JSON: keep the text */
  }
  return { status: res.status, body: parsed }
}

async function ok(server: string, method: string, path: string, body?: unknown, headers?: Record<string, string>) {
  const r = await call(server, method, path, body, headers)
  if (r.status >= 300) throw new Error(`${method} ${path} on ${server}: ${r.status} ${JSON.stringify(r.body).slice(0, 300)}`)
  return r.body
}

const serverFor = (i: number) => servers[i % servers.length]!

async function adminHeaders() {
  const { token } = await ok(servers[0]!, "POST", "/auth/user/emailpass", ADMIN_LOGIN, { "content-type": "application/json" })
  return { authorization: `Bearer ${token}`, "content-type": "application/json" }
}

async function variantOf(handle: string, title: string) {
  const { products } = await ok(servers[0]!, "GET", `/store/products?handle=${handle}&fields=id,variants.id,variants.title,variants.sku`)
  const variant = products[0]?.variants.find((v: { title: string }) => v.title === title)
  if (!variant) throw new Error(`no demo variant ${handle} ${title}`)
  return variant as { id: string; sku: string }
}

/** A cart ready to complete (address, home delivery, demo payment), set up through server `server`. */
async function readyCart(server: string, variantId: string, email: string) {
  const { regions } = await ok(server, "GET", "/store/regions")
  const region = regions.find((r: { currency_code: string }) => r.currency_code === "cny")
  const { cart } = await ok(server, "POST", "/store/carts", { region_id: region.id, email })
  await ok(server, "POST", `/store/carts/${cart.id}/line-items`, { variant_id: variantId, quantity: 1 })
  await ok(server, "POST", `/store/carts/${cart.id}`, { shipping_address: ADDRESS, billing_address: ADDRESS })
  const { shipping_options } = await ok(server, "GET", `/store/shipping-options?cart_id=${cart.id}`)
  const home = shipping_options.find((o: { type?: { code?: string } }) => o.type?.code === "home-delivery")
  await ok(server, "POST", `/store/carts/${cart.id}/shipping-methods`, { option_id: home.id })
  const { payment_collection } = await ok(server, "POST", "/store/payment-collections", { cart_id: cart.id })
  await ok(server, "POST", `/store/payment-collections/${payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" })
  return cart.id as string
}

/** Completes carts all at once, alternating the two servers; returns the ids of the orders made. */
async function completeInParallel(cartIds: string[]) {
  const replies = await Promise.all(cartIds.map((id, i) => call(serverFor(i), "POST", `/store/carts/${id}/complete`, {})))
  // a 5xx is no answer a shopper should get, however many race
  expect(replies.filter((r) => r.status >= 500).map((r) => JSON.stringify(r.body).slice(0, 200))).toEqual([])
  return replies.filter((r) => r.status === 200 && r.body?.type === "order").map((r) => r.body.order.id as string)
}

async function orderCount(admin: Record<string, string>) {
  const { count } = await ok(servers[0]!, "GET", "/admin/orders?limit=1&fields=id", undefined, admin)
  return count as number
}

async function eventually<T>(read: () => Promise<T>, done: (v: T) => boolean, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const v = await read()
    if (done(v)) return v
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms; last value ${JSON.stringify(v)}`)
    await new Promise((r) => setTimeout(r, 200))
  }
}

describe.skipIf(servers.length < 2 || !process.env.REDIS_URL)("two servers and a worker sharing PostgreSQL and Redis", () => {
  let firstOrder = { id: "", email: "" }

  it("30 parallel completes of one cart, spread over both servers, make exactly one order", async () => {
    const admin = await adminHeaders()
    const beef = await variantOf("xundian-dried-beef", "250g")
    const email = "procs-once@example.com"
    const cartId = await readyCart(servers[1]!, beef.id, email)
    const before = await orderCount(admin)

    const orders = await completeInParallel(Array.from({ length: 30 }, () => cartId))

    expect(new Set(orders).size).toBe(1)
    expect(await orderCount(admin)).toBe(before + 1)
    firstOrder = { id: orders[0]!, email }
  })

  it("12 carts racing for the last 3 units make 3 orders and oversell nothing", async () => {
    const admin = await adminHeaders()
    const noodles = await variantOf("dongchuan-noodles", "500g")
    const { inventory_items } = await ok(
      servers[0]!,
      "GET",
      `/admin/inventory-items?sku=${encodeURIComponent(noodles.sku)}&fields=id,*location_levels`,
      undefined,
      admin
    )
    const item = inventory_items[0] as { id: string; location_levels: Array<{ location_id: string; reserved_quantity: number }> }
    expect(item.location_levels).toHaveLength(1)
    const level = item.location_levels[0]!
    // 3 units left to sell, whatever was reserved before
    await ok(
      servers[1]!,
      "POST",
      `/admin/inventory-items/${item.id}/location-levels/${level.location_id}`,
      { stocked_quantity: level.reserved_quantity + 3 },
      admin
    )
    const carts = await Promise.all(Array.from({ length: 12 }, (_, i) => readyCart(serverFor(i), noodles.id, `procs-race-${i}@example.com`)))
    const before = await orderCount(admin)

    const orders = await completeInParallel(carts)

    expect(orders).toHaveLength(3)
    expect(await orderCount(admin)).toBe(before + 3)
    const after = await ok(servers[0]!, "GET", `/admin/inventory-items/${item.id}?fields=id,*location_levels`, undefined, admin)
    const now = after.inventory_item.location_levels[0] as { stocked_quantity: number; reserved_quantity: number }
    expect(now.reserved_quantity).toBe(level.reserved_quantity + 3)
    expect(now.stocked_quantity - now.reserved_quantity).toBeGreaterThanOrEqual(0)
  })

  it("the same order.placed delivered twice more, through Redis to the worker, is counted once in the impact ledger", async () => {
    expect(firstOrder.id).toMatch(/^order_/)
    const impactOf = () =>
      ok(servers[1]!, "GET", `/store/orders/${firstOrder.id}/impact?email=${encodeURIComponent(firstOrder.email)}`) as Promise<{
        amount: number
        households: number
      }>
    // the worker has handled the order's own order.placed
    const counted = await eventually(impactOf, (i) => i.amount > 0)

    // deliver it twice more at once, from another process, through the Redis queue (waits until it drained)
    const bin = process.env.FUPIN_MEDUSA_BIN!
    await promisify(execFile)(bin, ["exec", "./src/scripts/replay-order-placed.js", firstOrder.id, firstOrder.id], {
      cwd: process.env.FUPIN_BACKEND_SERVER_DIR,
      env: { ...process.env, MEDUSA_WORKER_MODE: "server" },
      timeout: 90_000,
    })

    const again = await impactOf()
    expect(again.amount).toBe(counted.amount)
    expect(again.households).toBe(counted.households)
  })
})
