import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys, InventoryLevelWorkflowEvents } from "@medusajs/framework/utils"
import { type CatalogueChange, revalidationTags } from "@fupin/shared"
import { revalidateStorefront } from "../lib/storefront/revalidate"
import { readEnv } from "../config/env"
import { CERTIFICATE_STATUS_CHANGED_EVENT } from "../workflows/certification/transition-certificates"
import { PRODUCT_REVIEW_MODERATED_EVENT } from "../workflows/product-review/moderate-product-review"
import { SUPPLIER_REVIEW_EVENTS } from "../workflows/supplier/review-supplier"

// a review approved or rejected changes its product's page: the event carries the product's id
const PRODUCT_EVENTS = ["product.created", "product.updated", "product.deleted", PRODUCT_REVIEW_MODERATED_EVENT]
// a variant's prices are set through the variant (POST /admin/products/:id/variants/:id): Medusa's updateProductVariantsWorkflow emits this
const VARIANT_EVENTS = ["product-variant.created", "product-variant.updated", "product-variant.deleted"]
/**
 * Stock: "inventory-level.updated", the workflow event Medusa's updateInventoryLevelsWorkflow
 * and batchInventoryItemLevelsWorkflow (the admin's stock edits), fulfilments and received
 * returns emit, `{ id }` of the level (InventoryLevelWorkflowEvents.UPDATED); the producer
 * portal's 库存 page emits it too (workflows/supplier-portal/set-stock.ts). Not the inventory module's own "inventory.inventory-level.updated",
 * which fires on every reservation a placed order makes. A placed order's reservation
 * therefore revalidates nothing; the product page's read expires within its 60 s.
 */
const STOCK_EVENT = InventoryLevelWorkflowEvents.UPDATED
const SUPPLIER_EVENTS = Object.values(SUPPLIER_REVIEW_EVENTS)

/**
 * Tells the storefront which cached pages changed (lib/storefront/revalidate.ts); the
 * event → tags mapping is revalidationTags in @fupin/shared. The browse pages' lists
 * ("catalogue") are revalidated apart, by the search indexing once the index has the
 * change (workflows/search). A product, variant or price change names
 * "products" and "product:<handle>"; a stock change only "product:<handle>" (only the
 * product page shows stock); a certificate's status change those of its product and
 * "certificates", "certificate:<number>" (the verification page); a supplier's review
 * or suspension "suppliers", "supplier:<id>" and "products" (every page showing its
 * products). Price-list edits emit no event in Medusa 2.21 (their workflows have no
 * emitEventStep): those pages refresh when their 60 s reads expire. A no-op unless
 * STOREFRONT_URL and REVALIDATE_SECRET are set; a storefront that is down is
 * logged, never thrown (the pages then expire on their own).
 */
export default async function storefrontRevalidate({ event, container }: SubscriberArgs<{ id: string }>) {
  const env = readEnv(process.env, { needsDatabase: false })
  if (!env.storefrontUrl || !env.revalidateSecret) return
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  try {
    await revalidateStorefront(revalidationTags(await changeOf(container, event.name, event.data.id)), logger)
  } catch (e) {
    logger.warn(`revalidate: could not tell the storefront of ${event.name} (${(e as Error).message}); cached pages refresh on their own`)
  }
}

type Container = SubscriberArgs<unknown>["container"]

async function changeOf(container: Container, name: string, id: string): Promise<CatalogueChange> {
  if (SUPPLIER_EVENTS.includes(name)) return { kind: "supplier", id }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  if (name === CERTIFICATE_STATUS_CHANGED_EVENT) {
    const { data } = await query.graph({ entity: "certificate", fields: ["id", "number", "product.handle"], filters: { id } })
    const certificate = data[0] as { number?: string; product?: { handle?: string } | null } | undefined
    return { kind: "certificate", number: certificate?.number, handle: certificate?.product?.handle }
  }
  if (name === STOCK_EVENT) {
    const { data } = await query.graph({ entity: "inventory_level", fields: ["inventory_item.variants.product.handle"], filters: { id } })
    const handles = (data as Array<{ inventory_item?: { variants?: Array<{ product?: { handle?: string } | null } | null> | null } | null }>)
      .flatMap((level) => level.inventory_item?.variants ?? [])
      .map((variant) => variant?.product?.handle ?? "")
    return { kind: "stock", handles }
  }
  if (VARIANT_EVENTS.includes(name)) {
    const { data } = await query.graph(
      { entity: "product_variant", fields: ["product.handle"], filters: { id }, withDeleted: true } as Parameters<typeof query.graph>[0]
    )
    return { kind: "product", handle: (data[0] as { product?: { handle?: string } | null } | undefined)?.product?.handle }
  }
  const { data } = await query.graph(
    { entity: "product", fields: ["id", "handle"], filters: { id }, withDeleted: true } as Parameters<typeof query.graph>[0]
  )
  return { kind: "product", handle: (data[0] as { handle?: string } | undefined)?.handle }
}

export const config: SubscriberConfig = {
  event: [...PRODUCT_EVENTS, ...VARIANT_EVENTS, STOCK_EVENT, CERTIFICATE_STATUS_CHANGED_EVENT, ...SUPPLIER_EVENTS],
  context: { subscriberId: "storefront-revalidate" },
}
