import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { SHIPPING_OPTION_CODES, type StationPickupData } from "@fupin/shared"

type MethodInput = { id: string; data?: (Partial<StationPickupData> & Record<string, unknown>) | null }

/**
 * Pickup at an e-commerce service station (电商服务站自提) needs a station that
 * exists, is active and takes pickups. Throws INVALID_DATA (400) naming
 * `data.service_station_id` otherwise; other shipping options pass untouched.
 */
export async function assertPickupStations(container: MedusaContainer, methods: MethodInput[]) {
  if (!methods.length) return
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: options } = await query.graph({
    entity: "shipping_option",
    fields: ["id", "type.code"],
    filters: { id: methods.map((m) => m.id) },
  })
  const pickupIds = new Set(
    options.filter((o) => (o as { type?: { code?: string } | null }).type?.code === SHIPPING_OPTION_CODES.stationPickup).map((o) => o.id)
  )
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
