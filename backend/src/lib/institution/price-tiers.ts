import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import type { PadPriceTierDTO } from "@fupin/shared"
import type { PadContext } from "./pad"

/**
 * The pricing context Medusa's cart uses for this member, without the
 * quantity: region, currency, customer and the customer's groups (the rule
 * `customer.groups.id` of an institutional price list matches on these).
 */
export function pricingContextOf(ctx: PadContext): Record<string, unknown> {
  return {
    region_id: ctx.region_id,
    currency_code: ctx.currency_code,
    ...(ctx.customer_id ? { customer_id: ctx.customer_id } : {}),
    ...(ctx.customer_group_ids?.length ? { customer: { groups: ctx.customer_group_ids.map((id) => ({ id })) } } : {}),
  }
}

/**
 * Each price set's tiers for this member: the price at quantity 1, then the
 * price from every quantity where some price of the set starts
 * (min_quantity) or stops (max_quantity + 1), each asked of Medusa's pricing
 * module with that quantity in the context, exactly as the cart asks it for
 * a line, so the pad shows what the cart will charge. Equal neighbours are
 * merged; a set without quantity bounds has one tier.
 */
export async function priceTiersOf(
  container: MedusaContainer,
  ctx: PadContext,
  sets: Array<{ price_set_id: string; unit_price: number }>
): Promise<Map<string, PadPriceTierDTO[]>> {
  const out = new Map<string, PadPriceTierDTO[]>(sets.map((s) => [s.price_set_id, [{ min_quantity: 1, unit_price: s.unit_price }]]))
  if (!sets.length) return out
  const pricing = container.resolve(Modules.PRICING)
  const bounded = await pricing.listPrices(
    { price_set_id: sets.map((s) => s.price_set_id), currency_code: ctx.currency_code, $or: [{ min_quantity: { $gt: 1 } }, { max_quantity: { $ne: null } }] } as never,
    { select: ["price_set_id", "min_quantity", "max_quantity"], take: null }
  )
  if (!bounded.length) return out
  // quantity → the price sets whose price may change there
  const at = new Map<number, Set<string>>()
  const mark = (q: number, setId: string) => {
    if (!Number.isFinite(q) || q <= 1) return
    at.set(q, (at.get(q) ?? new Set()).add(setId))
  }
  for (const p of bounded as Array<{ price_set_id?: string | null; min_quantity?: unknown; max_quantity?: unknown }>) {
    if (!p.price_set_id) continue
    if (p.min_quantity !== null && p.min_quantity !== undefined) mark(Number(p.min_quantity), p.price_set_id)
    if (p.max_quantity !== null && p.max_quantity !== undefined) mark(Number(p.max_quantity) + 1, p.price_set_id)
  }
  const base = pricingContextOf(ctx)
  for (const q of [...at.keys()].sort((a, b) => a - b)) {
    const ids = [...at.get(q)!]
    const prices = await pricing.calculatePrices({ id: ids }, { context: { ...base, quantity: q } as never })
    for (const price of prices) {
      if (typeof price.calculated_amount !== "number") continue
      const tiers = out.get(price.id)!
      if (tiers[tiers.length - 1]!.unit_price !== price.calculated_amount) tiers.push({ min_quantity: q, unit_price: price.calculated_amount })
    }
  }
  return out
}
