import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { countyByHandle, INSTITUTION_DELIVERY_METADATA as KEYS, type PortalCanteenDTO, type PortalDeliveryDTO } from "@fupin/shared"
import { INSTITUTION_MODULE } from "../../modules/institution"
import type InstitutionModuleService from "../../modules/institution/service"
import { institutionAddress } from "./context"

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

/** Where an institution's order (a cart's estimate, a quote's draft order) ships: the canteen chosen, else the institution's own address. */
export function orderShippingAddress(institution: Parameters<typeof institutionAddress>[0], canteen: CanteenRow | null) {
  return canteen ? canteenShippingAddress(canteen, institution.name) : institutionAddress(institution)
}

/**
 * The canteen of this id among the institution's own, for an order or a quote to go to; a 400
 * naming canteen_id when there is none (another institution's canteen is the access rule's 404
 * before it gets here).
 */
export async function institutionCanteen(container: MedusaContainer, institutionId: string, canteenId: string): Promise<CanteenRow> {
  const service = container.resolve<InstitutionModuleService>(INSTITUTION_MODULE)
  const [canteen] = await service.listInstitutionCanteens({ id: canteenId, institution_id: institutionId })
  if (!canteen) throw new MedusaError(MedusaError.Types.INVALID_DATA, `canteen_id: 本单位没有这个收货食堂 / no such canteen of your institution: ${canteenId}`)
  return canteen as unknown as CanteenRow
}

/**
 * Cart (then order) metadata of the delivery: flat keys a supplier's view can read. Only what
 * was chosen: a quote may name a date without a canteen, or a canteen without a date.
 */
export function deliveryMetadata(c: CanteenRow | null, date: string | null): Record<string, string> {
  return {
    ...(c ? { [KEYS.canteen_id]: c.id, [KEYS.canteen]: c.name, [KEYS.address]: canteenAddressLine(c), [KEYS.contact]: `${c.contact_name} ${c.contact_phone}` } : {}),
    ...(date ? { [KEYS.requested_delivery_date]: date } : {}),
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
