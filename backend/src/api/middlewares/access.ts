import type {
  AuthenticatedMedusaRequest,
  MedusaNextFunction,
  MedusaResponse,
  MiddlewareRoute,
} from "@medusajs/framework/http"
import { authenticate } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { keepGuestCartAGuest } from "../../lib/access/guest-customer"
import { loadOwner, type OwnedKind } from "../../lib/access/owners"
import { setMembership } from "../../lib/institution/request"
import { ACTORS, actorFor, type Caller, INSTITUTION, referencesOf } from "../../lib/access/rules"

const KIND_NAMES: Record<OwnedKind, string> = {
  cart: "Cart",
  order: "Order",
  payment_collection: "Payment collection",
  institution_approval: "Approval request",
  institution_canteen: "Canteen",
  institution_list: "List",
  institution_quote: "Quote",
  supplier_product: "Product",
  supplier_variant: "Variant",
  supplier_order: "Order",
  supplier_line_item: "Line item",
  supplier_certificate: "Certificate",
  supplier_change_request: "Change request",
  supplier_member: "Member",
  supplier_invite: "Invite",
  supplier_invoice_request: "Invoice request",
}

const REFUSAL_TYPES = { 403: MedusaError.Types.FORBIDDEN, 409: MedusaError.Types.NOT_ALLOWED } as const

/** Set once a request has been checked: the prefixes nest (/store/institution/ inside /store/), the check runs once. */
const CHECKED = Symbol("fupin.access.checked")

/**
 * The one access check every actor's routes go through (Medusa's own and
 * ours): it finds each owned record the request names (path, query string,
 * body) and asks the actor's rule (src/lib/access/rules.ts) whether the caller
 * may use it. A refusal is the same 404 a missing record gets.
 *
 * Mounted as a global middleware on each actor's prefix, so a route added
 * under that prefix is covered without listing it anywhere.
 */
export async function enforceAccess(req: AuthenticatedMedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  try {
    const marked = req as unknown as Record<symbol, boolean>
    if (marked[CHECKED]) return next()
    marked[CHECKED] = true
    const path = (req.originalUrl ?? req.url).split("?")[0] ?? ""
    const actor = actorFor(path)
    if (!actor) return next()
    let caller: Caller = { actor_type: req.auth_context?.actor_type, actor_id: req.auth_context?.actor_id }
    if (actor.loadCaller) caller = await actor.loadCaller(req.scope, caller)
    const gated = actor.gate?.(caller, { method: req.method, path })
    if (gated) throw new MedusaError(REFUSAL_TYPES[gated.status], gated.message)
    for (const ref of referencesOf(actor, { path, query: req.query, body: req.body })) {
      const owner = await loadOwner(req.scope, ref.kind, ref.id)
      // an unknown id is the route's to answer (404 or 400 naming the field)
      if (!owner) continue
      const verdict = actor.rule(caller, owner, { method: req.method, path, via: ref.via })
      if (verdict === true) continue
      if (verdict === false) throw new MedusaError(MedusaError.Types.NOT_FOUND, `${KIND_NAMES[ref.kind]} with id: ${ref.id} was not found`)
      // answered here: Medusa's error handler replaces a conflict's message with its idempotency text
      if (verdict.status === 409) return void res.status(409).json({ type: "not_allowed", message: verdict.message })
      throw new MedusaError(REFUSAL_TYPES[verdict.status], verdict.message)
    }
    if (caller.member) setMembership(req, caller.member)
    next()
  } catch (e) {
    next(e)
  }
}

/** Prefixes the check is mounted on: one per actor in src/lib/access/rules.ts. */
export const ACCESS_PREFIXES = [...new Set(ACTORS.map((a) => a.prefix))]

export const accessMiddlewares: MiddlewareRoute[] = [
  // institution members are logged-in customers: authenticate before the check (401 otherwise)
  { matcher: `${INSTITUTION.prefix}*`, middlewares: [authenticate("customer", ["session", "bearer"]), enforceAccess] },
  ...ACCESS_PREFIXES.filter((p) => p !== INSTITUTION.prefix).map((prefix) => ({ matcher: `${prefix}*`, middlewares: [enforceAccess] })),
  // Medusa binds a cart without a customer to whichever customer has the
  // e-mail it is given, registered or not: bind it to a guest first.
  { method: ["POST"], matcher: "/store/carts/:id", middlewares: [keepGuestCartAGuest] },
]
