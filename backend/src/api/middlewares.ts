import { defineMiddlewares } from "@medusajs/framework/http"
import { badInputMiddlewares, callerErrorHandler } from "./middlewares/bad-input"
import { certificationMiddlewares } from "./middlewares/certification"
import { checkoutMiddlewares } from "./middlewares/checkout"
import { coreRouteGapMiddlewares } from "./middlewares/core-route-gaps"
import { geographyMiddlewares } from "./middlewares/geography"
import { impactMiddlewares } from "./middlewares/impact"
import { institutionMiddlewares } from "./middlewares/institution"
import { searchMiddlewares } from "./middlewares/search"
import { serviceStationMiddlewares } from "./middlewares/service-station"
import { supplierMiddlewares } from "./middlewares/supplier"

// Medusa reads this one file; each domain keeps its routes' middlewares in
// middlewares/<domain>.ts so that domains can change without touching each other.
export default defineMiddlewares({
  errorHandler: callerErrorHandler,
  routes: [
    // First: the input rules every route shares (lib/http/bad-input).
    ...badInputMiddlewares,
    ...coreRouteGapMiddlewares,
    ...geographyMiddlewares,
    ...supplierMiddlewares,
    ...certificationMiddlewares,
    ...institutionMiddlewares,
    ...serviceStationMiddlewares,
    ...impactMiddlewares,
    ...searchMiddlewares,
    ...checkoutMiddlewares,
  ],
})
