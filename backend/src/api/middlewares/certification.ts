import {
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
  type MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { STORE_PRODUCT_CERTIFICATE_FIELDS, STORE_PRODUCT_SUPPLIER_FIELDS } from "@fupin/shared"
import { ADMIN_CERTIFICATE_FIELDS, ADMIN_CERTIFICATE_LIST_FIELDS } from "../admin/certifications/helpers"
import {
  AdminCertificationAction,
  AdminCertifyCertification,
  AdminCertificationActionWithReason,
  AdminCreateCertification,
  AdminGetCertificationParams,
  AdminGetCertificationsParams,
  AdminRenewCertification,
} from "../admin/certifications/validators"
import { StoreVerifyCertification } from "../store/certifications/validators"

/** What the storefront may see of a product's certificate and supplier (the lists both apps share). */
const CERTIFICATE_FIELDS = STORE_PRODUCT_CERTIFICATE_FIELDS.map((f) => `certificate.${f}`)
const SUPPLIER_FIELDS = STORE_PRODUCT_SUPPLIER_FIELDS.map((f) => `supplier.${f}`)

const EXPANSIONS: Record<string, string[]> = {
  certificate: CERTIFICATE_FIELDS,
  supplier: SUPPLIER_FIELDS,
}

/**
 * Store product routes have a strict allowed-fields list. This lets
 * `fields=*certificate,*supplier` (or single public fields such as
 * `+certificate.number`) through, expanding a whole relation into its public
 * fields so that private ones (supplier contacts, evidence) can never be asked for.
 */
export function allowCertifiedProductFields(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const raw = req.query.fields
  if (typeof raw === "string" && raw.length) {
    const out: string[] = []
    for (const token of raw.split(",")) {
      const t = token.trim()
      const sign = t.startsWith("+") || t.startsWith("-") ? t[0]! : ""
      const body = t.slice(sign.length).replace(/^\*/, "").replace(/\.\*$/, "")
      const expansion = EXPANSIONS[body]
      if (expansion) out.push(...expansion.map((f) => `${sign}${f}`))
      else out.push(t)
    }
    req.query.fields = out.join(",")
  }
  req.allowed = [...(req.allowed ?? []), ...CERTIFICATE_FIELDS, ...SUPPLIER_FIELDS]
  next()
}

const STORE_PRODUCT_PATH = /^\/store\/products(\/[^/]+)?\/?$/

/** GET /store/products and /store/products/:id: public certificate and supplier fields, approved suppliers only. */
export function certifiedProductFields(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  if (req.method !== "GET" || !STORE_PRODUCT_PATH.test(req.originalUrl.split("?")[0] ?? "")) return next()
  allowCertifiedProductFields(req, res, () => sanitizeStoreProductSuppliers(req, res, next))
}

type ProductLike = { supplier?: ({ status?: string } & Record<string, unknown>) | null }

function hideUnapprovedSupplier(product: ProductLike) {
  if (!product || typeof product !== "object" || !("supplier" in product)) return
  const supplier = Array.isArray(product.supplier) ? product.supplier[0] : product.supplier
  if (!supplier || supplier.status !== "approved") {
    product.supplier = null
    return
  }
  const { status: _status, ...visible } = supplier
  product.supplier = visible
}

/** Never shows a supplier that is not approved on a store product. */
export function sanitizeStoreProductSuppliers(_req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const json = res.json.bind(res)
  res.json = ((body: { product?: ProductLike; products?: ProductLike[] }) => {
    if (body?.product) hideUnapprovedSupplier(body.product)
    if (Array.isArray(body?.products)) body.products.forEach(hideUnapprovedSupplier)
    return json(body)
  }) as typeof res.json
  next()
}

/** Route validation and auth for the certification domain (/admin routes are authenticated by Medusa). */
export const certificationMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/certifications",
    middlewares: [validateAndTransformQuery(AdminGetCertificationsParams, { defaults: ADMIN_CERTIFICATE_LIST_FIELDS, isList: true })],
  },
  { method: ["POST"], matcher: "/admin/certifications", middlewares: [validateAndTransformBody(AdminCreateCertification)] },
  {
    method: ["GET"],
    matcher: "/admin/certifications/:id",
    middlewares: [validateAndTransformQuery(AdminGetCertificationParams, { defaults: ADMIN_CERTIFICATE_FIELDS, isList: false })],
  },
  { method: ["POST"], matcher: "/admin/certifications/:id/certify", middlewares: [validateAndTransformBody(AdminCertifyCertification)] },
  { method: ["POST"], matcher: "/admin/certifications/:id/reinstate", middlewares: [validateAndTransformBody(AdminCertificationAction)] },
  {
    method: ["POST"],
    matcher: "/admin/certifications/:id/suspend",
    middlewares: [validateAndTransformBody(AdminCertificationActionWithReason)],
  },
  {
    method: ["POST"],
    matcher: "/admin/certifications/:id/revoke",
    middlewares: [validateAndTransformBody(AdminCertificationActionWithReason)],
  },
  { method: ["POST"], matcher: "/admin/certifications/:id/renew", middlewares: [validateAndTransformBody(AdminRenewCertification)] },
  {
    method: ["GET"],
    matcher: "/store/certifications/:number",
    middlewares: [validateAndTransformQuery(StoreVerifyCertification, { defaults: [], isList: false })],
  },
  // No `method`: Medusa registers method-less middlewares before its own route
  // middlewares, so the fields are rewritten and allowed before the core
  // validator reads them. Applies to GET /store/products and /store/products/:id.
  { matcher: "/store/products", middlewares: [certifiedProductFields] },
]
