import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { indexProductsWorkflow } from "../workflows/search/index-products"
import { idsOf } from "../lib/search/event-ids"

/**
 * A certificate certified, suspended, revoked, expired or renewed changes
 * whether its product may be found (and the certificate shown in a hit): the
 * product is re-indexed. The certification workflows also publish/unpublish
 * the product, which search-product-changed catches; this covers status
 * changes that leave the product's own status alone.
 */
export default async function searchCertificateChanged({ event, container }: SubscriberArgs<{ id: string }>) {
  const ids = idsOf(event.data)
  if (!ids.length) return
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  try {
    const { data } = await query.graph({ entity: "certificate", fields: ["product.id"], filters: { id: ids } })
    const productIds = data.map((c: { product?: { id: string } | null }) => c.product?.id ?? "").filter(Boolean)
    if (productIds.length) await indexProductsWorkflow(container).run({ input: { product_ids: productIds } })
  } catch (error) {
    container.resolve(ContainerRegistrationKeys.LOGGER).error(`search: re-indexing after ${event.name} failed: ${(error as Error).message}`)
  }
}

export const config: SubscriberConfig = { event: "certificate.status_changed" }
