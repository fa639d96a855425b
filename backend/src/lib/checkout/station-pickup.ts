import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { KUNMING_COUNTIES, SHIPPING_OPTION_CODES, type StationPickupData } from "@fupin/shared"
import { SERVICE_STATION_MODULE } from "../../modules/service-station"
import type ServiceStationModuleService from "../../modules/service-station/service"

type MethodInput = { id: string; data?: (Partial<StationPickupData> & Record<string, unknown>) | null }

/**
 * Pickup at an e-commerce service station (电商服务站自提) needs a station that
 * exists, is active and takes pickups. Throws INVALID_DATA (400) naming
 * `data.service_station_id` otherwise; other shipping options pass untouched.
 */
export async function assertPickupStations(container: MedusaContainer, methods: MethodInput[]) {
  if (!methods.length) return
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const pickupIds = await pickupOptionIds(container, methods.map((m) => m.id))
  for (const method of methods) {
    if (!pickupIds.has(method.id)) continue
    const stationId = method.data?.service_station_id
    if (typeof stationId !== "string" || !stationId) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "data.service_station_id: 服务站自提需要选择一个电商服务站 / choose a service station for pickup"
      )
    }
    const { data: stations } = await query.graph({
      entity: "service_station",
      fields: ["id", "name", "is_active", "pickup_enabled"],
      filters: { id: stationId },
    })
    const station = stations[0] as { name: string; is_active: boolean; pickup_enabled: boolean } | undefined
    if (!station) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `data.service_station_id: 服务站 ${stationId} 不存在 / no such service station`)
    }
    if (!station.is_active || !station.pickup_enabled) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `data.service_station_id: 「${station.name}」暂不提供自提，请选择其他服务站 / this station does not take pickups`
      )
    }
  }
}

/** Which of these shipping options are 服务站自提. */
export async function pickupOptionIds(container: MedusaContainer, optionIds: string[]): Promise<Set<string>> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: options } = await query.graph({
    entity: "shipping_option",
    fields: ["id", "type.code"],
    filters: { id: optionIds },
  })
  return new Set(
    options.filter((o) => (o as { type?: { code?: string } | null }).type?.code === SHIPPING_OPTION_CODES.stationPickup).map((o) => o.id)
  )
}

type AddressText = { address_1?: string | null; address_2?: string | null; city?: string | null; metadata?: Record<string, unknown> | null }

/** The Kunming county (区县) an address lies in: its district field, else a county's name in its text. */
export function addressCounty(address: AddressText | null | undefined): string | undefined {
  if (!address) return undefined
  const district = typeof address.metadata?.district === "string" ? address.metadata.district : ""
  const text = [district, address.address_1, address.address_2, address.city].filter(Boolean).join(" ")
  return (
    KUNMING_COUNTIES.find((c) => text.includes(c.name_zh))?.handle ??
    KUNMING_COUNTIES.find((c) => text.includes(c.short_zh))?.handle
  )
}

/**
 * The station for a pickup chosen without one: a client that knows nothing of
 * our stations (the official Medusa Next starter reads only the fulfilment
 * set's type) sends no `data.service_station_id`. It is then the first
 * pickup station (by sort order, then name) in the county of the cart's
 * shipping address, else the first in Kunming; the confirmation and order
 * pages name it with its address and hours. Null when no station takes pickups.
 */
export async function defaultPickupStationId(container: MedusaContainer, cartId: string): Promise<string | null> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: carts } = await query.graph({
    entity: "cart",
    fields: ["id", "shipping_address.address_1", "shipping_address.address_2", "shipping_address.city", "shipping_address.metadata"],
    filters: { id: cartId },
  })
  const county = addressCounty((carts[0] as { shipping_address?: AddressText | null } | undefined)?.shipping_address)
  const stations = container.resolve<ServiceStationModuleService>(SERVICE_STATION_MODULE)
  const order = { sort_order: "ASC", name: "ASC" } as const
  const open = { is_active: true, pickup_enabled: true }
  const [near] = county ? await stations.listServiceStations({ ...open, county_handle: county }, { take: 1, order }) : []
  if (near) return near.id
  const [any] = await stations.listServiceStations(open, { take: 1, order })
  return any?.id ?? null
}
