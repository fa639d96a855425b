import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"

/** Where a supplier's new listing is sold and stocked: the sales channel, its shipping warehouse and the default shipping profile. */
export type MarketplacePlaces = { sales_channel_id: string; location_id: string; shipping_profile_id: string }

type ChannelRow = { id: string; is_disabled?: boolean; stock_locations?: Array<{ id: string; fulfillment_sets?: Array<{ type?: string } | null> | null } | null> | null }

export async function marketplacePlaces(container: MedusaContainer): Promise<MarketplacePlaces> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "sales_channel",
    fields: ["id", "is_disabled", "created_at", "stock_locations.id", "stock_locations.fulfillment_sets.type"],
  })
  let found: { sales_channel_id: string; location_id: string } | undefined
  for (const channel of (data as ChannelRow[]).filter((c) => !c.is_disabled)) {
    const location = (channel.stock_locations ?? []).find((l) => l?.fulfillment_sets?.some((f) => f?.type === "shipping"))
    if (location) {
      found = { sales_channel_id: channel.id, location_id: location.id }
      break
    }
  }
  const [profile] = await container.resolve(Modules.FULFILLMENT).listShippingProfiles({ type: "default" }, { take: 1 })
  if (!found || !profile) throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, "the marketplace has no sales channel with a shipping warehouse yet")
  return { ...found, shipping_profile_id: profile.id }
}
