/**
 * Test helpers that shop the way the storefront does: through the store API
 * with the demo publishable key, and the admin API with the demo admin login.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { creditCodeCheckChar } from "@fupin/shared"
import { DEMO_ADMIN, STOREFRONT_KEY_TITLE } from "../../src/scripts/seed-demo"
import { DEMO_SUPPLIER_OWNER } from "../../src/scripts/demo/supplier-portal"

// The test runner's axios-like client.
export type Api = {
  get: (url: string, config?: object) => Promise<{ status: number; data: any }>
  post: (url: string, body?: unknown, config?: object) => Promise<{ status: number; data: any }>
}

export async function storeHeaders(container: MedusaContainer) {
  const [key] = await container.resolve(Modules.API_KEY).listApiKeys({ title: STOREFRONT_KEY_TITLE })
  if (!key) throw new Error("seed the demo data first: no storefront publishable key")
  return { headers: { "x-publishable-api-key": key.token } }
}

export async function adminHeaders(api: Api) {
  const login = await api.post("/auth/user/emailpass", DEMO_ADMIN)
  return { headers: { authorization: `Bearer ${login.data.token}` } }
}

/** An answer of the test runner's client, as the tests read it. */
export type Res = { status: number; data: any; headers: Record<string, string | string[] | undefined> }

/** A refused request (4xx/5xx) as its answer instead of a throw; a request that got no answer still throws. */
export function call<T extends { status: number; data: any } = Res>(p: Promise<unknown>): Promise<T> {
  return (p as Promise<T>).catch((e: { response?: T }) => {
    if (!e.response) throw e
    return e.response
  })
}

/** A shipping address in Chinese format. */
export const KUNMING_ADDRESS = {
  first_name: "测试",
  last_name: "顾客",
  phone: "13800000000",
  address_1: "五华区 示例路1号",
  city: "昆明市",
  province: "云南省",
  postal_code: "650000",
  country_code: "cn",
}

/** Looks up a demo variant by product handle and variant title. */
export async function variantId(api: Api, store: object, handle: string, title?: string) {
  const res = await api.get(`/store/products?handle=${handle}&fields=id,variants.id,variants.title`, store)
  const product = res.data.products[0]
  if (!product) throw new Error(`no product ${handle}`)
  const variant = title ? product.variants.find((v: { title: string }) => v.title === title) : product.variants[0]
  return variant.id as string
}

/** Cart → line items → address → shipping → demo payment → order. Returns the order. */
export async function placeOrder(
  api: Api,
  store: { headers: Record<string, string> },
  lines: Array<{ variant_id: string; quantity: number }>,
  options: { email?: string | null; metadata?: Record<string, unknown>; auth?: Record<string, string>; address?: Partial<typeof KUNMING_ADDRESS> } = {}
) {
  const headers = { ...store.headers, ...(options.auth ?? {}) }
  const regions = await api.get("/store/regions", { headers })
  const region = regions.data.regions.find((r: { currency_code: string }) => r.currency_code === "cny")
  const cart = (
    await api.post(
      "/store/carts",
      // email null: a guest who gave only a mobile (the checkout's e-mail is optional)
      { region_id: region.id, ...(options.email === null ? {} : { email: options.email ?? "shopper@example.com" }), metadata: options.metadata },
      { headers }
    )
  ).data.cart
  for (const line of lines) await api.post(`/store/carts/${cart.id}/line-items`, line, { headers })
  const address = { ...KUNMING_ADDRESS, ...options.address }
  await api.post(`/store/carts/${cart.id}`, { shipping_address: address, billing_address: address }, { headers })
  const options_ = await api.get(`/store/shipping-options?cart_id=${cart.id}`, { headers })
  // Home delivery by its type code: the store also offers station pickup, which needs a station.
  const home = options_.data.shipping_options.find((o: { type?: { code?: string } }) => o.type?.code === "home-delivery")
  await api.post(`/store/carts/${cart.id}/shipping-methods`, { option_id: home.id }, { headers })
  const collection = (await api.post("/store/payment-collections", { cart_id: cart.id }, { headers })).data.payment_collection
  await api.post(`/store/payment-collections/${collection.id}/payment-sessions`, { provider_id: "pp_system_default" }, { headers })
  const done = await api.post(`/store/carts/${cart.id}/complete`, {}, { headers })
  if (done.data.type !== "order") throw new Error(`cart did not complete: ${JSON.stringify(done.data.error ?? done.data)}`)
  return done.data.order as { id: string; total: number; items: Array<{ id: string; product_id: string }> }
}

/** Waits until a condition holds: subscribers run after the request that emitted the event. */
export async function eventually<T>(read: () => Promise<T>, ok: (value: T) => boolean, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs
  let value = await read()
  while (!ok(value)) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms; last value: ${JSON.stringify(value)}`)
    await new Promise((r) => setTimeout(r, 100))
    value = await read()
  }
  return value
}

let creditCodes = 0
/** A fresh, valid unified social credit code of a 寻甸 cooperative (the 18th character is the check), unique per call. */
export function freshCreditCode(): string {
  const first17 = `9353012${String(Date.now() % 1e6).padStart(6, "0")}${String(creditCodes++).padStart(4, "0")}`.slice(0, 17)
  return first17 + creditCodeCheckChar(first17)
}

/**
 * The demo supplier 01 (寻甸牛干巴's) ships one unit of its first line of an order through
 * the producer portal's API, with lot, village, courier and `tracking`; returns the answer.
 */
export async function shipFirstLineAsDemoSupplier(api: Api, orderId: string, tracking: string) {
  return shipAsDemoSupplier(api, orderId, tracking, (lines) => [{ line_item_id: lines[0]!.id, quantity: 1 }])
}

/** The demo supplier ships every line of its part of an order, in full, by 中国邮政. */
export async function shipAllAsDemoSupplier(api: Api, orderId: string, tracking: string) {
  return shipAsDemoSupplier(api, orderId, tracking, (lines) => lines.map((l) => ({ line_item_id: l.id, quantity: l.quantity })))
}

type SupplierLine = { id: string; quantity: number }

async function shipAsDemoSupplier(
  api: Api,
  orderId: string,
  tracking: string,
  items: (lines: SupplierLine[]) => Array<{ line_item_id: string; quantity: number }>
) {
  const supplier = (await api.post("/auth/supplier/emailpass", { email: DEMO_SUPPLIER_OWNER.email, password: DEMO_SUPPLIER_OWNER.password })).data.token as string
  const bearer = { headers: { authorization: `Bearer ${supplier}` } }
  const { order: mine } = (await api.get(`/supplier/orders/${orderId}`, bearer)).data
  return call(
    api.post(
      `/supplier/orders/${orderId}/fulfillments`,
      { items: items(mine.lines), lot_number: "XD-2026-12", origin_village: "寻甸县柯渡镇 示例01村", carrier: "中国邮政", tracking_number: tracking },
      bearer
    )
  )
}
