import type {
  AuthenticatedMedusaRequest,
  MedusaNextFunction,
  MedusaResponse,
  MiddlewareRoute,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { keepGuestCartAGuest } from "../../lib/access/guest-customer"
import { loadOwner, type OwnedKind } from "../../lib/access/owners"
import { ACTORS, actorFor, referencesOf } from "../../lib/access/rules"

const KIND_NAMES: Record<OwnedKind, string> = {
  cart: "Cart",
  order: "Order",
  payment_collection: "Payment collection",
  supplier_product: "Product",
  supplier_variant: "Variant",
  supplier_order: "Order",
  supplier_line_item: "Line item",
  supplier_certificate: "Certificate",
  supplier_change_request: "Change request",
  supplier_member: "Member",
  supplier_invite: "Invite",
}

/**
 * The one access check every actor's routes go through (Medusa's own and
 * ours): it finds each owned record the request names (path, query string,
 * body) and asks the actor's rule (src/lib/access/rules.ts) whether the caller
 * may use it. A refusal is the same 404 a missing record gets.
 *
 * Mounted as a global middleware on each actor's prefix, so a route added
 * under that prefix is covered without listing it anywhere.
 */
export async function enforceAccess(req: AuthenticatedMedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    const path = (req.originalUrl ?? req.url).split("?")[0] ?? ""
    const actor = actorFor(path)
    if (!actor) return next()
    const authenticated = { actor_type: req.auth_context?.actor_type, actor_id: req.auth_context?.actor_id }
    const caller = actor.resolveCaller ? await actor.resolveCaller(req.scope, authenticated) : authenticated
    for (const ref of referencesOf(actor, { path, query: req.query, body: req.body })) {
      const owner = await loadOwner(req.scope, ref.kind, ref.id)
      // an unknown id is the route's to answer (404 or 400 naming the field)
      if (!owner) continue
      if (!actor.rule(caller, owner, { method: req.method, path, via: ref.via })) {
        throw new MedusaError(MedusaError.Types.NOT_FOUND, `${KIND_NAMES[ref.kind]} with id: ${ref.id} was not found`)
      }
    }
    next()
  } catch (e) {
    next(e)
  }
}

/** Prefixes the check is mounted on: one per actor in src/lib/access/rules.ts. */
export const ACCESS_PREFIXES = [...new Set(ACTORS.map((a) => a.prefix))]

export const accessMiddlewares: MiddlewareRoute[] = [
  ...ACCESS_PREFIXES.map((prefix) => ({ matcher: `${prefix}*`, middlewares: [enforceAccess] })),
  // Medusa binds a cart without a customer to whichever customer has the
  // e-mail it is given, registered or not: bind it to a guest first.
  { method: ["POST"], matcher: "/store/carts/:id", middlewares: [keepGuestCartAGuest] },
]
