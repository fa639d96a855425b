/**
 * E-commerce service stations (电商服务站): village and township points where
 * farmers sell online and buyers pick up orders. HTTP shapes of
 * /admin/service-stations and /store/service-stations.
 */

/** Opening hours as "HH:MM–HH:MM" (en dash; a hyphen is accepted on input). */
export const OPENING_HOURS_PATTERN = /^([01]\d|2[0-3]):[0-5]\d[–-]([01]\d|2[0-3]):[0-5]\d$/

/** Null when `hours` is a valid "08:30–18:00" range that closes after it opens; else why not. */
export function openingHoursProblem(hours: string): "format" | "order" | null {
  if (!OPENING_HOURS_PATTERN.test(hours)) return "format"
  const [open, close] = hours.split(/[–-]/) as [string, string]
  return close > open ? null : "order"
}

/** Normalises "08:30-18:00" to "08:30–18:00". */
export function normaliseOpeningHours(hours: string): string {
  return hours.replace("-", "–")
}

/** A station as the storefront's pickup picker sees it. */
export interface StoreServiceStationDTO {
  id: string
  name: string
  county_handle: string
  township_id: string
  village_id: string | null
  address: string
  opening_hours: string
  /** the station's own public number when it has one; never a person's */
  phone: string | null
  pickup_enabled: boolean
}

export interface AdminServiceStationDTO extends StoreServiceStationDTO {
  is_active: boolean
  created_at: string
  updated_at: string
}
