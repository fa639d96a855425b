import { countyByHandle, INSTITUTION_DELIVERY_METADATA as KEYS, type PortalCanteenDTO, type PortalDeliveryDTO } from "@fupin/shared"

type CanteenRow = {
  id: string
  institution_id: string
  name: string
  contact_name: string
  contact_phone: string
  county_handle: string
  address: string
}

export function portalCanteen(c: CanteenRow): PortalCanteenDTO {
  return {
    id: c.id,
    institution_id: c.institution_id,
    name: c.name,
    contact_name: c.contact_name,
    contact_phone: c.contact_phone,
    county_handle: c.county_handle,
    county_name: countyByHandle(c.county_handle)?.name_zh ?? c.county_handle,
    address: c.address,
  }
}

/** 昆明市官渡区 + the street address. */
export const canteenAddressLine = (c: CanteenRow) => `昆明市${countyByHandle(c.county_handle)?.name_zh ?? ""}${c.address}`

/** The Medusa shipping address an order to this canteen carries. */
export function canteenShippingAddress(c: CanteenRow, institutionName: string) {
  return {
    company: `${institutionName} ${c.name}`.slice(0, 200),
    first_name: c.contact_name,
    last_name: "",
    phone: c.contact_phone,
    address_1: `${countyByHandle(c.county_handle)?.name_zh ?? ""}${c.address}`,
    address_2: c.name,
    city: "昆明市",
    province: "云南省",
    postal_code: "650000",
    country_code: "cn",
  }
}

/** Cart (then order) metadata of the delivery: flat keys a supplier's view can read. */
export function deliveryMetadata(c: CanteenRow, date: string): Record<string, string> {
  return {
    [KEYS.canteen_id]: c.id,
    [KEYS.canteen]: c.name,
    [KEYS.address]: canteenAddressLine(c),
    [KEYS.contact]: `${c.contact_name} ${c.contact_phone}`,
    [KEYS.requested_delivery_date]: date,
  }
}

/** The delivery a cart's or order's metadata names, or null when none was chosen. */
export function deliveryOf(metadata: Record<string, unknown> | null | undefined): PortalDeliveryDTO | null {
  const m = metadata ?? {}
  const str = (k: string) => (typeof m[k] === "string" && m[k] ? (m[k] as string) : null)
  const delivery = {
    canteen_id: str(KEYS.canteen_id),
    canteen: str(KEYS.canteen),
    address: str(KEYS.address),
    contact: str(KEYS.contact),
    requested_delivery_date: str(KEYS.requested_delivery_date),
  }
  return delivery.canteen_id || delivery.requested_delivery_date ? delivery : null
}
