import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import {
  createLocationFulfillmentSetWorkflow,
  createServiceZonesWorkflow,
  createShippingOptionsWorkflow,
  updateRegionsWorkflow,
} from "@medusajs/medusa/core-flows"
import { PAYMENT_PROVIDER_IDS, SHIPPING_OPTION_CODES } from "@fupin/shared"
import { returnReasonIds } from "../../lib/retail/returns"

export const STATION_PICKUP_OPTION_NAME = "服务站自提"

/**
 * Station pickup as Medusa models pickup: a fulfilment set of type `pickup`
 * on the warehouse (the goods leave from there to the station), beside its
 * `shipping` set, so a generic client reads `service_zone.fulfillment_set.type`
 * and knows the option is a pickup. Its one service zone is mainland China,
 * like home delivery's. Idempotent; returns the zone's id.
 */
async function pickupServiceZone(container: MedusaContainer, location: { id: string; name: string }) {
  const fulfillment = container.resolve(Modules.FULFILLMENT)
  const name = `${location.name} ${STATION_PICKUP_OPTION_NAME}`
  let [set] = await fulfillment.listFulfillmentSets({ name }, { relations: ["service_zones"] })
  if (!set) {
    await createLocationFulfillmentSetWorkflow(container).run({
      input: { location_id: location.id, fulfillment_set_data: { name, type: "pickup" } },
    })
    ;[set] = await fulfillment.listFulfillmentSets({ name }, { relations: ["service_zones"] })
  }
  if (set!.service_zones?.length) return set!.service_zones[0]!.id
  const { result } = await createServiceZonesWorkflow(container).run({
    input: {
      data: [{ fulfillment_set_id: set!.id, name: "昆明市电商服务站", geo_zones: [{ type: "country", country_code: "cn" }] }],
    },
  })
  return result[0]!.id
}

/**
 * The second shipping option of region 中国: pickup at an e-commerce service
 * station (电商服务站), free, in the warehouse's pickup fulfilment set. The
 * shopper chooses the station at checkout (`data.service_station_id`, checked
 * by src/workflows/hooks/add-shipping-method-to-cart.ts). Idempotent: an
 * option left in the shipping set by an older seed moves to the pickup set,
 * keeping its id, so carts and orders that name it stay valid.
 */
export async function seedStationPickup(
  container: MedusaContainer,
  { location, shippingProfileId, regionId }: { location: { id: string; name: string }; shippingProfileId: string; regionId: string }
) {
  const fulfillment = container.resolve(Modules.FULFILLMENT)
  const serviceZoneId = await pickupServiceZone(container, location)
  const [existing] = await fulfillment.listShippingOptions({ name: STATION_PICKUP_OPTION_NAME })
  if (existing) {
    if (existing.service_zone_id !== serviceZoneId) await fulfillment.updateShippingOptions(existing.id, { service_zone_id: serviceZoneId })
    return existing
  }
  return createFreeOption(container, {
    name: STATION_PICKUP_OPTION_NAME,
    description: "送到所选电商服务站，凭手机号自提，免运费",
    code: SHIPPING_OPTION_CODES.stationPickup,
    isReturn: false,
    serviceZoneId,
    shippingProfileId,
    regionId,
  })
}

export const RETURN_OPTION_NAME = "退货寄回"

/**
 * The return shipping option of region 中国 (售后 退货寄回): the shopper sends
 * the goods back by courier to the warehouse, free for the shopper; a return
 * asked for in the shop uses it (lib/retail/returns.ts). Idempotent.
 */
export async function seedReturnShipping(
  container: MedusaContainer,
  { serviceZoneId, shippingProfileId, regionId }: { serviceZoneId: string; shippingProfileId: string; regionId: string }
) {
  const fulfillment = container.resolve(Modules.FULFILLMENT)
  const existing = await fulfillment.listShippingOptions({ service_zone: { id: serviceZoneId }, name: RETURN_OPTION_NAME })
  if (existing.length) return existing[0]!
  return createFreeOption(container, {
    name: RETURN_OPTION_NAME,
    description: "售后退货寄回昆明仓，运费由平台承担",
    code: SHIPPING_OPTION_CODES.returnByCourier,
    isReturn: true,
    serviceZoneId,
    shippingProfileId,
    regionId,
  })
}

/** A free shipping option of the store (¥0 in CNY and in region 中国), outbound or for returns. */
async function createFreeOption(
  container: MedusaContainer,
  o: { name: string; description: string; code: string; isReturn: boolean; serviceZoneId: string; shippingProfileId: string; regionId: string }
) {
  const { result } = await createShippingOptionsWorkflow(container).run({
    input: [
      {
        name: o.name,
        price_type: "flat",
        provider_id: "manual_manual",
        service_zone_id: o.serviceZoneId,
        shipping_profile_id: o.shippingProfileId,
        type: { label: o.name, description: o.description, code: o.code },
        prices: [
          { currency_code: "cny", amount: 0 },
          { region_id: o.regionId, amount: 0 },
        ],
        rules: [
          { attribute: "enabled_in_store", value: "true", operator: "eq" },
          { attribute: "is_return", value: String(o.isReturn), operator: "eq" },
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

/**
 * Checkout demo data: the pickup set and option, the return option and
 * reasons, and the region's payment providers. `serviceZoneId` is the
 * warehouse's shipping zone (home delivery and returns).
 */
export async function seedCheckout(
  container: MedusaContainer,
  ids: { location: { id: string; name: string }; serviceZoneId: string; shippingProfileId: string; regionId: string }
) {
  await seedStationPickup(container, ids)
  await seedReturnShipping(container, ids)
  await returnReasonIds(container)
  await enableRegionPaymentProviders(container, ids.regionId)
}
