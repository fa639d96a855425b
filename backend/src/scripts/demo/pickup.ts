import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createShippingOptionsWorkflow, updateRegionsWorkflow } from "@medusajs/medusa/core-flows"
import { PAYMENT_PROVIDER_IDS, SHIPPING_OPTION_CODES } from "@fupin/shared"

export const STATION_PICKUP_OPTION_NAME = "服务站自提"

/**
 * The second shipping option of region 中国: pickup at an e-commerce service
 * station (电商服务站), free. The shopper chooses the station at checkout
 * (`data.service_station_id`, checked by src/workflows/hooks/add-shipping-method-to-cart.ts).
 * Idempotent: looks for the option in the service zone first.
 */
export async function seedStationPickup(
  container: MedusaContainer,
  { serviceZoneId, shippingProfileId, regionId }: { serviceZoneId: string; shippingProfileId: string; regionId: string }
) {
  const fulfillment = container.resolve(Modules.FULFILLMENT)
  const existing = await fulfillment.listShippingOptions({ service_zone: { id: serviceZoneId }, name: STATION_PICKUP_OPTION_NAME })
  if (existing.length) return existing[0]!
  const { result } = await createShippingOptionsWorkflow(container).run({
    input: [
      {
        name: STATION_PICKUP_OPTION_NAME,
        price_type: "flat",
        provider_id: "manual_manual",
        service_zone_id: serviceZoneId,
        shipping_profile_id: shippingProfileId,
        type: {
          label: STATION_PICKUP_OPTION_NAME,
          description: "送到所选电商服务站，凭手机号自提，免运费",
          code: SHIPPING_OPTION_CODES.stationPickup,
        },
        prices: [
          { currency_code: "cny", amount: 0 },
          { region_id: regionId, amount: 0 },
        ],
        rules: [
          { attribute: "enabled_in_store", value: "true", operator: "eq" },
          { attribute: "is_return", value: "false", operator: "eq" },
        ],
      },
    ],
  })
  return result[0]!
}

/**
 * Region 中国 offers every enabled payment provider: the system provider
 * (demo payment) always, Stripe card, Alipay and WeChat Pay when STRIPE_API_KEY
 * is set. Idempotent: sets the region's providers to that list.
 */
export async function enableRegionPaymentProviders(container: MedusaContainer, regionId: string) {
  const offered = new Set<string>(Object.values(PAYMENT_PROVIDER_IDS))
  const providers = await container.resolve(Modules.PAYMENT).listPaymentProviders({ is_enabled: true })
  // Medusa's Stripe plugin also registers iDEAL, Bancontact…: not for shoppers in China.
  const ids = providers.map((p) => p.id).filter((id) => offered.has(id))
  await updateRegionsWorkflow(container).run({
    input: { selector: { id: regionId }, update: { payment_providers: ids.sort() } },
  })
}

/** Checkout demo data: the pickup option and the region's payment providers. */
export async function seedCheckout(
  container: MedusaContainer,
  ids: { serviceZoneId: string; shippingProfileId: string; regionId: string }
) {
  await seedStationPickup(container, ids)
  await enableRegionPaymentProviders(container, ids.regionId)
}
