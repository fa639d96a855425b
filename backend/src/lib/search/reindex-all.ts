import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { AdminSearchReindexResponse } from "@fupin/shared"
import { PRODUCT_SEARCH_MODULE } from "../../modules/product-search"
import type ProductSearchModuleService from "../../modules/product-search/service"
import { indexProductsWorkflow } from "../../workflows/search/index-products"

const BATCH = 250

/**
 * Full reindex, idempotent: every product is re-read and (re)indexed or dropped
 * in batches, then documents of products that no longer exist are removed.
 * Used by `medusa exec ./src/scripts/reindex-search.ts`, POST /admin/search/reindex and the demo seed.
 */
export async function reindexAllProducts(container: MedusaContainer): Promise<AdminSearchReindexResponse> {
  const started = Date.now()
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const search = container.resolve<ProductSearchModuleService>(PRODUCT_SEARCH_MODULE)
  await search.prepareIndex()
  const seen = new Set<string>()
  let indexed = 0
  let removed = 0
  for (let skip = 0; ; skip += BATCH) {
    const { data } = await query.graph({ entity: "product", fields: ["id"], pagination: { skip, take: BATCH, order: { id: "ASC" } } })
    if (!data.length) break
    const ids = data.map((p: { id: string }) => p.id)
    ids.forEach((id) => seen.add(id))
    const { result } = await indexProductsWorkflow(container).run({ input: { product_ids: ids } })
    indexed += result.indexed
    removed += result.removed
    if (data.length < BATCH) break
  }
  const orphans = (await search.listIndexedIds()).filter((id) => !seen.has(id))
  await search.removeDocuments(orphans)
  removed += orphans.length
  return { engine: search.engineName, indexed, removed, duration_ms: Date.now() - started }
}
