import { writeFileSync, mkdirSync } from "node:fs"
import { dirname } from "node:path"
import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, ProductStatus } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createInventoryLevelsWorkflow,
  createProductsWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  createTaxRegionsWorkflow,
  createUserAccountWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
  updateStoresWorkflow,
} from "@medusajs/medusa/core-flows"
import { DEMO_PRODUCTS } from "./demo/catalogue"
import { placeDemoProductsInKinds, seedCategoryTree } from "./demo/category-tree"
import { seedCertifiedCatalogue } from "./demo/certified-catalogue"
import { seedGeography } from "./demo/geography"
import { uploadDemoImages } from "./demo/images"
import { seedCheckout } from "./demo/pickup"
import { seedInstitutions } from "./demo/institutions"
import { seedInstitutionMembers } from "./demo/institution-members"
import { seedInstitutionPrices } from "./demo/institution-prices"
import { seedServiceStations } from "./demo/service-stations"
import { seedSupplierPortal } from "./demo/supplier-portal"
import { linkDemoProductsToSuppliers, seedSuppliers } from "./demo/suppliers"
import { reindexAllProducts } from "../lib/search/reindex-all"

/**
 * Loads the demo marketplace. Idempotent: every step looks for what it would
 * create first, so a second `npm start` adds nothing.
 *
 * Environment: FUPIN_PUBLISHABLE_KEY_FILE — where to write the storefront's
 * publishable key so that nobody copies it by hand.
 */

export const DEMO_ADMIN = { email: "admin@fupin.local", password: "fupin-demo" } as const
export const STOREFRONT_KEY_TITLE = "昆明消费扶贫商城 storefront"
const SALES_CHANNEL_NAME = "Default Sales Channel"
const WAREHOUSE_NAME = "昆明市消费扶贫集配中心"
/**
 * Home delivery's bulk rule: a parcel costs ¥10; from ¥10,000 of goods (a canteen's order)
 * delivery is free. It is a conditional price of the shipping option on the
 * cart's goods (Medusa's `item_total` price rule), so the operator changes both figures in the
 * admin (Settings → Locations & Shipping → the warehouse → 快递到家 → Edit prices:
 * a conditional price on the item total).
 */
export const HOME_DELIVERY = { fee: 10, free_from: 10_000 } as const
const freeDelivery = [{ attribute: "item_total", operator: "gte" as const, value: HOME_DELIVERY.free_from }]

export default async function seedDemo({ container }: ExecArgs) {
  if (process.env.NODE_ENV === "production" && process.env.FUPIN_ALLOW_DEMO !== "true") {
    throw new Error("seed-demo refuses to run in production: it creates a demo admin login. Set FUPIN_ALLOW_DEMO=true for a demo deployment.")
  }
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const storeService = container.resolve(Modules.STORE)
  const salesChannelService = container.resolve(Modules.SALES_CHANNEL)
  const regionService = container.resolve(Modules.REGION)
  const taxService = container.resolve(Modules.TAX)
  const stockLocationService = container.resolve(Modules.STOCK_LOCATION)
  const fulfillmentService = container.resolve(Modules.FULFILLMENT)
  const apiKeyService = container.resolve(Modules.API_KEY)
  const productService = container.resolve(Modules.PRODUCT)
  const inventoryService = container.resolve(Modules.INVENTORY)
  const userService = container.resolve(Modules.USER)
  const authService = container.resolve(Modules.AUTH)

  // The marketplace's own domains, in dependency order
  await seedGeography(container)
  await seedInstitutions(container)
  await seedInstitutionMembers(container)
  await seedServiceStations(container)
  await seedSuppliers(container)

  // Sales channel and store currency
  let [salesChannel] = await salesChannelService.listSalesChannels({ name: SALES_CHANNEL_NAME })
  if (!salesChannel) {
    const { result } = await createSalesChannelsWorkflow(container).run({
      input: { salesChannelsData: [{ name: SALES_CHANNEL_NAME }] },
    })
    salesChannel = result[0]!
  }
  const [store] = await storeService.listStores()
  if (!store) throw new Error("Medusa created no store; run `medusa db:migrate` first")
  await updateStoresWorkflow(container).run({
    input: {
      selector: { id: store.id },
      update: {
        name: "昆明消费扶贫馆",
        supported_currencies: [{ currency_code: "cny", is_default: true }],
        default_sales_channel_id: salesChannel.id,
      },
    },
  })

  // Region 中国 and its tax region
  let [region] = await regionService.listRegions({ currency_code: "cny" })
  if (!region) {
    const { result } = await createRegionsWorkflow(container).run({
      input: {
        regions: [
          { name: "中国", currency_code: "cny", countries: ["cn"], payment_providers: ["pp_system_default"] },
        ],
      },
    })
    region = result[0]!
    logger.info(`demo: region 中国 (${region.id})`)
  }
  const taxRegions = await taxService.listTaxRegions({ country_code: "cn" })
  if (!taxRegions.length) {
    await createTaxRegionsWorkflow(container).run({ input: [{ country_code: "cn", provider_id: "tp_system" }] })
  }

  // Warehouse, fulfilment and shipping
  let [location] = await stockLocationService.listStockLocations({ name: WAREHOUSE_NAME })
  if (!location) {
    const { result } = await createStockLocationsWorkflow(container).run({
      input: {
        locations: [
          {
            name: WAREHOUSE_NAME,
            address: { address_1: "官渡区 昆明国际农产品交易中心（示例）", city: "昆明市", province: "云南省", country_code: "cn" },
          },
        ],
      },
    })
    location = result[0]!
    await link.create({
      [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
      [Modules.FULFILLMENT]: { fulfillment_provider_id: "manual_manual" },
    })
    await linkSalesChannelsToStockLocationWorkflow(container).run({
      input: { id: location.id, add: [salesChannel.id] },
    })
  }

  let [shippingProfile] = await fulfillmentService.listShippingProfiles({ type: "default" })
  if (!shippingProfile) {
    const { result } = await createShippingProfilesWorkflow(container).run({
      input: { data: [{ name: "Default Shipping Profile", type: "default" }] },
    })
    shippingProfile = result[0]!
  }

  const fulfillmentSetName = `${WAREHOUSE_NAME} 配送`
  let [fulfillmentSet] = await fulfillmentService.listFulfillmentSets(
    { name: fulfillmentSetName },
    { relations: ["service_zones"] }
  )
  if (!fulfillmentSet) {
    fulfillmentSet = await fulfillmentService.createFulfillmentSets({
      name: fulfillmentSetName,
      type: "shipping",
      service_zones: [{ name: "中国大陆", geo_zones: [{ country_code: "cn", type: "country" }] }],
    })
    await link.create({
      [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
      [Modules.FULFILLMENT]: { fulfillment_set_id: fulfillmentSet.id },
    })
    await createShippingOptionsWorkflow(container).run({
      input: [
        {
          name: "快递到家",
          price_type: "flat",
          provider_id: "manual_manual",
          service_zone_id: fulfillmentSet.service_zones[0]!.id,
          shipping_profile_id: shippingProfile.id,
          type: { label: "快递到家", description: "昆明市内次日达，省内 2–3 天", code: "home-delivery" },
          prices: [
            { currency_code: "cny", amount: HOME_DELIVERY.fee },
            { region_id: region.id, amount: HOME_DELIVERY.fee },
            { currency_code: "cny", amount: 0, rules: freeDelivery },
            { region_id: region.id, amount: 0, rules: freeDelivery },
          ],
          rules: [
            { attribute: "enabled_in_store", value: "true", operator: "eq" },
            { attribute: "is_return", value: "false", operator: "eq" },
          ],
        },
      ],
    })
  }

  await seedCheckout(container, { location: { id: location.id, name: WAREHOUSE_NAME }, serviceZoneId: fulfillmentSet.service_zones[0]!.id, shippingProfileId: shippingProfile.id, regionId: region.id })

  // Publishable key for the storefront
  let apiKey = (await apiKeyService.listApiKeys({ title: STOREFRONT_KEY_TITLE, type: "publishable" })).find(
    (k) => !k.revoked_at
  )
  if (!apiKey) {
    const { result } = await createApiKeysWorkflow(container).run({
      input: { api_keys: [{ title: STOREFRONT_KEY_TITLE, type: "publishable", created_by: "seed-demo" }] },
    })
    apiKey = result[0]!
    await linkSalesChannelsToApiKeyWorkflow(container).run({
      input: { id: apiKey.id, add: [salesChannel.id] },
    })
  }
  const keyFile = process.env.FUPIN_PUBLISHABLE_KEY_FILE
  if (keyFile) {
    mkdirSync(dirname(keyFile), { recursive: true })
    writeFileSync(keyFile, apiKey.token, { mode: 0o600 })
  }

  // Categories: groups and product kinds (demo/category-tree.ts)
  const categoryIds = await seedCategoryTree(container)
  const categoryId = (handle: string) => {
    const found = categoryIds.get(handle)
    if (!found) throw new Error(`demo category ${handle} missing`)
    return found
  }

  // Products
  const existingProducts = await productService.listProducts({ handle: DEMO_PRODUCTS.map((p) => p.handle) })
  const missingProducts = DEMO_PRODUCTS.filter((p) => !existingProducts.some((e) => e.handle === p.handle))
  if (missingProducts.length) {
    const { result: created } = await createProductsWorkflow(container).run({
      input: {
        products: missingProducts.map((p) => ({
          title: p.title,
          subtitle: p.subtitle,
          description: p.description,
          handle: p.handle,
          status: ProductStatus.PUBLISHED,
          thumbnail: p.image,
          images: [{ url: p.image }],
          category_ids: [categoryId(p.category)],
          shipping_profile_id: shippingProfile.id,
          weight: p.variants[0]!.weight_g,
          origin_country: "cn",
          metadata: {
            county_handle: p.county_handle,
            township: p.township,
            title_en: p.title_en,
            description_en: p.description_en,
            demo: true,
          },
          options: [{ title: "规格", values: p.variants.map((v) => v.title) }],
          variants: p.variants.map((v) => ({
            title: v.title,
            sku: v.sku,
            weight: v.weight_g,
            manage_inventory: true,
            options: { 规格: v.title },
            prices: [{ amount: v.price, currency_code: "cny" }],
          })),
          sales_channels: [{ id: salesChannel.id }],
        })),
      },
    })

    const skus = new Map(missingProducts.flatMap((p) => p.variants.map((v) => [v.sku, v.stock] as const)))
    const items = await inventoryService.listInventoryItems({ sku: [...skus.keys()] })
    await createInventoryLevelsWorkflow(container).run({
      input: {
        inventory_levels: items.map((item) => ({
          location_id: location.id,
          inventory_item_id: item.id,
          stocked_quantity: skus.get(item.sku ?? "") ?? 0,
        })),
      },
    })
    logger.info(`demo: ${created.length} products`)
  }
  await linkDemoProductsToSuppliers(container)
  await seedCertifiedCatalogue(container)
  await placeDemoProductsInKinds(container, categoryIds)
  await seedSupplierPortal(container)
  // institutions' customer groups and the demo price lists (after the products they price)
  await seedInstitutionPrices(container)
  // the pictures through Medusa's file module, at absolute URLs any Medusa client can show
  await uploadDemoImages(container)
  // Product search: index the catalogue now so that `npm start` serves search at once
  await reindexAllProducts(container)

  // Demo admin login — demo data only
  const [admin] = await userService.listUsers({ email: DEMO_ADMIN.email })
  if (!admin) {
    const { authIdentity, error } = await authService.register("emailpass", {
      body: { email: DEMO_ADMIN.email, password: DEMO_ADMIN.password },
    })
    if (error || !authIdentity) throw new Error(`demo admin: ${error ?? "no auth identity"}`)
    await createUserAccountWorkflow(container).run({
      input: { authIdentityId: authIdentity.id, userData: { email: DEMO_ADMIN.email, first_name: "演示", last_name: "管理员" } },
    })
    logger.info(`demo: admin ${DEMO_ADMIN.email}`)
  }

  logger.info("demo: marketplace data ready")
}
