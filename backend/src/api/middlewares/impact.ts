import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { AdminGetImpact } from "../admin/impact/validators"
import { StoreGetImpact } from "../store/impact/validators"

/** Route validation for the impact ledger. */
export const impactMiddlewares: MiddlewareRoute[] = [
  { matcher: "/store/impact", methods: ["GET"], middlewares: [validateAndTransformQuery(StoreGetImpact, {})] },
  { matcher: "/admin/impact", methods: ["GET"], middlewares: [validateAndTransformQuery(AdminGetImpact, {})] },
]
