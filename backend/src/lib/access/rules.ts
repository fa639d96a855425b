import type { MedusaContainer } from "@medusajs/framework/types"
import { SUPPLIER_ACTOR_TYPE } from "@fupin/shared"
import type { OwnedKind, Owner } from "./owners"
import { supplierOfMember } from "./supplier-caller"

/**
 * The caller as Medusa's authenticate middleware left it on the request, plus
 * what an actor's `resolveCaller` adds (a supplier member: its supplier).
 */
export type Caller = { actor_type?: string; actor_id?: string; supplier_id?: string }

export type AccessRequest = {
  method: string
  /** the URL path, without the query string */
  path: string
  /** where the request named the record: its path, its query string or its body */
  via: "path" | "query" | "body"
}

/** May this caller use this record through this request? false answers 404, so nobody learns the record exists. */
export type AccessRule = (caller: Caller, owner: Owner, request: AccessRequest) => boolean

/**
 * Where a request names a record of some kind: a path segment
 * (`/store/carts/:id/…`) and/or a query or body field (`cart_id`, or
 * `items.variant_id` for the `variant_id` of each object in a list `items`).
 */
export type Reference = { kind: OwnedKind; segment?: string; field?: string }

/**
 * One actor's access: the requests that are its (by path prefix), where those
 * requests name owned records, and the one rule that decides.
 *
 * Extension point for the actors to come (see docs/adr/0006-…):
 * - institution members (`/store/institution/…`, customers with a role): a
 *   loader in owners.ts that fills the owning institution of e.g. an intent
 *   agreement, and a rule "the caller is a buyer of that institution";
 * - supplier members (`/supplier/…`, their own actor type): a loader that fills
 *   the owning supplier, and a rule "auth_context.actor_type is the supplier
 *   member type and its supplier is the owner".
 * Add the entry to ACTORS below; the middleware picks the longest matching
 * prefix, so `/store/institution/` takes precedence over `/store/`. The
 * route-table access test fails while an actor's routes have no entry.
 */
export type ActorAccess = {
  /** as the route table names actors: store, institution, supplier */
  actor: string
  prefix: string
  references: Reference[]
  rule: AccessRule
  /** fills what the rule needs to know of the caller beyond Medusa's auth context (a member's supplier) */
  resolveCaller?: (container: MedusaContainer, caller: Caller) => Promise<Caller>
}

export const customerOf = (caller: Caller): string | undefined =>
  caller.actor_type === "customer" && caller.actor_id ? caller.actor_id : undefined

/**
 * The shopper's rule, for every /store route:
 * - a record bound to a registered customer (one with a login) is that
 *   customer's alone: anyone else, logged in or not, gets 404;
 * - a guest's record (no customer, or a guest customer) answers to whoever
 *   holds its id: the id is a random ULID the guest received and the storefront
 *   keeps in an httpOnly cookie (docs/adr/0006-…);
 * - a completed cart answers to nobody (its order is the record now), except
 *   that completing it again returns its order to the same caller, so that a
 *   retried checkout is idempotent; a draft order answers to nobody.
 */
export const shopperRule: AccessRule = (caller, owner, request) => {
  if (owner.closed) {
    const retryingCompletion = owner.kind === "cart" && request.method === "POST" && request.via === "path" && /\/complete\/?$/.test(request.path)
    if (!retryingCompletion) return false
  }
  if (!owner.registered) return true
  return customerOf(caller) === owner.customer_id
}

export const SHOPPER: ActorAccess = {
  actor: "store",
  prefix: "/store/",
  references: [
    { kind: "cart", segment: "carts", field: "cart_id" },
    { kind: "order", segment: "orders", field: "order_id" },
    { kind: "payment_collection", segment: "payment-collections", field: "payment_collection_id" },
  ],
  rule: shopperRule,
}

/**
 * The supplier member's rule, for every /supplier route: a product, variant,
 * order, order line, certificate, change request, member or invite is the
 * caller's only when the caller is an active member of a supplier that owns
 * it (an order: a supplier with a line in it; the routes then show only that
 * supplier's lines). Anyone else — another supplier's member, a shopper, an
 * operator, nobody — gets 404.
 */
export const supplierMemberRule: AccessRule = (caller, owner) =>
  caller.actor_type === SUPPLIER_ACTOR_TYPE && !!caller.supplier_id && (owner.supplier_ids ?? []).includes(caller.supplier_id)

export const SUPPLIER_MEMBER: ActorAccess = {
  actor: "supplier",
  prefix: "/supplier/",
  references: [
    { kind: "supplier_product", segment: "products", field: "product_id" },
    { kind: "supplier_variant", field: "variant_id" },
    { kind: "supplier_variant", field: "items.variant_id" },
    { kind: "supplier_order", segment: "orders", field: "order_id" },
    { kind: "supplier_line_item", field: "items.line_item_id" },
    { kind: "supplier_certificate", segment: "certifications", field: "certificate_id" },
    { kind: "supplier_change_request", segment: "change-requests" },
    { kind: "supplier_member", segment: "members" },
    { kind: "supplier_invite", segment: "invites" },
  ],
  rule: supplierMemberRule,
  resolveCaller: async (container, caller) =>
    caller.actor_type === SUPPLIER_ACTOR_TYPE && caller.actor_id
      ? { ...caller, supplier_id: (await supplierOfMember(container, caller.actor_id)) ?? undefined }
      : caller,
}

export const ACTORS: ActorAccess[] = [SHOPPER, SUPPLIER_MEMBER]

/** The actor whose requests these are: the longest prefix that matches. */
export function actorFor(path: string, actors: ActorAccess[] = ACTORS): ActorAccess | undefined {
  return actors.filter((a) => path.startsWith(a.prefix)).sort((a, b) => b.prefix.length - a.prefix.length)[0]
}

/** Ids that can be looked up at all; anything else is left to the route's validation. */
const PLAUSIBLE_ID = /^[A-Za-z0-9_-]{1,100}$/

const valuesOf = (value: unknown): string[] =>
  (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === "string" && PLAUSIBLE_ID.test(v))

/** Every owned record a request names, in its path, query string or (top-level) body. */
export function referencesOf(
  actor: ActorAccess,
  request: { path: string; query?: unknown; body?: unknown }
): Array<{ kind: OwnedKind; id: string; via: AccessRequest["via"] }> {
  const found: Array<{ kind: OwnedKind; id: string; via: AccessRequest["via"] }> = []
  const segments = request.path.slice(actor.prefix.length).split("/")
  for (const ref of actor.references) {
    if (ref.segment && segments[0] === ref.segment) {
      for (const id of valuesOf(segments[1] ? decodeURIComponentSafe(segments[1]) : undefined)) found.push({ kind: ref.kind, id, via: "path" })
    }
    if (ref.field) {
      for (const [via, source] of [["query", request.query], ["body", request.body]] as const) {
        for (const id of valuesOf(fieldValues(source, ref.field))) found.push({ kind: ref.kind, id, via })
      }
    }
  }
  return found
}

/** `field` of an object, or `list.field` of each object in its list `list`. */
function fieldValues(source: unknown, field: string): unknown {
  if (!source || typeof source !== "object") return undefined
  const [head, tail] = field.split(".", 2) as [string, string | undefined]
  const value = (source as Record<string, unknown>)[head]
  if (tail === undefined) return value
  return Array.isArray(value) ? value.map((item) => (item && typeof item === "object" ? (item as Record<string, unknown>)[tail] : undefined)) : undefined
}

function decodeURIComponentSafe(s: string): string | undefined {
  try {
    return decodeURIComponent(s)
  } catch {
    return undefined
  }
}
