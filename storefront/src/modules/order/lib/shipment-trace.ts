import type { OrderShipmentTrace } from "@fupin/shared"
import type { HttpTypes } from "@medusajs/types"

type Fulfillment = NonNullable<HttpTypes.StoreOrder["fulfillments"]>[number]

/** A fulfilment's supplier trace (what the supplier recorded when it shipped), or null when it has none. */
export function shipmentTrace(fulfillment: Pick<Fulfillment, "metadata">): OrderShipmentTrace | null {
  const m = fulfillment.metadata as Record<string, unknown> | null | undefined
  const str = (v: unknown) => (typeof v === "string" && v.trim() ? v.trim() : null)
  const lot = str(m?.lot_number)
  if (!m || !lot) return null
  return {
    supplier_id: str(m.supplier_id) ?? "",
    supplier_name: str(m.supplier_name) ?? "",
    lot_number: lot,
    origin_village: str(m.origin_village) ?? "",
    carrier: str(m.carrier),
    tracking_number: str(m.tracking_number),
    station_id: str(m.station_id),
  }
}
