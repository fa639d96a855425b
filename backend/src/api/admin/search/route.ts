import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, ProductStatus } from "@medusajs/framework/utils"
import type { AdminSearchStatusResponse } from "@fupin/shared"
import { PRODUCT_SEARCH_MODULE } from "../../../modules/product-search"
import type ProductSearchModuleService from "../../../modules/product-search/service"
import { isSellable } from "../../../lib/search/load-search-sources"

/** Index status: engine, documents indexed, sellable products in the catalogue, last indexing. */
export async function GET(req: MedusaRequest, res: MedusaResponse<AdminSearchStatusResponse>) {
  const search = req.scope.resolve<ProductSearchModuleService>(PRODUCT_SEARCH_MODULE)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: ["id", "status", "certificate.status", "certificate.issued_at", "certificate.expires_at"],
    filters: { status: ProductStatus.PUBLISHED },
  })
  const sellable = data.filter((p) => isSellable(p as Parameters<typeof isSellable>[0])).length
  const status = await search.indexStatus()
  res.json({
    engine: status.engine,
    documents: status.documents,
    sellable_products: sellable,
    last_indexed_at: status.last_indexed_at,
    healthy: status.healthy && status.documents === sellable,
    detail: status.detail ?? (status.documents === sellable ? null : `${status.documents} documents for ${sellable} sellable products: reindex`),
  })
}
