import {
  authenticate,
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
  type MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { SUPPLIER_ACTOR_TYPE, SUPPLIER_STATUS_LABELS, type SupplierStatus } from "@fupin/shared"
import { portalMember, type SupplierRequest } from "../../lib/supplier-portal/context"
import {
  SupplierAcceptInvite,
  SupplierApply,
  SupplierApplyCertification,
  SupplierCreateFulfillment,
  SupplierGetDocument,
  SupplierCreateInvite,
  SupplierCreateProduct,
  SupplierGetListParams,
  SupplierGetOrdersParams,
  SupplierGetProductsParams,
  SupplierSetLowStockThreshold,
  SupplierSetStock,
  SupplierUpdateMember,
  SupplierUpdateProduct,
} from "../supplier/validators"
import { multipartFiles } from "../../lib/http/upload"
import { bulkRateLimit, uploadRateLimit } from "./rate-limit"

/**
 * The producer portal's door (/supplier/*), in front of the access rule
 * (src/lib/access/rules.ts, SUPPLIER_MEMBER):
 * - every route needs a `supplier` login (session or bearer); joining
 *   (`POST /supplier/applications`, `POST /supplier/invites/accept`) takes the
 *   registration token of a login that has no member yet, and so does
 *   `POST /supplier/uploads` (an applicant's licences, checked like any upload);
 * - the member must be active; its supplier's status decides the rest: pending
 *   or rejected → only `GET /supplier/me` (the application's status);
 *   suspended → read-only, every write 403 naming why;
 * - managing members and invites is the owner's.
 */

const JOINING = new Set(["POST /supplier/applications", "POST /supplier/invites/accept"])
/** Open to an applicant's registration token too (its licences, before it has a member), with the same file checks. */
const APPLICANT_OR_MEMBER = new Set(["POST /supplier/uploads"])
const APPLICATION_ROUTES = new Set(["GET /supplier/me"])
const OWNER_ONLY: Array<{ method: string; pattern: RegExp }> = [
  { method: "POST", pattern: /^\/supplier\/invites$/ },
  { method: "DELETE", pattern: /^\/supplier\/invites\/[^/]+$/ },
  { method: "POST", pattern: /^\/supplier\/members\/[^/]+$/ },
]

const member = authenticate(SUPPLIER_ACTOR_TYPE, ["session", "bearer"])
const newcomer = authenticate(SUPPLIER_ACTOR_TYPE, ["session", "bearer"], { allowUnregistered: true })

const routeKey = (req: MedusaRequest) => `${req.method} ${((req.originalUrl ?? req.url).split("?")[0] ?? "").replace(/\/+$/, "")}`

function refuse(res: MedusaResponse, status: number, message: string) {
  res.status(status).json({ type: status === 401 ? "unauthorized" : "not_allowed", message })
}

function statusMessage(status: SupplierStatus, note: string | null): string {
  const why = note ? `：${note}` : ""
  switch (status) {
    case "pending":
      return `入驻申请${SUPPLIER_STATUS_LABELS.pending.zh}，通过后即可使用工作台 / your application is pending review`
    case "rejected":
      return `入驻申请${SUPPLIER_STATUS_LABELS.rejected.zh}${why} / your application was rejected${note ? `: ${note}` : ""}`
    case "suspended":
      return `供应商${SUPPLIER_STATUS_LABELS.suspended.zh}${why}，工作台只读 / supplier suspended${note ? `: ${note}` : ""}; the portal is read-only`
    default:
      return ""
  }
}

async function loadPortal(req: SupplierRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const key = routeKey(req)
  const found = req.auth_context?.actor_id ? await portalMember(req.scope, req.auth_context.actor_id) : null
  if (!found || found.status !== "active") return refuse(res, 401, "该成员账号已停用或不存在 / this member login is disabled or unknown")
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "supplier",
    fields: ["id", "status", "review_note", "auto_approve"],
    filters: { id: found.supplier_id },
  })
  const supplier = data[0] as { id: string; status: SupplierStatus; review_note: string | null; auto_approve: boolean } | undefined
  if (!supplier) return refuse(res, 401, "Unauthorized")
  req.supplier_portal = { member: found, supplier_id: supplier.id, status: supplier.status, review_note: supplier.review_note, auto_approve: supplier.auto_approve }

  if ((supplier.status === "pending" || supplier.status === "rejected") && !APPLICATION_ROUTES.has(key)) {
    return refuse(res, 403, statusMessage(supplier.status, supplier.review_note))
  }
  if (supplier.status === "suspended" && req.method !== "GET") return refuse(res, 403, statusMessage("suspended", supplier.review_note))
  const path = key.slice(key.indexOf(" ") + 1)
  if (found.role !== "owner" && OWNER_ONLY.some((r) => r.method === req.method && r.pattern.test(path))) {
    return refuse(res, 403, "只有负责人可以管理成员 / only the supplier's owner manages members and invites")
  }
  next()
}

/** Authentication and the portal context for every /supplier route. */
export function supplierPortalDoor(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const done = (e?: unknown) => (e ? next(e) : undefined)
  if (JOINING.has(routeKey(req))) return newcomer(req, res, next)
  if (APPLICANT_OR_MEMBER.has(routeKey(req))) {
    return newcomer(req, res, (e?: unknown) => {
      if (e) return done(e)
      // a login that is a member goes through the portal's rules (suspended: read-only); a registration token only uploads
      if ((req as SupplierRequest).auth_context?.actor_id) return void loadPortal(req as SupplierRequest, res, next).catch(next)
      next()
    })
  }
  return member(req, res, (e?: unknown) => {
    if (e) return done(e)
    loadPortal(req as SupplierRequest, res, next).catch(next)
  })
}


/** Mounted before the access middleware (middlewares.ts): the access rule needs the caller authenticated. */
export const supplierPortalDoorMiddlewares: MiddlewareRoute[] = [{ matcher: "/supplier/*", middlewares: [supplierPortalDoor] }]

const list = (schema: Parameters<typeof validateAndTransformQuery>[0]) =>
  validateAndTransformQuery(schema, { defaults: ["id"], isList: true })

export const supplierPortalMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/supplier/applications", middlewares: [validateAndTransformBody(SupplierApply)] },
  { method: ["POST"], matcher: "/supplier/invites", middlewares: [validateAndTransformBody(SupplierCreateInvite)] },
  { method: ["POST"], matcher: "/supplier/invites/accept", middlewares: [validateAndTransformBody(SupplierAcceptInvite)] },
  { method: ["POST"], matcher: "/supplier/members/:id", middlewares: [validateAndTransformBody(SupplierUpdateMember)] },
  { method: ["GET"], matcher: "/supplier/products", middlewares: [list(SupplierGetProductsParams)] },
  { method: ["POST"], matcher: "/supplier/products", middlewares: [validateAndTransformBody(SupplierCreateProduct)] },
  { method: ["POST"], matcher: "/supplier/products/:id", middlewares: [validateAndTransformBody(SupplierUpdateProduct)] },
  { method: ["GET"], matcher: "/supplier/change-requests", middlewares: [list(SupplierGetListParams)] },
  { method: ["POST"], matcher: "/supplier/uploads", middlewares: [uploadRateLimit(), multipartFiles("files", 10)] },
  { method: ["POST"], matcher: "/supplier/stock", middlewares: [bulkRateLimit(), validateAndTransformBody(SupplierSetStock)] },
  { method: ["POST"], matcher: "/supplier/stock/threshold", middlewares: [validateAndTransformBody(SupplierSetLowStockThreshold)] },
  { method: ["POST"], matcher: "/supplier/stock/import", middlewares: [bulkRateLimit(), uploadRateLimit(), multipartFiles("file", 1)] },
  { method: ["POST"], matcher: "/supplier/certifications", middlewares: [validateAndTransformBody(SupplierApplyCertification)] },
  { method: ["GET"], matcher: "/supplier/orders", middlewares: [list(SupplierGetOrdersParams)] },
  { method: ["POST"], matcher: "/supplier/orders/:id/fulfillments", middlewares: [validateAndTransformBody(SupplierCreateFulfillment)] },
  {
    method: ["GET"],
    matcher: "/supplier/orders/:id/fulfillments/:fulfillment_id/delivery-note.pdf",
    middlewares: [validateAndTransformQuery(SupplierGetDocument, {})],
  },
]
