import type { Locale, PortalOrderDTO } from "@fupin/shared"
import { getDictionary } from "@/lib/i18n"
import { localizedHref } from "@/lib/i18n/paths"
import { formatPrice } from "@/lib/util/price"
import { card } from "@/modules/common/components/field"
import { PageHeading } from "@/modules/common/components/page-heading"
import { Amounts } from "../components/amounts"
import { DeliveryLine } from "../components/delivery-line"
import { ShipmentCards } from "@/modules/order/components/supplier-shipments"
import { countyName } from "../lib/format"
import { OrderSummary } from "./dashboard"

/** The institution's orders, newest first, each with what it bought per county and each supplier's shipment so far. */
export function InstitutionOrders({ orders, locale }: { orders: PortalOrderDTO[]; locale: Locale }) {
  const dict = getDictionary(locale).institution
  return (
    <div>
      <PageHeading>{dict.ordersTitle}</PageHeading>
      {orders.length ? (
        <ul className="space-y-3" data-testid="institution-orders">
          {orders.map((o) => (
            <li key={o.id} className={card}>
              <OrderSummary order={o} locale={locale} />
              <div className="mt-2 max-w-xs">
                <Amounts amounts={o} locale={locale} />
              </div>
              <DeliveryLine delivery={o.delivery} locale={locale} />
              {o.by_county.length ? (
                <ul className="mt-2 flex flex-wrap gap-2 text-sm" aria-label={dict.orderCounties}>
                  {o.by_county.map((c) => (
                    <li key={c.county_handle} className="rounded-lg bg-earth-50 px-2.5 py-1 text-earth-800">
                      {countyName(c.county_handle, c.county_name, locale)} {formatPrice(c.amount, locale)}
                    </li>
                  ))}
                </ul>
              ) : null}
              {o.shipments.length ? (
                <div className="mt-3" aria-label={dict.orderShipments}>
                  <ShipmentCards traces={o.shipments} locale={locale} />
                </div>
              ) : null}
              <a href={localizedHref(locale, `/institution/orders/${o.id}`)} className="mt-2 inline-block text-sm font-semibold text-brand-700 underline">
                {dict.orderDetails}
              </a>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-earth-700">{dict.ordersNone}</p>
      )}
    </div>
  )
}
