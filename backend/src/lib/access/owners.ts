import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { INSTITUTION_MODULE } from "../../modules/institution"
import type InstitutionModuleService from "../../modules/institution/service"
import { institutionOfCart, pendingApprovalOf } from "../institution/membership"
import { quoteNeedsApproverOf } from "../institution/quotes"
import { SUPPLIER_OWNER_LOADERS } from "./supplier-owners"

/**
 * Who a shopper-facing record belongs to, as the access rules need it.
 *
 * - `customer_id` / `registered`: the customer the record is bound to, and
 *   whether that customer has an account (a login). A guest's record is bound
 *   to a guest customer (has_account false) or to nobody.
 * - `closed`: the record no longer answers to anyone through the store API
 *   (a completed cart: its order is the record now; a draft order).
 * - `institution_id`: the institution a cart or order buys for (its metadata),
 *   or that an approval request belongs to; `frozen`: an institution cart with
 *   a pending approval request; `requested_by`: who submitted an approval request.
 */
export type Owner = {
  kind: OwnedKind
  id: string
  customer_id: string | null
  registered: boolean
  closed: boolean
  email: string | null
  institution_id?: string | null
  frozen?: boolean
  requested_by?: string | null
  /** a quote whose acceptance needs an approver (its total is above the institution's approval amount) */
  needs_approver?: boolean
  /** supplier kinds: the suppliers the record belongs to (an order: every supplier with a line in it) */
  supplier_ids?: string[]
}

/** What a shopper's requests name. */
export type ShopperKind = "cart" | "order" | "payment_collection"
/** What an institution member's requests name beyond a shopper's. */
export type InstitutionKind = "institution_approval" | "institution_canteen" | "institution_list" | "institution_quote"
/** What a supplier member's requests name (src/lib/access/supplier-owners.ts). */
export type SupplierKind =
  | "supplier_product"
  | "supplier_variant"
  | "supplier_order"
  | "supplier_line_item"
  | "supplier_certificate"
  | "supplier_change_request"
  | "supplier_member"
  | "supplier_invite"
  | "supplier_invoice_request"
export type OwnedKind = ShopperKind | InstitutionKind | SupplierKind

export type Loader = (container: MedusaContainer, id: string) => Promise<Owner | null>

/** The field that closes a record of this kind to the store: a completed cart, a draft order. */
const CLOSED_BY = { cart: "completed_at", order: "is_draft_order" } as const

type BoundRow = {
  id: string
  email: string | null
  customer_id: string | null
  customer?: { has_account?: boolean } | null
  metadata?: Record<string, unknown> | null
} & Partial<Record<(typeof CLOSED_BY)[keyof typeof CLOSED_BY], unknown>>

/** Carts and orders both carry the customer they are bound to. */
const boundTo =
  (kind: keyof typeof CLOSED_BY): Loader =>
  async (container, id) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: kind,
      fields: ["id", "email", "customer_id", "customer.has_account", "metadata", CLOSED_BY[kind]],
      filters: { id },
    })
    const row = data[0] as BoundRow | undefined
    if (!row) return null
    const institution_id = institutionOfCart(row.metadata)
    const closed = !!row[CLOSED_BY[kind]]
    return {
      kind,
      id: row.id,
      customer_id: row.customer_id ?? null,
      registered: !!row.customer?.has_account,
      closed,
      email: row.email ?? null,
      institution_id,
      frozen: kind === "cart" && !!institution_id && !closed && !!(await pendingApprovalOf(container, row.id)),
    }
  }

const loadCart = boundTo("cart")
const loadOrder = boundTo("order")

/** A payment collection belongs to whoever its order (once placed) or its cart belongs to. */
const loadPaymentCollection: Loader = async (container, id) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "payment_collection",
    fields: ["id", "cart.id", "order.id"],
    filters: { id },
  })
  const pc = data[0] as { id: string; cart?: { id?: string } | null; order?: { id?: string } | null } | undefined
  if (!pc) return null
  const parent = pc.order?.id ? await loadOrder(container, pc.order.id) : pc.cart?.id ? await loadCart(container, pc.cart.id) : null
  // a collection tied to nothing a shopper owns is nobody's to use through the store
  if (!parent) return { kind: "payment_collection", id: pc.id, customer_id: null, registered: false, closed: true, email: null }
  return { ...parent, kind: "payment_collection", id: pc.id }
}

/** An approval request belongs to its institution; it is never a shopper's. */
const loadApproval: Loader = async (container, id) => {
  const service = container.resolve<InstitutionModuleService>(INSTITUTION_MODULE)
  const [approval] = await service.listInstitutionApprovals({ id })
  if (!approval) return null
  return {
    kind: "institution_approval",
    id: approval.id,
    customer_id: null,
    registered: false,
    closed: false,
    email: null,
    institution_id: approval.institution_id,
    requested_by: approval.requested_by,
  }
}

/** A canteen (收货地址) belongs to its institution. */
const loadCanteen: Loader = async (container, id) => {
  const service = container.resolve<InstitutionModuleService>(INSTITUTION_MODULE)
  const [canteen] = await service.listInstitutionCanteens({ id }, { select: ["id", "institution_id"] })
  if (!canteen) return null
  return { kind: "institution_canteen", id: canteen.id, customer_id: null, registered: false, closed: false, email: null, institution_id: canteen.institution_id }
}

/** A 常用清单 belongs to its institution. */
const loadList: Loader = async (container, id) => {
  const service = container.resolve<InstitutionModuleService>(INSTITUTION_MODULE)
  const [list] = await service.listInstitutionLists({ id }, { select: ["id", "institution_id"] })
  if (!list) return null
  return { kind: "institution_list", id: list.id, customer_id: null, registered: false, closed: false, email: null, institution_id: list.institution_id }
}

/** A 询价单 belongs to its institution; its acceptance may need an approver other than who asked. */
const loadQuote: Loader = async (container, id) => {
  const service = container.resolve<InstitutionModuleService>(INSTITUTION_MODULE)
  const [quote] = await service.listInstitutionQuotes({ id }, { select: ["id", "institution_id", "requested_by", "lines"] })
  if (!quote) return null
  return {
    kind: "institution_quote",
    id: quote.id,
    customer_id: null,
    registered: false,
    closed: false,
    email: null,
    institution_id: quote.institution_id,
    requested_by: quote.requested_by,
    needs_approver: await quoteNeedsApproverOf(container, quote as never),
  }
}

export const OWNER_LOADERS: Record<OwnedKind, Loader> = {
  cart: loadCart,
  order: loadOrder,
  payment_collection: loadPaymentCollection,
  institution_approval: loadApproval,
  institution_canteen: loadCanteen,
  institution_list: loadList,
  institution_quote: loadQuote,
  ...SUPPLIER_OWNER_LOADERS,
}

export function loadOwner(container: MedusaContainer, kind: OwnedKind, id: string): Promise<Owner | null> {
  return OWNER_LOADERS[kind](container, id)
}
