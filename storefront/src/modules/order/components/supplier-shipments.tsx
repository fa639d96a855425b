import { type Locale, type OrderShipmentTrace, shipmentTraces } from "@fupin/shared"
import type { HttpTypes } from "@medusajs/types"
import { getPortalDictionary } from "@/lib/i18n/supplier-portal"

/**
 * Each supplier's part of the order moving on its own: one card per shipment with the
 * supplier, lot number (批次), origin village and tracking (or the service station).
 */
export function SupplierShipments({ order, locale }: { order: HttpTypes.StoreOrder; locale: Locale }) {
  const dict = getPortalDictionary(locale).shipments
  const traces = shipmentTraces(order.fulfillments as Array<{ metadata?: Record<string, unknown> | null }> | undefined)
  return (
    <section aria-labelledby="shipments-title" className="space-y-2">
      <h3 id="shipments-title" className="font-semibold text-earth-900">
        {dict.title}
      </h3>
      {traces.length ? (
        <>
          <p className="text-sm text-earth-600">{dict.intro}</p>
          <ShipmentCards traces={traces} locale={locale} />
        </>
      ) : (
        <p className="text-sm text-earth-600">{dict.none}</p>
      )}
    </section>
  )
}

/** The shipment cards alone (also in the institution portal's order list). */
export function ShipmentCards({ traces, locale }: { traces: OrderShipmentTrace[]; locale: Locale }) {
  const dict = getPortalDictionary(locale).shipments
  return (
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
  )
}
