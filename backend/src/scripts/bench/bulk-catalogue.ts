import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, ProductStatus } from "@medusajs/framework/utils"
import { createInventoryLevelsWorkflow, createProductsWorkflow } from "@medusajs/medusa/core-flows"
import { reindexAllProducts } from "../../lib/search/reindex-all"
import { createCertificatesWorkflow } from "../../workflows/certification/create-certificates"
import { demoOffice } from "../demo/certified-catalogue"
import { linkProductsToSuppliers } from "../demo/suppliers"

/**
 * The benchmarks' generated catalogue (never part of the demo): for the bulk-order
 * benchmark (tests/bench/bulk-order-bench.mjs) BULK_BENCH_VARIANTS sellable variants
 * (default 2,000), BULK_BENCH_VARIANTS_PER_PRODUCT per product (default 5, at most 5);
 * for the catalogue benchmark (tests/bench/catalogue-bench.mjs) 10,000 products of one
 * variant each. Each product is certified, published, on the store's sales channel,
 * filed under a demo kind (in turn), supplied by a demo supplier of its county, with
 * plenty of stock, and in the search index. SKUs BULK-BENCH-00001-1 …; run on a
 * benchmark's own database only.
 */
const VARIANTS_PER_PRODUCT = Math.min(5, Math.max(1, Number(process.env.BULK_BENCH_VARIANTS_PER_PRODUCT ?? 5)))
const DAY = 24 * 3600_000
const COUNTIES = ["xundian", "luquan", "dongchuan"] as const
/** The county generated product n (from 1) comes from, in turn. */
const countyOf = (n: number) => COUNTIES[(n - 1) % COUNTIES.length]!
const SIZES = ["250克", "500克", "1公斤", "2.5公斤", "5公斤"].slice(0, VARIANTS_PER_PRODUCT)

export default async function bulkBenchCatalogue({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const wanted = Number(process.env.BULK_BENCH_VARIANTS ?? 2000)
  const products = Math.ceil(wanted / VARIANTS_PER_PRODUCT)

  const productService = container.resolve(Modules.PRODUCT)
  const existing = await productService.listProducts({ handle: `bulk-bench-${pad(1)}` }, { take: 1 })
  if (existing.length) {
    logger.info("bulk bench: catalogue already there")
    return
  }
  const [store] = await container.resolve(Modules.STORE).listStores()
  const [profile] = await container.resolve(Modules.FULFILLMENT).listShippingProfiles({ type: "default" })
  const [location] = await container.resolve(Modules.STOCK_LOCATION).listStockLocations({}, { take: 1 })
  if (!store?.default_sales_channel_id || !profile || !location) throw new Error("bulk bench: run on a database holding the demo")

  // the demo's kinds (categories under a group), each generated product filed under one in turn
  const kinds = (await productService.listProductCategories({}, { take: null, select: ["id", "parent_category_id"] })).filter((c) => c.parent_category_id)

  // a supplier per county: the one of a certified demo product there
  const { data: demo } = await query.graph({ entity: "product", fields: ["id", "supplier.id", "certificate.county_handle", "certificate.status"], filters: { status: ProductStatus.PUBLISHED } })
  type Row = { supplier?: { id: string } | null; certificate?: { county_handle?: string | null; status?: string } | null }
  const supplierOf = new Map<string, string>()
  for (const p of demo as unknown as Row[]) {
    const county = p.certificate?.county_handle
    if (county && p.supplier?.id && p.certificate?.status === "certified" && !supplierOf.has(county)) supplierOf.set(county, p.supplier.id)
  }

  const created: Array<{ id: string; county: string }> = []
  for (let start = 0; start < products; start += 100) {
    const batch = Array.from({ length: Math.min(100, products - start) }, (_, k) => start + k + 1)
    const { result } = await createProductsWorkflow(container).run({
      input: {
        products: batch.map((n) => ({
          title: `基准测试商品（示例${pad(n)}）`,
          handle: `bulk-bench-${pad(n)}`,
          status: ProductStatus.DRAFT,
          shipping_profile_id: profile.id,
          weight: 500,
          // the county a product comes from is in its metadata (what search and the storefront read)
          metadata: { bulk_bench: true, county_handle: countyOf(n) },
          options: [{ title: "规格", values: SIZES }],
          variants: SIZES.map((size, i) => ({
            title: size,
            sku: `BULK-BENCH-${pad(n)}-${i + 1}`,
            manage_inventory: true,
            options: { 规格: size },
            prices: [{ amount: 5 + ((n * 7 + i * 13) % 60), currency_code: "cny" }],
          })),
          sales_channels: [{ id: store.default_sales_channel_id! }],
          category_ids: kinds.length ? [kinds[n % kinds.length]!.id] : [],
        })),
      },
    })
    result.forEach((p, k) => created.push({ id: p.id, county: countyOf(start + k + 1) }))
  }

  const skus = created.flatMap((_, k) => SIZES.map((__, i) => `BULK-BENCH-${pad(k + 1)}-${i + 1}`))
  const items = await container.resolve(Modules.INVENTORY).listInventoryItems({ sku: skus }, { take: null, select: ["id"] })
  await createInventoryLevelsWorkflow(container).run({
    input: { inventory_levels: items.map((i) => ({ location_id: location.id, inventory_item_id: i.id, stocked_quantity: 1_000_000 })) },
  })
  await linkProductsToSuppliers(
    container,
    created.filter((p) => supplierOf.has(p.county)).map((p) => ({ product_id: p.id, supplier_id: supplierOf.get(p.county)! }))
  )
  const today = Date.now()
  await createCertificatesWorkflow(container).run({
    input: {
      actor: "bulk-bench",
      certificates: created.map((p, k) => ({
        product_id: p.id,
        number: `BENCH-2026-${pad(k + 1)}`,
        certifying_office: demoOffice(p.county),
        county_handle: p.county,
        supplier_id: supplierOf.get(p.county) ?? null,
        issued_at: new Date(today - 30 * DAY),
        expires_at: new Date(today + 700 * DAY),
        status: "certified",
        status_reason: null,
        demo: true,
      })),
    },
  })
  // medusa exec runs no subscribers: index the new products here
  await reindexAllProducts(container)
  logger.info(`bulk bench: ${created.length} products, ${items.length} sellable variants`)
}

function pad(n: number) {
  return String(n).padStart(5, "0")
}
