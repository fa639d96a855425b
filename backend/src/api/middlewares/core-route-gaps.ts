import {
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"

/**
 * Medusa core routes that answer 500 to input a caller chose (found by
 * integration-tests/http/fuzz.spec.ts walking the route table), closed here
 * in one place until Medusa fixes them. Each entry says what the core route
 * does wrong.
 */

function notFound(res: MedusaResponse, message: string): void {
  res.status(404).json({ type: "not_found", message })
}

/** 404 unless the module is configured (its core routes hang or crash without it). */
function moduleGuard(module: string, what: string) {
  return function requireModule(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
    if (req.scope.resolve(module, { allowUnregistered: true })) return next()
    notFound(res, `${what} is not configured on this server`)
  }
}

/**
 * 404 when the record a path parameter names does not exist: these core
 * routes read a property of the record before checking that it was found.
 */
function pathRecordExists(param: string, entity: string) {
  return async function requireRecord(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
    const id = req.params[param]
    if (!id) return next()
    try {
      const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({ entity, fields: ["id"], filters: { id } })
      if (!data.length) return notFound(res, `${param}: no ${entity} with id ${id}`)
      next()
    } catch (e) {
      next(e)
    }
  }
}

/**
 * A string field whose core validator calls `.trim()` on whatever it gets:
 * required on the collection path (create), a string when given (update).
 */
function stringField(field: string, collectionPath: string) {
  return function requireString(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
    if (req.method !== "POST") return next()
    const body = (req.body ?? {}) as Record<string, unknown>
    const creating = req.originalUrl.split("?")[0]?.replace(/\/$/, "") === collectionPath
    if ((creating || field in body) && typeof body[field] !== "string") {
      res.status(400).json({ type: "invalid_data", field, message: `${field}: a string` })
      return
    }
    next()
  }
}

export const coreRouteGapMiddlewares: MiddlewareRoute[] = [
  // /admin/index/*: Medusa's guard calls res.status(404) without sending, so the request hangs.
  { matcher: "/admin/index", middlewares: [moduleGuard(Modules.INDEX, "the index module")] },
  // /admin/rbac/* and a user's roles: "Service with alias rbac_role was not found" without the module.
  { matcher: "/admin/rbac", middlewares: [moduleGuard(Modules.RBAC, "role-based access (rbac)")] },
  { matcher: "/admin/users/:id/roles", middlewares: [moduleGuard(Modules.RBAC, "role-based access (rbac)")] },
  // Records read before they are checked ("Cannot read properties of undefined").
  { method: ["POST"], matcher: "/admin/api-keys/:id/sales-channels", middlewares: [pathRecordExists("id", "api_key")] },
  { method: ["DELETE"], matcher: "/admin/claims/:id/inbound/items/:action_id", middlewares: [pathRecordExists("id", "order_claim")] },
  {
    method: ["DELETE"],
    matcher: "/admin/exchanges/:id/inbound/items/:action_id",
    middlewares: [pathRecordExists("id", "order_exchange")],
  },
  { method: ["POST"], matcher: "/admin/products/:id/options/batch", middlewares: [pathRecordExists("id", "product")] },
  {
    method: ["POST", "DELETE"],
    matcher: "/admin/products/:id/variants/:variant_id",
    middlewares: [pathRecordExists("id", "product"), pathRecordExists("variant_id", "product_variant")],
  },
  // An unknown provider id makes the container throw AwilixResolutionError.
  {
    method: ["GET"],
    matcher: "/admin/fulfillment-providers/:id/options",
    middlewares: [pathRecordExists("id", "fulfillment_provider")],
  },
  { method: ["DELETE"], matcher: "/store/carts/:id/line-items/:line_id", middlewares: [pathRecordExists("id", "cart")] },
  // AdminCreate/UpdateStockLocation preprocess `name` with val.trim(): a missing name, a number or an array crashes it.
  // No `method`, so that it runs before the core validator (covers /admin/stock-locations/:id too).
  { matcher: "/admin/stock-locations", middlewares: [stringField("name", "/admin/stock-locations")] },
]
