import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { indexProductsWorkflow } from "../workflows/search/index-products"
import { idsOf } from "../lib/search/event-ids"

/**
 * Prices and stock are part of a search hit (price facets, in-stock flag): a
 * changed variant (its prices are set through the variant) or inventory level
 * re-indexes its product.
 */
export default async function searchVariantChanged({ event, container }: SubscriberArgs<{ id: string }>) {
  const ids = idsOf(event.data)
  if (!ids.length) return
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  try {
    let productIds: string[] = []
    if (event.name.startsWith("product-variant.")) {
      const { data } = await query.graph({ entity: "product_variant", fields: ["product_id"], filters: { id: ids }, withDeleted: true })
      productIds = data.map((v: { product_id?: string | null }) => v.product_id ?? "").filter(Boolean)
    } else {
      const { data } = await query.graph({
        entity: "inventory_level",
        fields: ["inventory_item.variants.product_id"],
        filters: { id: ids },
      })
      productIds = data
        .flatMap((l: { inventory_item?: { variants?: Array<{ product_id?: string | null } | null> | null } | null }) => l.inventory_item?.variants ?? [])
        .map((v) => v?.product_id ?? "")
        .filter(Boolean)
    }
    if (productIds.length) await indexProductsWorkflow(container).run({ input: { product_ids: [...new Set(productIds)] } })
  } catch (error) {
    logger.error(`search: re-indexing after ${event.name} failed: ${(error as Error).message}`)
  }
}

export const config: SubscriberConfig = {
  event: [
    "product-variant.created",
    "product-variant.updated",
    "product-variant.deleted",
    "inventory-level.created",
    "inventory-level.updated",
  ],
}
