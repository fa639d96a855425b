import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { type EventIds, idsOf } from "../lib/search/event-ids"
import { indexProductsWorkflow } from "../workflows/search/index-products"

/**
 * Keeps the search index fresh: a created, updated (published, unpublished —
 * as certificate suspension does —, edited) or deleted product is re-read and
 * indexed or dropped at once.
 */
export default async function searchProductChanged({ event, container }: SubscriberArgs<EventIds>) {
  const ids = idsOf(event.data)
  if (!ids.length) return
  try {
    await indexProductsWorkflow(container).run({ input: { product_ids: ids } })
  } catch (error) {
    container.resolve(ContainerRegistrationKeys.LOGGER).error(`search: indexing ${ids.join(", ")} after ${event.name} failed: ${(error as Error).message}`)
  }
}

export const config: SubscriberConfig = { event: ["product.created", "product.updated", "product.deleted"] }
