import type { MiddlewareRoute } from "@medusajs/framework/http"

/** Route validation for product search. */
export const searchMiddlewares: MiddlewareRoute[] = []
