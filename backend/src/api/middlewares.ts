import { defineMiddlewares } from "@medusajs/framework/http"
import { accessMiddlewares } from "./middlewares/access"
import { accountMiddlewares } from "./middlewares/accounts"
import { bankTransferMiddlewares } from "./middlewares/bank-transfer"
import { badInputMiddlewares, callerErrorHandler } from "./middlewares/bad-input"
import { certificationMiddlewares } from "./middlewares/certification"
import { checkoutMiddlewares } from "./middlewares/checkout"
import { fileMiddlewares } from "./middlewares/files"
import { coreRouteGapMiddlewares } from "./middlewares/core-route-gaps"
import { geographyMiddlewares } from "./middlewares/geography"
import { impactMiddlewares } from "./middlewares/impact"
import { institutionMiddlewares } from "./middlewares/institution"
import { institutionOnboardingMiddlewares } from "./middlewares/institution-onboarding"
import { institutionPortalMiddlewares } from "./middlewares/institution-portal"
import { rateLimitMiddlewares } from "./middlewares/rate-limit"
import { productReviewMiddlewares } from "./middlewares/product-review"
import { quoteMiddlewares } from "./middlewares/quotes"
import { reviewMiddlewares } from "./middlewares/review"
import { searchMiddlewares } from "./middlewares/search"
import { securityMiddlewares } from "./middlewares/security"
import { serviceStationMiddlewares } from "./middlewares/service-station"
import { statementMiddlewares } from "./middlewares/statements"
import { supplierMiddlewares } from "./middlewares/supplier"
import { supplierPortalDoorMiddlewares, supplierPortalMiddlewares } from "./middlewares/supplier-portal"

// Medusa reads this one file; each domain keeps its routes' middlewares in
// middlewares/<domain>.ts so that domains can change without touching each other.
export default defineMiddlewares({
  errorHandler: callerErrorHandler,
  routes: [
    // Security first: headers, webhook guard, then rate limits before any account logic runs.
    ...securityMiddlewares,
    ...rateLimitMiddlewares,
    // then the input rules every route shares (lib/http/bad-input), before anything reads an id
    ...badInputMiddlewares,
    ...coreRouteGapMiddlewares,
    // the producer portal's login (Medusa authenticates /store and /admin itself, not /supplier)
    ...supplierPortalDoorMiddlewares,
    // then who may use a record is decided before anything acts on it
    ...accessMiddlewares,
    ...accountMiddlewares,
    ...geographyMiddlewares,
    ...supplierMiddlewares,
    ...supplierPortalMiddlewares,
    ...certificationMiddlewares,
    ...institutionMiddlewares,
    ...institutionOnboardingMiddlewares,
    ...institutionPortalMiddlewares,
    ...quoteMiddlewares,
    ...serviceStationMiddlewares,
    ...impactMiddlewares,
    ...searchMiddlewares,
    ...checkoutMiddlewares,
    ...bankTransferMiddlewares,
    ...statementMiddlewares,
    ...fileMiddlewares,
    ...reviewMiddlewares,
    ...productReviewMiddlewares,
  ],
})
