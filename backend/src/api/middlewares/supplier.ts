import {
  type MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { ADMIN_SUPPLIER_FIELDS, ADMIN_SUPPLIER_LIST_FIELDS } from "../admin/suppliers/helpers"
import {
  AdminCreateOrganicCertificate,
  AdminCreateSupplier,
  AdminGetSupplierParams,
  AdminGetSuppliersParams,
  AdminReviewSupplier,
  AdminReviewSupplierWithReason,
  AdminUpdateOrganicCertificate,
  AdminUpdateSupplier,
  AdminUpsertSupplyDemandFile,
} from "../admin/suppliers/validators"
import { StoreGetSupplierParams, StoreGetSuppliersParams } from "../store/suppliers/validators"

/** Route validation and auth for the supplier domain (/admin routes are authenticated by Medusa). */
export const supplierMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/suppliers",
    middlewares: [validateAndTransformQuery(AdminGetSuppliersParams, { defaults: ADMIN_SUPPLIER_LIST_FIELDS, isList: true })],
  },
  { method: ["POST"], matcher: "/admin/suppliers", middlewares: [validateAndTransformBody(AdminCreateSupplier)] },
  {
    method: ["GET"],
    matcher: "/admin/suppliers/:id",
    middlewares: [validateAndTransformQuery(AdminGetSupplierParams, { defaults: ADMIN_SUPPLIER_FIELDS, isList: false })],
  },
  { method: ["POST"], matcher: "/admin/suppliers/:id", middlewares: [validateAndTransformBody(AdminUpdateSupplier)] },
  { method: ["POST"], matcher: "/admin/suppliers/:id/approve", middlewares: [validateAndTransformBody(AdminReviewSupplier)] },
  { method: ["POST"], matcher: "/admin/suppliers/:id/reinstate", middlewares: [validateAndTransformBody(AdminReviewSupplier)] },
  { method: ["POST"], matcher: "/admin/suppliers/:id/reject", middlewares: [validateAndTransformBody(AdminReviewSupplierWithReason)] },
  { method: ["POST"], matcher: "/admin/suppliers/:id/suspend", middlewares: [validateAndTransformBody(AdminReviewSupplierWithReason)] },
  {
    method: ["POST"],
    matcher: "/admin/suppliers/:id/organic-certificates",
    middlewares: [validateAndTransformBody(AdminCreateOrganicCertificate)],
  },
  {
    method: ["POST"],
    matcher: "/admin/suppliers/:id/organic-certificates/:certificate_id",
    middlewares: [validateAndTransformBody(AdminUpdateOrganicCertificate)],
  },
  {
    method: ["POST"],
    matcher: "/admin/suppliers/:id/supply-demand-file",
    middlewares: [validateAndTransformBody(AdminUpsertSupplyDemandFile)],
  },
  {
    method: ["GET"],
    matcher: "/store/suppliers",
    middlewares: [validateAndTransformQuery(StoreGetSuppliersParams, { defaults: ["id"], isList: true })],
  },
  {
    method: ["GET"],
    matcher: "/store/suppliers/:id",
    middlewares: [validateAndTransformQuery(StoreGetSupplierParams, { defaults: ["id"], isList: false })],
  },
]
