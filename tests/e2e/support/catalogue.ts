import { readdirSync, readFileSync } from "node:fs"
import { join } from "node:path"
import { expect, type Page } from "@playwright/test"
import { api, login, publishableKey } from "./backend"

/**
 * The catalogue-cache journeys' way to the demo's products and the operator's changes
 * (catalogue-cache.spec.ts). Products are read from /store/products asking for every
 * field the journeys read (the certificate's and the supplier's are links: without
 * `+certificate.*` / `+supplier.*` they are not in the answer).
 */

export type StoreProduct = {
  id: string
  handle: string
  title: string
  variants: Array<{ id: string; inventory_quantity?: number | null; calculated_price?: { calculated_amount?: number | null; original_amount?: number | null } | null }>
  certificate?: { number?: string; status?: string } | null
  supplier?: { id?: string; name?: string } | null
}

/** A link comes back as one record or a list of one. */
const one = <T>(value: T | T[] | null | undefined): T | null => (Array.isArray(value) ? (value[0] ?? null) : (value ?? null))

const STORE_FIELDS = [
  "id",
  "handle",
  "title",
  "*variants.calculated_price",
  "+variants.inventory_quantity",
  "+certificate.number",
  "+certificate.status",
  "+supplier.id",
  "+supplier.name",
  // the store shows a supplier only when it can see that it is approved (middlewares/certification.ts)
  "+supplier.status",
].join(",")

/** The published catalogue as a shopper's page reads it (prices in the CNY region, stock, certificate, supplier). */
export async function storeProducts(): Promise<StoreProduct[]> {
  const key = await publishableKey()
  const { regions } = await api<{ regions: Array<{ id: string; currency_code: string }> }>("/store/regions", { key })
  const region = regions.find((r) => r.currency_code === "cny")!
  const all: StoreProduct[] = []
  for (let offset = 0; ; offset += 100) {
    const page = await api<{ products: StoreProduct[]; count: number }>(
      `/store/products?limit=100&offset=${offset}&order=id&region_id=${region.id}&fields=${encodeURIComponent(STORE_FIELDS)}`,
      { key }
    )
    all.push(...page.products.map((p) => ({ ...p, certificate: one(p.certificate), supplier: one(p.supplier) })))
    if (offset + 100 >= page.count) return all
  }
}

/** Every spec's text: a product named (by handle or title) in another journey is left alone. */
const otherSpecs = readdirSync(join(__dirname, ".."))
  .filter((f) => f.endsWith(".spec.ts") && f !== "catalogue-cache.spec.ts")
  .map((f) => readFileSync(join(__dirname, "..", f), "utf8"))
  .join("\n")

/**
 * Certified products with an approved supplier that no other journey names, and whose
 * supplier sells none of the named ones: this file may change them without another
 * journey noticing (it puts back all it changes: a price, stock, a supplier's suspension;
 * the certificate it revokes is of its own product, newCertifiedProduct).
 * In stock, each variant at its list price (no sale), so a price and a sell-out show.
 */
export async function productsToChange(): Promise<StoreProduct[]> {
  const products = await storeProducts()
  const named = products.filter((p) => otherSpecs.includes(p.handle) || otherSpecs.includes(p.title))
  const namedSuppliers = new Set(named.map((p) => p.supplier?.id).filter(Boolean))
  return products.filter(
    (p) =>
      !named.includes(p) &&
      p.certificate?.status === "certified" &&
      !!p.supplier?.id &&
      !namedSuppliers.has(p.supplier.id) &&
      p.variants.length > 0 &&
      p.variants.every((v) => (v.inventory_quantity ?? 0) > 0 && v.calculated_price?.calculated_amount === v.calculated_price?.original_amount)
  )
}

export const operator = () => login("user", "admin@fupin.local")

/**
 * Opens `path` until `check` passes: the backend tells the storefront in a subscriber,
 * just after the change's request has answered, so the first reload may come too early.
 */
export async function reloadUntil(page: Page, path: string, check: () => Promise<void>) {
  await expect(async () => {
    await page.goto(path)
    await check()
  }).toPass({ timeout: 30_000 })
}

/** The page's answer came from Next's cache rules for static pages, not `no-store` per request. */
export async function openCached(page: Page, path: string) {
  const res = await page.goto(path)
  expect(res?.status()).toBe(200)
  const cacheControl = res?.headers()["cache-control"] ?? ""
  expect(cacheControl, `${path}: Cache-Control`).not.toMatch(/no-store|private/)
  return res!
}

type AdminPrice = { id: string; amount: number; currency_code: string }

/** Sets the CNY price of a variant (in yuan), keeping its other prices; returns the price it had. */
export async function setVariantPrice(productId: string, variantId: string, amount: number): Promise<number> {
  const token = await operator()
  const { variant } = await api<{ variant: { prices: AdminPrice[] } }>(
    `/admin/products/${productId}/variants/${variantId}?fields=id,*prices`,
    { token }
  )
  const cny = variant.prices.find((p) => p.currency_code === "cny")!
  await api(`/admin/products/${productId}/variants/${variantId}`, {
    token,
    body: { prices: variant.prices.map((p) => ({ id: p.id, currency_code: p.currency_code, amount: p.id === cny.id ? amount : p.amount })) },
  })
  return cny.amount
}

type Level = { location_id: string; stocked_quantity: number; reserved_quantity: number }

/**
 * Sets every variant of a product to nothing left to sell (stocked = reserved at each
 * location) through Medusa's admin stock route; returns a function that puts the stock back.
 */
export async function sellOut(productId: string): Promise<() => Promise<void>> {
  const token = await operator()
  const { product } = await api<{ product: { variants: Array<{ inventory_items?: Array<{ inventory_item_id: string }> }> } }>(
    `/admin/products/${productId}?fields=id,variants.id,variants.inventory_items.inventory_item_id`,
    { token }
  )
  const before: Array<{ item: string; level: Level }> = []
  for (const variant of product.variants) {
    for (const { inventory_item_id: item } of variant.inventory_items ?? []) {
      const { inventory_levels } = await api<{ inventory_levels: Level[] }>(`/admin/inventory-items/${item}/location-levels`, { token })
      for (const level of inventory_levels) {
        before.push({ item, level })
        await api(`/admin/inventory-items/${item}/location-levels/${level.location_id}`, { token, body: { stocked_quantity: level.reserved_quantity } })
      }
    }
  }
  expect(before.length, "the product's variants have stock levels").toBeGreaterThan(0)
  return async () => {
    const again = await operator()
    for (const { item, level } of before) {
      await api(`/admin/inventory-items/${item}/location-levels/${level.location_id}`, { token: again, body: { stocked_quantity: level.stocked_quantity } })
    }
  }
}

export async function supplierAction(id: string, action: "suspend" | "reinstate", note?: string) {
  await api(`/admin/suppliers/${id}/${action}`, { token: await operator(), body: note ? { note } : {} })
}

/**
 * A product of this journey's own, on sale with a certificate: what a revocation (which
 * cannot be undone) may take out of the shop without another journey losing a product it
 * finds by a search or a filter. No supplier, a made-up certificate number (CACHE-…).
 */
export async function newCertifiedProduct(): Promise<StoreProduct> {
  const token = await operator()
  const stamp = `${Date.now()}`.slice(-9)
  const { stores } = await api<{ stores: Array<{ default_sales_channel_id: string }> }>("/admin/stores?fields=id,default_sales_channel_id", { token })
  const { shipping_profiles } = await api<{ shipping_profiles: Array<{ id: string }> }>("/admin/shipping-profiles?type=default", { token })
  const { product } = await api<{ product: { id: string } }>("/admin/products", {
    token,
    body: {
      title: `缓存测试商品 ${stamp}`,
      handle: `cache-test-${stamp}`,
      status: "draft",
      sales_channels: [{ id: stores[0]!.default_sales_channel_id }],
      shipping_profile_id: shipping_profiles[0]!.id,
      options: [{ title: "规格", values: ["500g"] }],
      variants: [{ title: "500g", options: { 规格: "500g" }, manage_inventory: false, prices: [{ amount: 20, currency_code: "cny" }] }],
    },
  })
  const today = new Date().toISOString().slice(0, 10)
  const nextYear = new Date(Date.now() + 365 * 86_400_000).toISOString().slice(0, 10)
  const { certificate } = await api<{ certificate: { id: string } }>("/admin/certifications", {
    token,
    body: { product_id: product.id, number: `CACHE-2026-${stamp}`, certifying_office: "测试认定机构（缓存测试）", county_handle: "xundian", issued_at: today, expires_at: nextYear },
  })
  await api(`/admin/certifications/${certificate.id}/certify`, { token, body: {} })
  let onSale: StoreProduct | undefined
  await expect(async () => {
    onSale = (await storeProducts()).find((p) => p.id === product.id)
    expect(onSale?.certificate?.status, "the new product on sale with its certificate").toBe("certified")
  }).toPass({ timeout: 15_000 })
  return onSale!
}
