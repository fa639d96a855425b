import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { StoreCatalogueResponse } from "@fupin/shared"
import { PRODUCT_SEARCH_MODULE } from "../../../modules/product-search"
import type ProductSearchModuleService from "../../../modules/product-search/service"
import type { StoreBrowseCatalogueType } from "../search/validators"

/**
 * The browse pages' product list: the ids of one page of sellable products under
 * county, category, certificate and price filters, newest first or by price, with
 * facet counts. Answered by the search index (validators in ../search/validators.ts),
 * so the storefront never loads the catalogue to filter it; it reads the page's
 * products by id from /store/products, priced for the shopper's region.
 */
export async function GET(req: MedusaRequest<unknown, StoreBrowseCatalogueType>, res: MedusaResponse<StoreCatalogueResponse>) {
  const search = req.scope.resolve<ProductSearchModuleService>(PRODUCT_SEARCH_MODULE)
  res.json(await search.browseProducts(req.validatedQuery))
}
