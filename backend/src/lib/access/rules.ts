import type { MedusaContainer } from "@medusajs/framework/types"
import type { MemberRole } from "@fupin/shared"
import { MEMBER_ROLE_LABELS, QUOTE_MESSAGES, SUPPLIER_ACTOR_TYPE } from "@fupin/shared"
import { FROZEN_MESSAGE, type Membership, membershipOf } from "../institution/membership"
import type { OwnedKind, Owner } from "./owners"
import { supplierOfMember } from "./supplier-caller"

/**
 * The caller as Medusa's authenticate middleware left it on the request, plus
 * what an actor's `loadCaller` adds: an institution member's membership, a
 * supplier member's supplier.
 */
export type Caller = { actor_type?: string; actor_id?: string; member?: Membership | null; supplier_id?: string }

export type AccessRequest = {
  method: string
  /** the URL path, without the query string */
  path: string
  /** where the request named the record: its path, its query string or its body */
  via: "path" | "query" | "body"
}

/**
 * A refusal the caller may learn about: 403 for a caller who may not do this
 * at all (no member, missing role, deciding one's own request), 409 for a
 * record in a state that refuses the request (a frozen cart). The message is
 * Chinese and English.
 */
export type Refusal = { status: 403 | 409; message: string }

/**
 * May this caller use this record through this request? false answers 404, so
 * nobody learns the record exists; a Refusal answers its status and message.
 */
export type AccessRule = (caller: Caller, owner: Owner, request: AccessRequest) => boolean | Refusal

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
  /** fills what the rule needs to know about the caller (a membership, a member's supplier), once per request */
  loadCaller?: (container: MedusaContainer, caller: Caller) => Promise<Caller>
  /** decides before any record is looked up: may this caller use this route at all? null: yes */
  gate?: (caller: Caller, request: Omit<AccessRequest, "via">) => Refusal | null
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
  const mine = shopperMayUse(caller, owner, request)
  // an institution cart waiting for approval is frozen on every route that would change it
  if (mine && owner.frozen && request.method !== "GET") return { status: 409, message: FROZEN_MESSAGE }
  return mine
}

function shopperMayUse(caller: Caller, owner: Owner, request: AccessRequest): boolean {
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

// ---- institution members (/store/institution/…) -----------------------------

const NOT_A_MEMBER =
  "机构采购仅限采购单位成员使用：您的账号不属于任何采购单位 / The institution portal is for members of an institution; your account is not a member of one"
const INSTITUTION_NOT_APPROVED =
  "您的采购单位尚未通过审核或已被暂停，暂不能使用机构采购 / Your institution is not approved (or is suspended): the portal is closed to it for now"
const OWN_REQUEST = "不能审批自己提交的采购单，请由其他审批人处理 / You cannot decide on an order you submitted; another approver must"

/**
 * Which roles may make each institution route, by method and path below the
 * prefix (any one of them; first match wins; routes not listed are open to
 * every member): purchasers build and submit orders, approvers decide, admins
 * manage; purchasers and admins keep the 常用清单 (every member reads them).
 */
export const INSTITUTION_ROLE_RULES: Array<{ methods: string[]; path: RegExp; roles: MemberRole[] }> = [
  { methods: ["POST"], path: /^carts\/?$/, roles: ["purchaser"] },
  { methods: ["POST", "DELETE"], path: /^carts\/[^/]+\/(lines|submit|delivery)\/?$/, roles: ["purchaser"] },
  { methods: ["GET", "POST"], path: /^pad(\/|$)/, roles: ["purchaser"] },
  // 验收: the purchasers who ordered the goods confirm what arrived
  { methods: ["POST"], path: /^orders\/[^/]+\/shipments\/[^/]+\/receipt\/?$/, roles: ["purchaser"] },
  { methods: ["POST"], path: /^uploads\/?$/, roles: ["purchaser"] },
  { methods: ["POST"], path: /^approvals\/[^/]+\/(approve|reject)\/?$/, roles: ["approver"] },
  { methods: ["POST", "DELETE"], path: /^(members|settings|invites|canteens)(\/|$)/, roles: ["admin"] },
  // members and invitations are the admin's to see, not only to change (onboarding)
  { methods: ["GET"], path: /^(members|invites)(\/|$)/, roles: ["admin"] },
  // 常用清单: purchasers and admins save, rename, replace and delete them; approvers read
  { methods: ["POST", "DELETE"], path: /^lists(\/|$)/, roles: ["purchaser", "admin"] },
  // 询价: purchasers and admins ask (from the pad's lines); purchasers accept or decline, approvers too
  // (above the approval amount only an approver may accept: institutionRule); every member reads
  { methods: ["POST"], path: /^quotes\/?$/, roles: ["purchaser", "admin"] },
  { methods: ["POST"], path: /^quotes\/[^/]+\/(accept|decline)\/?$/, roles: ["purchaser", "approver"] },
]

/** The roles (any one of them) a request to an institution route needs, or null when any member may make it. */
export function rolesNeeded(method: string, path: string): MemberRole[] | null {
  const rest = path.startsWith(INSTITUTION.prefix) ? path.slice(INSTITUTION.prefix.length) : path
  return INSTITUTION_ROLE_RULES.find((r) => r.methods.includes(method) && r.path.test(rest))?.roles ?? null
}

/** Every institution route: the caller must be a member of an approved institution with a role the route needs. */
export const institutionGate: NonNullable<ActorAccess["gate"]> = (caller, request) => {
  const member = caller.member
  if (!member) return { status: 403, message: NOT_A_MEMBER }
  if (member.institution_status !== "approved") return { status: 403, message: INSTITUTION_NOT_APPROVED }
  const roles = rolesNeeded(request.method, request.path)
  if (roles && !roles.some((r) => member.roles.includes(r))) {
    const labels = roles.map((r) => MEMBER_ROLE_LABELS[r])
    return {
      status: 403,
      message: `此操作需要${labels.map((l) => `「${l.zh}」`).join("或")}角色 / This needs the ${labels.map((l) => l.en.toLowerCase()).join(" or ")} role`,
    }
  }
  return null
}

/**
 * An institution's records (its carts, approval requests) answer to its members
 * only; anyone else gets the 404 of a missing record. A completed cart is its
 * order now; a frozen cart refuses changes; an approver never decides a request
 * they made themselves.
 */
export const institutionRule: AccessRule = (caller, owner, request) => {
  const member = caller.member
  if (!member || !owner.institution_id || owner.institution_id !== member.institution_id) return false
  if (owner.kind === "cart") {
    if (owner.closed) return false
    if (owner.frozen && request.method !== "GET") return { status: 409, message: FROZEN_MESSAGE }
  }
  // an accepted quote is an order: above the approval amount, accepting it is the approval, made by an
  // approver who did not ask for it (the pad's rule for an order above the amount)
  if (owner.kind === "institution_quote" && owner.needs_approver && /\/accept\/?$/.test(request.path)) {
    if (!member.roles.includes("approver") || owner.requested_by === member.customer_id) return { status: 403, message: QUOTE_MESSAGES.needsApprover }
  }
  if (owner.kind === "institution_approval" && /\/(approve|reject)\/?$/.test(request.path) && owner.requested_by === member.customer_id) {
    return { status: 403, message: OWN_REQUEST }
  }
  return true
}

/**
 * 对公转账 is for institutions: only a member of an approved institution may
 * see the bank-transfer provider or start a payment session with it
 * (src/api/middlewares/bank-transfer.ts applies this on the shopper's routes).
 */
export const BANK_TRANSFER_MEMBERS_ONLY =
  "对公转账仅限采购单位成员使用 / Bank transfer is for members of an approved institution only"
export const mayPayByBankTransfer = (member: Membership | null | undefined): boolean => !!member && member.institution_status === "approved"

export const INSTITUTION: ActorAccess = {
  actor: "institution",
  prefix: "/store/institution/",
  references: [
    { kind: "cart", segment: "carts", field: "cart_id" },
    { kind: "institution_approval", segment: "approvals", field: "approval_id" },
    { kind: "institution_canteen", segment: "canteens", field: "canteen_id" },
    { kind: "institution_list", segment: "lists", field: "list_id" },
    { kind: "order", segment: "orders", field: "order_id" },
    { kind: "institution_quote", segment: "quotes", field: "quote_id" },
  ],
  rule: institutionRule,
  loadCaller: async (container, caller) => ({ ...caller, member: await membershipOf(container, customerOf(caller)) }),
  gate: institutionGate,
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
    { kind: "supplier_invoice_request", segment: "invoice-requests" },
  ],
  rule: supplierMemberRule,
  loadCaller: async (container, caller) =>
    caller.actor_type === SUPPLIER_ACTOR_TYPE && caller.actor_id
      ? { ...caller, supplier_id: (await supplierOfMember(container, caller.actor_id)) ?? undefined }
      : caller,
}


export const ACTORS: ActorAccess[] = [SHOPPER, INSTITUTION, SUPPLIER_MEMBER]

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
