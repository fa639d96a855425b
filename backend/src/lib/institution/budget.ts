import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MathBN, MedusaError } from "@medusajs/framework/utils"
import { budgetMonthOf, budgetRefusal, budgetRemaining, fitsBudget, type PurchaserBudgetDTO } from "@fupin/shared"
import { INSTITUTION_MODULE } from "../../modules/institution"
import type InstitutionModuleService from "../../modules/institution/service"
import { cny } from "../../modules/institution/service"
import { cartGoodsOf, institutionOfCart } from "./membership"

/** Medusa's order statuses that no longer spend anything. */
const NOT_SPENT = new Set(["canceled"])

type Who = { institution_id: string; customer_id: string }

/**
 * What a purchaser has spent this calendar month (Beijing time) for the
 * institution, by goods (商品金额, BUDGET_BASIS): the orders placed on its carts
 * and not cancelled, plus the orders waiting for an approver (pending approval
 * requests, at their submitted amount). Rejected and withdrawn requests spend
 * nothing; an approved one is an order by then. `exceptCart`: the cart being
 * decided, which is counted as "this order" instead.
 */
export async function spentThisMonth(container: MedusaContainer, who: Who, opts: { now?: Date; exceptCart?: string } = {}): Promise<number> {
  const { from, to } = budgetMonthOf(opts.now)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: orders } = await query.graph({
    entity: "order",
    fields: ["id", "status", "item_total", "metadata"],
    filters: { customer_id: who.customer_id, created_at: { $gte: from, $lt: to } },
    pagination: { take: 10_000 },
  })
  const placed = (orders as unknown as Array<{ status: string; item_total: unknown; metadata: Record<string, unknown> | null }>)
    .filter((o) => institutionOfCart(o.metadata) === who.institution_id && !NOT_SPENT.has(o.status))
    .map((o) => cny(o.item_total))
  const service = container.resolve<InstitutionModuleService>(INSTITUTION_MODULE)
  const pending = (
    await service.listInstitutionApprovals(
      { institution_id: who.institution_id, requested_by: who.customer_id, status: "pending", created_at: { $gte: from, $lt: to } },
      { take: null, select: ["id", "cart_id", "amount"] }
    )
  )
    .filter((a) => a.cart_id !== opts.exceptCart)
    .map((a) => cny(a.amount))
  return MathBN.sum(0, ...placed, ...pending).decimalPlaces(2).toNumber()
}

/** The purchaser's monthly budget (null: none), read afresh. */
async function budgetOfMember(container: MedusaContainer, who: Who): Promise<number | null> {
  const service = container.resolve<InstitutionModuleService>(INSTITUTION_MODULE)
  const [member] = await service.listInstitutionBuyers({ institution_id: who.institution_id, customer_id: who.customer_id }, { select: ["id", "monthly_budget"] })
  return member?.monthly_budget === null || member?.monthly_budget === undefined ? null : cny(member.monthly_budget)
}

/** This month's budget, what is spent and what is left, as the dashboard and the pad show it. */
export async function purchaserBudget(container: MedusaContainer, who: Who, now: Date = new Date()): Promise<PurchaserBudgetDTO> {
  const monthly_budget = await budgetOfMember(container, who)
  const spent = await spentThisMonth(container, who, { now })
  return { month: budgetMonthOf(now).month, monthly_budget, spent, remaining: budgetRemaining(monthly_budget, spent) }
}

/**
 * Refuses (400, naming the budget, what is spent and what is left) an order
 * of `amount` of goods on `cart_id` that would take its purchaser over the
 * month's budget. Called where an institution order is submitted and where a
 * cart becomes an order (the complete-cart hook: on approval, and on a direct
 * POST /store/carts/:id/complete), so no path gets past it.
 */
export async function assertWithinBudget(container: MedusaContainer, input: Who & { cart_id: string; amount: number }) {
  const budget = await budgetOfMember(container, input)
  if (budget === null) return
  const spent = await spentThisMonth(container, input, { exceptCart: input.cart_id })
  if (!fitsBudget(budget, spent, input.amount)) throw new MedusaError(MedusaError.Types.INVALID_DATA, budgetRefusal(budget, spent, input.amount))
}

/**
 * The complete-cart hook's check: an institution cart's purchaser (its customer) within the month's budget.
 * The hook passes the goods and customer of the cart Medusa read under its lock; without them they are read afresh.
 */
export async function assertInstitutionCartWithinBudget(
  container: MedusaContainer,
  cart: { id: string; metadata?: Record<string, unknown> | null; item_total?: unknown; customer_id?: string | null }
) {
  const institutionId = institutionOfCart(cart.metadata)
  if (!institutionId) return
  const row = cart.item_total !== undefined && cart.customer_id !== undefined ? cart : await cartGoodsOf(container, cart.id)
  if (!row.customer_id) return
  await assertWithinBudget(container, { institution_id: institutionId, customer_id: row.customer_id, cart_id: cart.id, amount: cny(row.item_total ?? 0) })
}
