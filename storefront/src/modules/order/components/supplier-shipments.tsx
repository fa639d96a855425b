import type { Locale, OrderShipmentTrace } from "@fupin/shared"
import type { HttpTypes } from "@medusajs/types"
import { getPortalDictionary } from "@/lib/i18n/supplier-portal"

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

/**
 * Each supplier's part of the order moving on its own: one card per shipment with the
 * supplier, lot number (批次), origin village and tracking (or the service station).
 */
export function SupplierShipments({ order, locale }: { order: HttpTypes.StoreOrder; locale: Locale }) {
  const dict = getPortalDictionary(locale).shipments
  const traces = (order.fulfillments ?? []).map(shipmentTrace).filter((t): t is OrderShipmentTrace => t !== null)
  return (
    <section aria-labelledby="shipments-title" className="space-y-2">
      <h3 id="shipments-title" className="font-semibold text-earth-900">
        {dict.title}
      </h3>
      {traces.length ? (
        <>
          <p className="text-sm text-earth-600">{dict.intro}</p>
          <ul className="grid gap-2 sm:grid-cols-2" data-testid="order-shipments">
            {traces.map((t, i) => (
              <li key={`${t.supplier_id}-${t.lot_number}-${i}`} className="rounded-xl bg-earth-50 p-3 text-sm text-earth-800">
                <p className="font-semibold text-earth-900">{t.supplier_name || dict.supplier}</p>
                <p>
                  {dict.lot} <span data-testid="shipment-lot">{t.lot_number}</span>
                  {t.origin_village ? ` · ${dict.village} ${t.origin_village}` : ""}
                </p>
                <p>{t.station_id ? dict.station : `${t.carrier ?? ""} ${dict.tracking} ${t.tracking_number ?? "—"}`}</p>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p className="text-sm text-earth-600">{dict.none}</p>
      )}
    </section>
  )
}
