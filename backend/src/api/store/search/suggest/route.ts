import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { StoreSearchSuggestResponse } from "@fupin/shared"
import { PRODUCT_SEARCH_MODULE } from "../../../../modules/product-search"
import type ProductSearchModuleService from "../../../../modules/product-search/service"
import type { StoreSearchSuggestType } from "../validators"

/** Instant suggestions for the search box: the best few titles, highlighted. */
export async function GET(req: MedusaRequest<unknown, StoreSearchSuggestType>, res: MedusaResponse<StoreSearchSuggestResponse>) {
  const search = req.scope.resolve<ProductSearchModuleService>(PRODUCT_SEARCH_MODULE)
  res.json(await search.suggestProducts(req.validatedQuery.q, req.validatedQuery.limit))
}
