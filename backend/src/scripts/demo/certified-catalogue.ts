import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, ProductStatus } from "@medusajs/framework/utils"
import {
  createInventoryLevelsWorkflow,
  createProductsWorkflow,
  updateProductsWorkflow,
} from "@medusajs/medusa/core-flows"
import { countyByHandle } from "@fupin/shared"
import { createCertificatesWorkflow } from "../../workflows/certification/create-certificates"
import type { NewCertificateInput } from "../../workflows/certification/types"
import { DEMO_CATEGORIES, DEMO_PRODUCTS } from "./catalogue"
import { seedCategoryTree } from "./category-tree"
import {
  BASE_KIND_IMAGES,
  BASE_PRODUCT_FLAGS,
  certificatePlan,
  CERTIFIED_PRODUCTS,
  type CertifiedProductRow,
  demoOffice,
  EXTRA_KINDS,
  LIFECYCLE_PRODUCTS,
  NATIONAL_CATALOGUE,
  SHOWCASE_LABELS,
} from "./certified-catalogue-data"
import { linkProductsToSuppliers, pickDemoSupplier } from "./suppliers"

export { certificatePlan, CERTIFIED_PRODUCTS, demoOffice, EXTRA_KINDS, LIFECYCLE_PRODUCTS } from "./certified-catalogue-data"

/** docs/source-figures.md: 126 certified products over 38 kinds, 13 geographical indications. */
export const CERTIFIED_PRODUCT_TOTAL = DEMO_PRODUCTS.length + CERTIFIED_PRODUCTS.length
export const PRODUCT_KIND_TOTAL = DEMO_CATEGORIES.length + EXTRA_KINDS.length

/** A word of the supplier's trade (its legal name) that fits each product kind. */
const SUPPLIER_KEYWORDS: Record<string, string> = {
  noodles: "面条",
  rice: "水稻",
  "rice-noodles": "水稻",
  "beef-products": "肉牛",
  "coarse-grain": "杂粮",
  "tartary-buckwheat": "苦荞",
  potatoes: "马铃薯",
  vegetables: "蔬菜",
  nuts: "核桃",
  "bee-products": "蜂",
  mushrooms: "菌",
  "medicinal-herbs": "中药材",
  "sichuan-pepper": "花椒",
  condiments: "辣椒",
  "fresh-pork": "生猪",
  "cured-pork": "生猪",
  flowers: "花卉",
  "potted-flowers": "花卉",
  "edible-flowers": "花卉",
  pastries: "花卉",
  "fresh-fruit": "水果",
  "dried-fruit": "水果",
  dairy: "乳饼",
  tea: "茶叶",
}

const WAREHOUSE_NAME = "昆明市消费扶贫集配中心"

function metadataOf(row: CertifiedProductRow) {
  const gi = row.flags.includes("gi")
  const showcase = row.flags.includes("showcase")
  return {
    county_handle: row.county_handle,
    township: row.township,
    title_en: row.title_en,
    description_en: `${row.title_en}: a certified poverty-alleviation product from ${countyByHandle(row.county_handle)?.name_en}. Demo product.`,
    kind: row.kind,
    gi,
    ...(gi ? { gi_label: "地理标志（示例）" } : {}),
    ...(showcase ? { showcase: SHOWCASE_LABELS[row.county_handle] } : {}),
    demo: true,
  }
}

function descriptionOf(row: CertifiedProductRow): string {
  const county = countyByHandle(row.county_handle)
  const place = `${county?.name_zh ?? ""}${row.township ?? ""}`
  return `产自${place}的${row.title}，由当地供应商组织农户生产、统一分拣包装。认定扶贫产品，包装上的二维码可核验认定证书。（示例商品）`
}

/** Two sizes for every third product: a single pack and a family pack of two. */
function variantsOf(row: CertifiedProductRow, index: number) {
  const sku = row.handle.toUpperCase()
  const stock = 60 + ((index * 53) % 25) * 20
  const single = { title: row.unit, sku: `${sku}-1`, price: row.price, stock, weight_g: row.weight_g }
  if (index % 3 !== 0) return [single]
  const familyPrice = Math.round(row.price * 1.9 * 10) / 10
  return [single, { title: `${row.unit}×2`, sku: `${sku}-2`, price: familyPrice, stock: Math.round(stock / 2), weight_g: row.weight_g * 2 }]
}

/**
 * Loads the certified catalogue after catalogue.ts's 10 products: 116 certified
 * products (in the 38 kinds of the category tree) and the lifecycle examples,
 * each linked to a supplier of its county and to its certificate; stock at the
 * warehouse. Idempotent by product handle and existing links.
 */
export async function seedCertifiedCatalogue(container: MedusaContainer) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const productService = container.resolve(Modules.PRODUCT)
  const inventoryService = container.resolve(Modules.INVENTORY)
  const stockLocationService = container.resolve(Modules.STOCK_LOCATION)
  const fulfillmentService = container.resolve(Modules.FULFILLMENT)
  const storeService = container.resolve(Modules.STORE)

  // Product kinds: the leaves of the category tree (category-tree.ts, seeded before the products)
  const allKinds = [
    ...DEMO_CATEGORIES.map((c) => ({ ...c, image: BASE_KIND_IMAGES[c.handle] ?? "placeholder" })),
    ...EXTRA_KINDS,
  ]
  const categoryIds = await seedCategoryTree(container)
  const categoryId = (handle: string) => {
    const found = categoryIds.get(handle)
    if (!found) throw new Error(`demo category ${handle} missing`)
    return found
  }
  const imageOf = (kind: string) => `/images/products/${allKinds.find((k) => k.handle === kind)?.image ?? "placeholder"}.svg`

  // Products
  const [store] = await storeService.listStores()
  const salesChannelId = store?.default_sales_channel_id
  const [shippingProfile] = await fulfillmentService.listShippingProfiles({ type: "default" })
  const [location] =
    (await stockLocationService.listStockLocations({ name: WAREHOUSE_NAME })).concat(await stockLocationService.listStockLocations({}, { take: 1 }))
  if (!salesChannelId || !shippingProfile || !location) throw new Error("seedCertifiedCatalogue runs after the store, shipping and warehouse exist")

  const rows = [...CERTIFIED_PRODUCTS, ...LIFECYCLE_PRODUCTS]
  const existing = await productService.listProducts({ handle: rows.map((r) => r.handle) }, { take: null, select: ["id", "handle"] })
  const missing = rows.filter((r) => !existing.some((e) => e.handle === r.handle))
  if (missing.length) {
    const { result } = await createProductsWorkflow(container).run({
      input: {
        products: missing.map((row) => {
          const index = rows.indexOf(row)
          const variants = variantsOf(row, index)
          const image = imageOf(row.kind)
          return {
            title: row.title,
            subtitle: `${countyByHandle(row.county_handle)?.short_zh ?? ""}${row.township ? ` · ${row.township}` : ""} · 认定扶贫产品`,
            description: descriptionOf(row),
            handle: row.handle,
            // published once its certificate is valid (the certificate workflow decides)
            status: ProductStatus.DRAFT,
            thumbnail: image,
            images: [{ url: image }],
            category_ids: [categoryId(row.kind)],
            shipping_profile_id: shippingProfile.id,
            weight: row.weight_g,
            origin_country: "cn",
            metadata: metadataOf(row),
            options: [{ title: "规格", values: variants.map((v) => v.title) }],
            variants: variants.map((v) => ({
              title: v.title,
              sku: v.sku,
              weight: v.weight_g,
              manage_inventory: true,
              options: { 规格: v.title },
              prices: [{ amount: v.price, currency_code: "cny" }],
            })),
            sales_channels: [{ id: salesChannelId }],
          }
        }),
      },
    })
    logger.info(`demo: ${result.length} certified-catalogue products`)
  }

  // Stock at the warehouse for every catalogue variant that has none there yet
  const stock = new Map(rows.flatMap((r) => variantsOf(r, rows.indexOf(r)).map((v) => [v.sku, v.stock] as const)))
  const items = await inventoryService.listInventoryItems({ sku: [...stock.keys()] }, { take: null, select: ["id", "sku"] })
  const levels = await inventoryService.listInventoryLevels(
    { location_id: location.id, inventory_item_id: items.map((i) => i.id) },
    { take: null, select: ["inventory_item_id"] }
  )
  const stocked = new Set(levels.map((l) => l.inventory_item_id))
  const toStock = items.filter((i) => !stocked.has(i.id))
  if (toStock.length) {
    await createInventoryLevelsWorkflow(container).run({
      input: {
        inventory_levels: toStock.map((item) => ({
          location_id: location.id,
          inventory_item_id: item.id,
          stocked_quantity: stock.get(item.sku ?? "") ?? 0,
        })),
      },
    })
  }

  // Flags on catalogue.ts's 10 products: featured, geographical indication, showcase, kind
  const baseProducts = await productService.listProducts(
    { handle: DEMO_PRODUCTS.map((p) => p.handle) },
    { take: null, select: ["id", "handle", "metadata"] }
  )
  const baseUpdates = baseProducts
    .filter((p) => p.metadata?.kind === undefined)
    .map((p) => {
      const flags = BASE_PRODUCT_FLAGS[p.handle ?? ""] ?? {}
      const demo = DEMO_PRODUCTS.find((d) => d.handle === p.handle)!
      return {
        id: p.id,
        metadata: {
          ...(p.metadata ?? {}),
          kind: demo.category,
          gi: flags.gi ?? false,
          ...(flags.gi ? { gi_label: "地理标志（示例）" } : {}),
          ...(flags.featured ? { featured: true, national_catalogue: NATIONAL_CATALOGUE } : {}),
          ...(flags.showcase ? { showcase: SHOWCASE_LABELS[demo.county_handle] } : {}),
        },
      }
    })
  if (baseUpdates.length) await updateProductsWorkflow(container).run({ input: { products: baseUpdates } })

  // Suppliers: each product to an approved demo enterprise of its county whose trade fits the kind
  const plan = certificatePlan()
  const rowOf = new Map([...DEMO_PRODUCTS.map((p) => [p.handle, { township: p.township, kind: p.category }] as const), ...rows.map((r) => [r.handle, { township: r.township, kind: r.kind }] as const)])
  const readProducts = async () => {
    const { data } = await query.graph({
      entity: "product",
      fields: ["id", "handle", "supplier.id", "certificate.id"],
      filters: { handle: plan.map((p) => p.handle) },
    })
    type Row = { id: string; handle: string; supplier?: { id: string } | Array<{ id: string }> | null; certificate?: { id: string } | null }
    return new Map((data as unknown as Row[]).map((p) => [p.handle, p]))
  }
  let byHandle = await readProducts()
  const pairs: Array<{ product_id: string; supplier_id: string }> = []
  for (const [i, c] of plan.entries()) {
    const product = byHandle.get(c.handle)
    if (!product || (Array.isArray(product.supplier) ? product.supplier.length : product.supplier)) continue
    const row = rowOf.get(c.handle)
    pairs.push({
      product_id: product.id,
      supplier_id: await pickDemoSupplier(container, {
        county_handle: c.county_handle,
        township: row?.township ?? null,
        keyword: SUPPLIER_KEYWORDS[row?.kind ?? ""] ?? null,
        index: i,
      }),
    })
  }
  await linkProductsToSuppliers(container, pairs)
  byHandle = await readProducts()
  const supplierOf = (handle: string) => {
    const s = byHandle.get(handle)?.supplier
    return (Array.isArray(s) ? s[0]?.id : s?.id) ?? null
  }

  // Certificates, with their audit trails; the workflow publishes the products whose certificate is valid
  const toCertify: NewCertificateInput[] = plan
    .filter((c) => byHandle.get(c.handle) && !byHandle.get(c.handle)!.certificate)
    .map((c) => ({
      product_id: byHandle.get(c.handle)!.id,
      number: c.number,
      certifying_office: demoOffice(c.county_handle),
      county_handle: c.county_handle,
      supplier_id: supplierOf(c.handle),
      issued_at: c.issued_at,
      expires_at: c.expires_at,
      evidence: [
        { title: "产品质量检验报告（示例）", url: `https://example.invalid/demo-evidence/${c.number}/inspection.pdf` },
        { title: "带贫益贫情况证明（示例）", url: `https://example.invalid/demo-evidence/${c.number}/linkage.pdf` },
      ],
      status: c.status,
      status_reason: c.status_reason,
      demo: true,
    }))
  if (toCertify.length) {
    await createCertificatesWorkflow(container).run({ input: { certificates: toCertify, actor: "seed-demo" } })
    logger.info(`demo: ${toCertify.length} product certificates`)
  }
}
