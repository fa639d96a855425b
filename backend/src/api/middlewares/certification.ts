import type { MiddlewareRoute } from "@medusajs/framework/http"

/** Route validation and auth for the certification domain. */
export const certificationMiddlewares: MiddlewareRoute[] = []
