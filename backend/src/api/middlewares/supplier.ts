import type { MiddlewareRoute } from "@medusajs/framework/http"

/** Route validation and auth for the supplier domain. */
export const supplierMiddlewares: MiddlewareRoute[] = []
