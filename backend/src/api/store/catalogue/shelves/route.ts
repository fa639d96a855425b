import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { StoreCatalogueShelvesResponse } from "@fupin/shared"
import { PRODUCT_SEARCH_MODULE } from "../../../../modules/product-search"
import type ProductSearchModuleService from "../../../../modules/product-search/service"

/**
 * Every category holding a sellable product, with its count (a group counts its kinds'
 * products) and a picture: the 分类 page and the home page's category tiles, from the
 * search index rather than the whole catalogue.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse<StoreCatalogueShelvesResponse>) {
  const search = req.scope.resolve<ProductSearchModuleService>(PRODUCT_SEARCH_MODULE)
  res.json(await search.catalogueShelves())
}
