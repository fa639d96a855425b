import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { INSTITUTION_CART_METADATA_KEY, type MemberRole, MEMBER_ROLES, needsApproval } from "@fupin/shared"
import { INSTITUTION_MODULE } from "../../modules/institution"
import type InstitutionModuleService from "../../modules/institution/service"
import { cny } from "../../modules/institution/service"

/** A logged-in customer's membership, as the access rule and the routes read it. */
export type Membership = {
  id: string
  customer_id: string
  institution_id: string
  roles: MemberRole[]
  institution_status: string
}

const asRoles = (value: unknown): MemberRole[] =>
  Array.isArray(value) ? MEMBER_ROLES.filter((r) => value.includes(r)) : []

/** The membership of a customer, or null when the customer belongs to no institution. */
export async function membershipOf(container: MedusaContainer, customerId: string | undefined): Promise<Membership | null> {
  if (!customerId) return null
  const service = container.resolve<InstitutionModuleService>(INSTITUTION_MODULE)
  const [member] = await service.listInstitutionBuyers({ customer_id: customerId }, { relations: ["institution"] })
  if (!member) return null
  return {
    id: member.id,
    customer_id: member.customer_id,
    institution_id: member.institution_id,
    roles: asRoles(member.roles),
    institution_status: member.institution.status,
  }
}

/** The institution a cart buys for (its metadata), or null for a shopper's own cart. */
export function institutionOfCart(metadata: Record<string, unknown> | null | undefined): string | null {
  const id = metadata?.[INSTITUTION_CART_METADATA_KEY]
  return typeof id === "string" && id ? id : null
}

/** The pending approval request of a cart, if any: while there is one the cart is frozen. */
export async function pendingApprovalOf(container: MedusaContainer, cartId: string) {
  const service = container.resolve<InstitutionModuleService>(INSTITUTION_MODULE)
  const [approval] = await service.listInstitutionApprovals({ cart_id: cartId, status: "pending" })
  return approval ?? null
}

export const FROZEN_MESSAGE = "此采购单正在等待审批，不能增删改或结算；请等待审批或撤回申请 / This order is waiting for approval: its lines cannot be changed and it cannot be checked out until it is decided or withdrawn"

/** Throws when a cart has a pending approval request (it is frozen). */
export async function assertNotFrozen(container: MedusaContainer, cartId: string | undefined) {
  if (!cartId) return
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "cart", fields: ["id", "metadata"], filters: { id: cartId } })
  const cart = data[0] as { id: string; metadata: Record<string, unknown> | null } | undefined
  if (!cart || !institutionOfCart(cart.metadata)) return
  if (await pendingApprovalOf(container, cart.id)) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, FROZEN_MESSAGE)
}

/** An institution cart's goods (item_total) and customer, read afresh: Medusa adds up every line for item_total. */
export async function cartGoodsOf(container: MedusaContainer, cartId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "cart", fields: ["id", "customer_id", "item_total"], filters: { id: cartId } })
  return ((data[0] as { customer_id?: string | null; item_total?: unknown } | undefined) ?? {}) as { customer_id?: string | null; item_total?: unknown }
}

/**
 * What must hold when an institution cart becomes an order: it is not frozen,
 * and an order above the institution's approval threshold has been approved.
 * A shopper's own cart passes.
 */
export async function assertInstitutionCartMayComplete(
  container: MedusaContainer,
  cart: { id: string; metadata?: Record<string, unknown> | null; item_total?: unknown }
) {
  const institutionId = institutionOfCart(cart.metadata)
  if (!institutionId) return
  const service = container.resolve<InstitutionModuleService>(INSTITUTION_MODULE)
  const approvals = await service.listInstitutionApprovals({ cart_id: cart.id }, { order: { created_at: "DESC" } })
  if (approvals.some((a) => a.status === "pending")) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, FROZEN_MESSAGE)
  const [institution] = await service.listInstitutions({ id: institutionId })
  if (!institution) return
  const threshold = institution.approval_threshold === null || institution.approval_threshold === undefined ? null : cny(institution.approval_threshold)
  // the threshold compares the goods (APPROVAL_BASIS): the complete-cart hook's cart carries them
  // (Medusa reads it with its totals under the cart's lock); read afresh otherwise
  const goods = cny(cart.item_total ?? (await cartGoodsOf(container, cart.id)).item_total ?? 0)
  if (!needsApproval(goods, threshold)) return
  const latest = approvals[0]
  if (latest?.status === "approved" && cny(latest.amount) === goods) return
  throw new MedusaError(
    MedusaError.Types.NOT_ALLOWED,
    `商品金额超过 ¥${threshold} 需审批人批准：请提交审批 / Orders whose goods come to more than ¥${threshold} need an approver: submit it for approval`
  )
}
