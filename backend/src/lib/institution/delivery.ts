import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules, QueryContext } from "@medusajs/framework/utils"
import { NO_DELIVERY_MESSAGE, SHIPPING_OPTION_CODES } from "@fupin/shared"
import { cny } from "../../modules/institution/service"

/** A shipping option as an institution order chooses among them. */
export type DeliveryOption = { id: string; name?: string; amount?: unknown; calculated_price?: { calculated_amount?: unknown } | null; type?: { code?: string } | null }

const priceOf = (o: DeliveryOption) => cny(o.calculated_price?.calculated_amount ?? o.amount ?? Number.MAX_SAFE_INTEGER)

/**
 * Institution orders are delivered to the canteen: of the options that reach
 * the address, the cheapest that is not a pickup at a service station (nor a
 * return). Its price is the bulk rule's for the goods (free from an amount:
 * a conditional price of the option, scripts/seed-demo.ts HOME_DELIVERY).
 */
export function cheapestHomeDelivery<T extends DeliveryOption>(options: T[]): T | undefined {
  return options
    .filter((o) => o.type?.code !== SHIPPING_OPTION_CODES.stationPickup && o.type?.code !== SHIPPING_OPTION_CODES.returnByCourier)
    .sort((a, b) => priceOf(a) - priceOf(b))[0]
}

type Address = { country_code?: string | null; province?: string | null; city?: string | null; postal_code?: string | null }

/**
 * What home delivery of `item_total` yuan of goods to `address` costs, priced
 * as a cart of those goods would be (the option's price rules on item_total),
 * for orders that are not carts: a quote's draft order. No option reaching
 * the address is NOT_ALLOWED, as at the pad's checkout.
 */
export async function homeDeliveryFor(
  container: MedusaContainer,
  input: { sales_channel_id: string | null; region_id: string | null; currency_code: string; address: Address; item_total: number }
): Promise<{ shipping_option_id: string; name: string; amount: number }> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  let fulfillmentSetIds: string[] | undefined
  if (input.sales_channel_id) {
    const { data } = await query.graph({ entity: "sales_channel", fields: ["stock_locations.fulfillment_sets.id"], filters: { id: input.sales_channel_id } })
    const channel = data[0] as { stock_locations?: Array<{ fulfillment_sets?: Array<{ id: string } | null> | null } | null> | null } | undefined
    fulfillmentSetIds = (channel?.stock_locations ?? []).flatMap((l) => (l?.fulfillment_sets ?? []).flatMap((s) => (s ? [s.id] : [])))
  }
  const reaching = await container.resolve(Modules.FULFILLMENT).listShippingOptionsForContext(
    {
      ...(fulfillmentSetIds ? { fulfillment_set_id: fulfillmentSetIds } : {}),
      address: {
        country_code: input.address.country_code ?? undefined,
        province_code: input.address.province ?? undefined,
        city: input.address.city ?? undefined,
        postal_expression: input.address.postal_code ?? undefined,
      },
      context: { is_return: "false", enabled_in_store: "true" },
    },
    { select: ["id"] }
  )
  const { data: priced } = reaching.length
    ? await query.graph({
        entity: "shipping_option",
        fields: ["id", "name", "type.code", "calculated_price.*"],
        filters: { id: reaching.map((o) => o.id) },
        context: {
          calculated_price: QueryContext({
            currency_code: input.currency_code,
            item_total: input.item_total,
            ...(input.region_id ? { region_id: input.region_id } : {}),
          }),
        },
      })
    : { data: [] }
  const option = cheapestHomeDelivery((priced as unknown as DeliveryOption[]).filter((o) => o.calculated_price?.calculated_amount !== undefined && o.calculated_price?.calculated_amount !== null))
  if (!option) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, NO_DELIVERY_MESSAGE)
  return { shipping_option_id: option.id, name: option.name ?? "", amount: priceOf(option) }
}

type PriceRow = { amount?: unknown; currency_code?: string | null; price_rules?: Array<{ attribute?: string | null; operator?: string | null; value?: unknown } | null> | null }

/**
 * Where the option's bulk rule next gets cheaper above `item_total` yuan of goods (free from an
 * amount: the seed's ¥10,000; any lower fee the operator gives a larger order), read from its
 * prices' item_total rules: the smallest such amount and the fee there, or null when more goods
 * would not pay less. The pad tells the purchaser how far they are from it.
 */
export async function cheaperDeliveryFrom(
  container: MedusaContainer,
  input: { shipping_option_id: string; currency_code: string; item_total: number; amount: number }
): Promise<{ item_total: number; shipping_total: number } | null> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "shipping_option",
    fields: ["id", "prices.amount", "prices.currency_code", "prices.price_rules.attribute", "prices.price_rules.operator", "prices.price_rules.value"],
    filters: { id: input.shipping_option_id },
  })
  const prices = ((data[0] as { prices?: Array<PriceRow | null> | null } | undefined)?.prices ?? []).filter((p): p is PriceRow => !!p)
  const steps = prices.flatMap((p) => {
    if (p.currency_code !== input.currency_code) return []
    const rules = (p.price_rules ?? []).filter(Boolean)
    const from = rules.find((r) => r!.attribute === "item_total" && (r!.operator === "gte" || r!.operator === "gt"))
    // a price with other conditions (a region, an upper bound) is not one more goods alone reach
    if (!from || rules.length !== 1) return []
    const amount = cny(p.amount)
    const threshold = Number(from.value)
    return Number.isFinite(threshold) && threshold > input.item_total && amount < input.amount ? [{ item_total: threshold, shipping_total: amount }] : []
  })
  return steps.sort((a, b) => a.item_total - b.item_total)[0] ?? null
}

