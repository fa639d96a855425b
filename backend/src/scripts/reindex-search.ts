import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { reindexAllProducts } from "../lib/search/reindex-all"

/**
 * Full, idempotent reindex of product search:
 *   npx medusa exec ./src/scripts/reindex-search.ts
 * Sellable products are (re)indexed, everything else leaves the index.
 */
export default async function reindexSearch({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const result = await reindexAllProducts(container)
  logger.info(`search (${result.engine}): ${result.indexed} products indexed, ${result.removed} removed in ${result.duration_ms} ms`)
}
