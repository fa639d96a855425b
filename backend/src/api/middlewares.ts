import { defineMiddlewares } from "@medusajs/framework/http"
import { accessMiddlewares } from "./middlewares/access"
import { certificationMiddlewares } from "./middlewares/certification"
import { checkoutMiddlewares } from "./middlewares/checkout"
import { geographyMiddlewares } from "./middlewares/geography"
import { impactMiddlewares } from "./middlewares/impact"
import { institutionMiddlewares } from "./middlewares/institution"
import { searchMiddlewares } from "./middlewares/search"
import { serviceStationMiddlewares } from "./middlewares/service-station"
import { supplierMiddlewares } from "./middlewares/supplier"

// Medusa reads this one file; each domain keeps its routes' middlewares in
// middlewares/<domain>.ts so that domains can change without touching each other.
export default defineMiddlewares({
  routes: [
    // first: who may use a record is decided before anything acts on it
    ...accessMiddlewares,
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
