import type { MiddlewareRoute } from "@medusajs/framework/http"

/** Route validation and auth for the impact domain. */
export const impactMiddlewares: MiddlewareRoute[] = []
