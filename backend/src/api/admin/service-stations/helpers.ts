import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

export const ADMIN_SERVICE_STATION_FIELDS = [
  "id",
  "name",
  "county_handle",
  "township_id",
  "village_id",
  "address",
  "opening_hours",
  "phone",
  "pickup_enabled",
  "is_active",
  "sort_order",
  "created_at",
  "updated_at",
]

export async function refetchServiceStation(container: MedusaContainer, id: string, fields = ADMIN_SERVICE_STATION_FIELDS) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "service_station", fields, filters: { id } })
  if (!data[0]) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Service station with id: ${id} was not found`)
  return data[0]
}
