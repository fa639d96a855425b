import { type MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { INSTITUTION_DETAIL_FIELDS, INSTITUTION_FIELDS } from "../admin/institutions/helpers"
import {
  AdminAddInstitutionBuyer,
  AdminCreateInstitution,
  AdminGetInstitution,
  AdminGetInstitutionPriceLists,
  AdminListInstitutionBuyers,
  AdminListInstitutions,
  AdminReviewInstitution,
  AdminReviewInstitutionWithReason,
  AdminUpdateInstitution,
} from "../admin/institutions/validators"
import { AdminExportInstitutionFiguresQuery, AdminInstitutionFiguresQuery } from "../admin/institution-figures/validators"
import { PURCHASE_INTENT_FIELDS } from "../admin/purchase-intents/helpers"
import {
  AdminCancelPurchaseIntent,
  AdminCreatePurchaseIntent,
  AdminGetPurchaseIntent,
  AdminListPurchaseIntents,
  AdminPurchaseIntentSummaryQuery,
  AdminUpdatePurchaseIntent,
} from "../admin/purchase-intents/validators"

const BUYER_FIELDS = [
  "id",
  "roles",
  "customer_id",
  "institution_id",
  "created_at",
  "customer.id",
  "customer.email",
  "customer.first_name",
  "customer.last_name",
  "customer.phone",
]

/**
 * Route validation for institutions (采购单位) and intent agreements (意向性采购).
 * Admin only: /admin is authenticated by Medusa; nothing here is on /store.
 */
export const institutionMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/institutions",
    middlewares: [validateAndTransformQuery(AdminListInstitutions, { defaults: INSTITUTION_FIELDS, isList: true })],
  },
  {
    method: ["POST"],
    matcher: "/admin/institutions",
    middlewares: [validateAndTransformBody(AdminCreateInstitution)],
  },
  {
    method: ["GET"],
    matcher: "/admin/institutions/:id",
    middlewares: [validateAndTransformQuery(AdminGetInstitution, { defaults: INSTITUTION_DETAIL_FIELDS, isList: false })],
  },
  {
    method: ["POST"],
    matcher: "/admin/institutions/:id",
    middlewares: [validateAndTransformBody(AdminUpdateInstitution)],
  },
  {
    method: ["GET"],
    matcher: "/admin/institutions/:id/price-lists",
    middlewares: [validateAndTransformQuery(AdminGetInstitutionPriceLists, {})],
  },
  ...(["approve", "reinstate"] as const).map((action) => ({
    method: ["POST" as const],
    matcher: `/admin/institutions/:id/${action}`,
    middlewares: [validateAndTransformBody(AdminReviewInstitution)],
  })),
  ...(["reject", "suspend"] as const).map((action) => ({
    method: ["POST" as const],
    matcher: `/admin/institutions/:id/${action}`,
    middlewares: [validateAndTransformBody(AdminReviewInstitutionWithReason)],
  })),
  {
    method: ["GET"],
    matcher: "/admin/institutions/:id/buyers",
    middlewares: [validateAndTransformQuery(AdminListInstitutionBuyers, { defaults: BUYER_FIELDS, isList: true })],
  },
  {
    method: ["POST"],
    matcher: "/admin/institutions/:id/buyers",
    middlewares: [validateAndTransformBody(AdminAddInstitutionBuyer)],
  },
  {
    method: ["GET"],
    matcher: "/admin/purchase-intents",
    middlewares: [validateAndTransformQuery(AdminListPurchaseIntents, { defaults: PURCHASE_INTENT_FIELDS, isList: true })],
  },
  {
    method: ["POST"],
    matcher: "/admin/purchase-intents",
    middlewares: [validateAndTransformBody(AdminCreatePurchaseIntent)],
  },
  {
    method: ["GET"],
    matcher: "/admin/purchase-intents/summary",
    middlewares: [validateAndTransformQuery(AdminPurchaseIntentSummaryQuery, { defaults: [], isList: false })],
  },
  {
    method: ["GET"],
    matcher: "/admin/purchase-intents/:id",
    middlewares: [validateAndTransformQuery(AdminGetPurchaseIntent, { defaults: PURCHASE_INTENT_FIELDS, isList: false })],
  },
  {
    method: ["POST"],
    matcher: "/admin/purchase-intents/:id",
    middlewares: [validateAndTransformBody(AdminUpdatePurchaseIntent)],
  },
  {
    method: ["POST"],
    matcher: "/admin/purchase-intents/:id/cancel",
    middlewares: [validateAndTransformBody(AdminCancelPurchaseIntent)],
  },
  {
    method: ["GET"],
    matcher: "/admin/institution-figures",
    middlewares: [validateAndTransformQuery(AdminInstitutionFiguresQuery, {})],
  },
  {
    method: ["GET"],
    matcher: "/admin/institution-figures/export",
    middlewares: [validateAndTransformQuery(AdminExportInstitutionFiguresQuery, {})],
  },
]
