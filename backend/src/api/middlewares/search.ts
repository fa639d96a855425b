import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { AdminGetSearchStatus, AdminReindexSearch } from "../admin/search/validators"
import { StoreBrowseCatalogue, StoreCatalogueShelves, StoreSearchProducts, StoreSearchSuggest } from "../store/search/validators"

/** Route validation for product search. */
export const searchMiddlewares: MiddlewareRoute[] = [
  { matcher: "/store/search", methods: ["GET"], middlewares: [validateAndTransformQuery(StoreSearchProducts, {})] },
  { matcher: "/store/catalogue", methods: ["GET"], middlewares: [validateAndTransformQuery(StoreBrowseCatalogue, {})] },
  { matcher: "/store/catalogue/shelves", methods: ["GET"], middlewares: [validateAndTransformQuery(StoreCatalogueShelves, {})] },
  { matcher: "/store/search/suggest", methods: ["GET"], middlewares: [validateAndTransformQuery(StoreSearchSuggest, {})] },
  { matcher: "/admin/search", methods: ["GET"], middlewares: [validateAndTransformQuery(AdminGetSearchStatus, {})] },
  { matcher: "/admin/search/reindex", methods: ["POST"], middlewares: [validateAndTransformBody(AdminReindexSearch)] },
]
