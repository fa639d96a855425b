import type { MiddlewareRoute } from "@medusajs/framework/http"

/** Route validation and auth for the service-station domain. */
export const serviceStationMiddlewares: MiddlewareRoute[] = []
