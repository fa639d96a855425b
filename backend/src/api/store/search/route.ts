import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { StoreSearchResponse } from "@fupin/shared"
import { PRODUCT_SEARCH_MODULE } from "../../../modules/product-search"
import type ProductSearchModuleService from "../../../modules/product-search/service"
import type { StoreSearchProductsType } from "./validators"

/**
 * Product search: Chinese, pinyin, initials, English, typos and synonyms; only
 * products that may be sold. Hits with ¥ prices, certificate, county, supplier
 * and highlighted titles; facet counts; the engine's processing time.
 */
export async function GET(req: MedusaRequest<unknown, StoreSearchProductsType>, res: MedusaResponse<StoreSearchResponse>) {
  const search = req.scope.resolve<ProductSearchModuleService>(PRODUCT_SEARCH_MODULE)
  res.json(await search.searchProducts(req.validatedQuery))
}
