import type { MedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import type { PadContext } from "./pad"
import { customerGroupIdsOf } from "./price-groups"

/** The sales channel of the store's publishable key (every /store request carries one). */
export function salesChannelOf(req: MedusaRequest): string | null {
  const ids = (req as MedusaRequest & { publishable_key_context?: { sales_channel_ids?: string[] } }).publishable_key_context?.sales_channel_ids
  return ids?.[0] ?? null
}

/** Institutions buy in CNY: the region that sells in CNY. */
export async function cnyRegionId(req: MedusaRequest): Promise<string> {
  const [region] = await req.scope.resolve(Modules.REGION).listRegions({ currency_code: "cny" }, { take: 1 })
  if (!region) throw new MedusaError(MedusaError.Types.NOT_FOUND, "no region sells in CNY")
  return region.id
}

/** Prices and stock as a cart would see them: its region and sales channel, or the store's CNY region. */
export async function padContextOf(req: MedusaRequest, cartId?: string, customerId?: string): Promise<PadContext> {
  // the member's customer groups: institutional price lists apply through them, as in the cart
  const customer_group_ids = customerId ? await customerGroupIdsOf(req.scope, customerId) : []
  if (cartId) {
    const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "cart", fields: ["id", "region_id", "currency_code", "sales_channel_id"], filters: { id: cartId } })
    const cart = data[0] as { region_id: string; currency_code: string; sales_channel_id: string | null } | undefined
    if (!cart) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cart with id: ${cartId} was not found`)
    return { region_id: cart.region_id, currency_code: cart.currency_code, sales_channel_id: cart.sales_channel_id ?? salesChannelOf(req), customer_id: customerId, customer_group_ids }
  }
  return { region_id: await cnyRegionId(req), currency_code: "cny", sales_channel_id: salesChannelOf(req), customer_id: customerId, customer_group_ids }
}

/**
 * Where an institution's order (a cart, a quote's draft order) ships until a
 * canteen is chosen: the institution's own address, in Kunming.
 */
export function institutionAddress(institution: { name: string; contact_name: string; contact_phone: string; address: string }) {
  return {
    company: institution.name,
    first_name: institution.contact_name,
    last_name: "",
    phone: institution.contact_phone,
    address_1: institution.address,
    city: "昆明市",
    province: "云南省",
    postal_code: "650000",
    country_code: "cn",
  }
}
