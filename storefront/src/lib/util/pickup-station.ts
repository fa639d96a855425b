import type { StoreServiceStationDTO } from "@fupin/shared"

/**
 * A pickup station's public details as the checkout keeps them in the shipping
 * address's metadata (`pickup_station`), which the order keeps: the review,
 * confirmation and order pages show where to pick up.
 */
export type PickupStationMeta = Pick<StoreServiceStationDTO, "id" | "name" | "address" | "opening_hours" | "county_handle" | "township_id">

/** What the checkout writes for a chosen station. */
export function pickupStationMeta(station: StoreServiceStationDTO): PickupStationMeta {
  const { id, name, address, opening_hours, county_handle, township_id } = station
  return { id, name, address, opening_hours, county_handle, township_id }
}

/** The pickup station kept in an address's metadata, or null for home delivery. */
export function pickupStationOf(metadata: Record<string, unknown> | null | undefined): PickupStationMeta | null {
  const value = metadata?.pickup_station
  if (!value || typeof value !== "object") return null
  const station = value as Partial<PickupStationMeta>
  return typeof station.id === "string" && typeof station.name === "string" ? (value as PickupStationMeta) : null
}
