import type { MiddlewareRoute } from "@medusajs/framework/http"

/** Route validation and auth for the institution domain. */
export const institutionMiddlewares: MiddlewareRoute[] = []
