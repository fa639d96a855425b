import { ContainerRegistrationKeys, MathBN } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PERSONAL_SUPPORT_METADATA_KEY, type PurchaseSource } from "@fupin/shared"
import { institutionOfCart, membershipOf } from "../../../lib/institution/membership"
import { provenanceOf } from "../../../lib/institution/provenance"
import { cny } from "../../../modules/institution/service"

/** Lines without a known county still count toward the reserved share, under this handle. */
export const UNKNOWN_COUNTY = "unknown"

export type OrderPurchaseFacts = {
  order_id: string
  customer_id: string
  institution_id: string
  source: PurchaseSource
  placed_at: Date
  /** what the order bought per county (line totals), and its share of what is paid */
  counties: Array<{ county_handle: string; amount: number; paid: number }>
}

export type LoadedOrderPurchases = { facts: OrderPurchaseFacts | null; reason: string | null }

type OrderRow = {
  id: string
  customer_id: string | null
  customer?: { has_account?: boolean } | null
  metadata: Record<string, unknown> | null
  created_at: string | Date
  items?: Array<{ id: string; product_id: string | null; total?: unknown; unit_price: unknown; quantity: unknown } | null> | null
  payment_collections?: Array<{ payments?: Array<{ captures?: Array<{ amount: unknown } | null>; refunds?: Array<{ amount: unknown } | null> } | null> } | null> | null
}

/** Splits `paid` over the counties in proportion to their amounts; the last county takes the rounding. */
export function splitPaid(counties: Array<{ county_handle: string; amount: number }>, paid: number) {
  const total = MathBN.sum(0, ...counties.map((c) => c.amount)).toNumber()
  let left = paid
  return counties.map((c, i) => {
    const share = i === counties.length - 1 ? left : total > 0 ? Math.round(((paid * c.amount) / total) * 100) / 100 : 0
    left = Math.round((left - share) * 100) / 100
    return { ...c, paid: share }
  })
}

/**
 * Reads what counting an order for an institution needs: whose order it is,
 * for which institution (an institution cart's metadata, or a member's personal
 * order marked 计入单位消费帮扶), and what it bought per county. An order
 * counts only when its customer is a logged-in member of that institution; a
 * guest who types a member's e-mail counts for nobody.
 */
export const loadOrderPurchasesStep = createStep("load-order-purchases", async (input: { order_id: string }, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const none = (reason: string) => new StepResponse<LoadedOrderPurchases>({ facts: null, reason })
  const { data } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "customer_id",
      "customer.has_account",
      "metadata",
      "created_at",
      // "items.*" makes the order module compute line totals
      "items.*",
      "payment_collections.payments.captures.amount",
      "payment_collections.payments.refunds.amount",
    ],
    filters: { id: input.order_id },
  })
  const order = data[0] as unknown as OrderRow | undefined
  if (!order) return none("order not found")
  const named = institutionOfCart(order.metadata)
  const personal = order.metadata?.[PERSONAL_SUPPORT_METADATA_KEY] === true
  if (!named && !personal) return none("not an institution order")
  if (!order.customer_id) return none("order has no customer")
  if (!order.customer?.has_account) return none("order was not placed by a logged-in member")
  const member = await membershipOf(container, order.customer_id)
  if (!member || (named && member.institution_id !== named)) return none(`customer ${order.customer_id} is not a member of the order's institution`)
  if (member.institution_status !== "approved") return none(`institution ${member.institution_id} is ${member.institution_status}`)

  const items = (order.items ?? []).filter((i): i is NonNullable<typeof i> => Boolean(i))
  const provenance = await provenanceOf(container, items.map((i) => i.product_id).filter((id): id is string => !!id))
  const byCounty = new Map<string, number>()
  for (const item of items) {
    const county = (item.product_id && provenance.get(item.product_id)?.county_handle) || UNKNOWN_COUNTY
    const total = item.total ?? MathBN.mult(item.unit_price as never, item.quantity as never)
    byCounty.set(county, MathBN.add(byCounty.get(county) ?? 0, cny(total)).toNumber())
  }
  let paid = 0
  for (const pc of order.payment_collections ?? []) {
    for (const payment of pc?.payments ?? []) {
      for (const c of payment?.captures ?? []) paid += cny(c?.amount)
      for (const r of payment?.refunds ?? []) paid -= cny(r?.amount)
    }
  }
  const counties = splitPaid(
    [...byCounty.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([county_handle, amount]) => ({ county_handle, amount })),
    Math.round(paid * 100) / 100
  )
  return new StepResponse<LoadedOrderPurchases>({
    facts: {
      order_id: order.id,
      customer_id: order.customer_id,
      institution_id: member.institution_id,
      source: named ? "institution" : "personal",
      placed_at: new Date(order.created_at),
      counties,
    },
    reason: null,
  })
})
