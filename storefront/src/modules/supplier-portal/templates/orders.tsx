import Link from "next/link"
import type { Locale, StoreServiceStationDTO, SupplierOrderDTO } from "@fupin/shared"
import { interpolate } from "@/lib/i18n"
import { localizedHref } from "@/lib/i18n/paths"
import { getPortalDictionary } from "@/lib/i18n/supplier-portal"
import { formatPrice } from "@/lib/util/price"
import { buttonSecondary } from "@/modules/common/components/field"
import { ShipForm } from "../components/ship-form"
import { StatusBadge } from "../components/status-badge"
import { formatDateTime, formatDay } from "../lib/format"
import { ClientStrings } from "@/lib/i18n/client-strings"
import { SHIP_FORM_STRINGS } from "@/modules/supplier-portal/components/ship-form.strings"

function orderStatus(order: SupplierOrderDTO, locale: Locale) {
  const dict = getPortalDictionary(locale).orders
  if (order.status === "shipped") return <StatusBadge tone="good">{dict.shipped}</StatusBadge>
  if (order.status === "canceled") return <StatusBadge tone="plain">—</StatusBadge>
  const partly = order.lines.some((l) => l.fulfilled_quantity > 0)
  return <StatusBadge tone="wait">{partly ? dict.partlyShipped : dict.toShip}</StatusBadge>
}

export type OrdersFilter = "to_ship" | "shipped" | undefined

/** 全部 / 待发货 / 已发货: links, so the filter is in the URL and works without script. */
function StatusFilter({ locale, current }: { locale: Locale; current: OrdersFilter }) {
  const dict = getPortalDictionary(locale).orders
  const tabs: Array<[OrdersFilter, string]> = [
    [undefined, dict.all],
    ["to_ship", dict.toShip],
    ["shipped", dict.shipped],
  ]
  return (
    <nav aria-label={dict.filterLabel} className="flex gap-2">
      {tabs.map(([status, label]) => (
        <Link
          key={label}
          href={localizedHref(locale, status ? `/supplier/orders?status=${status}` : "/supplier/orders")}
          aria-current={current === status ? "page" : undefined}
          className={
            "inline-flex min-h-10 items-center rounded-full px-4 text-sm font-semibold ring-1 " +
            (current === status ? "bg-brand-600 text-white ring-brand-600" : "bg-white text-earth-800 ring-earth-200")
          }
        >
          {label}
        </Link>
      ))}
    </nav>
  )
}

function buyerOf(order: SupplierOrderDTO, locale: Locale) {
  const dict = getPortalDictionary(locale).orders
  if (order.buyer !== "institution") return dict.buyerRetail
  return order.institution_name ? `${dict.buyerInstitution}：${order.institution_name}` : dict.buyerInstitution
}

/** Every order holding the supplier's products, with only its own lines. */
export function OrdersView({ locale, orders, status }: { locale: Locale; orders: SupplierOrderDTO[]; status?: OrdersFilter }) {
  const dict = getPortalDictionary(locale).orders
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div>
          <h1 className="text-2xl font-bold text-earth-900">{dict.title}</h1>
          <p className="text-base text-earth-700">{dict.intro}</p>
        </div>
        <div className="flex flex-wrap gap-4">
          <Link href={localizedHref(locale, "/supplier/invoices")} className="inline-flex min-h-11 items-center font-semibold text-brand-700 underline" data-testid="invoices-link">
            {getPortalDictionary(locale).invoices.link} →
          </Link>
          <Link href={localizedHref(locale, "/supplier/statements")} className="inline-flex min-h-11 items-center font-semibold text-brand-700 underline" data-testid="statement-link">
            {getPortalDictionary(locale).statement.link} →
          </Link>
        </div>
      </div>
      <StatusFilter locale={locale} current={status} />
      {orders.length ? (
        <ul className="space-y-3" data-testid="supplier-orders">
          {orders.map((o) => (
            <li key={o.id}>
              <Link href={localizedHref(locale, `/supplier/orders/${o.id}`)} className="block space-y-1 rounded-2xl bg-white p-4 ring-1 ring-earth-100">
                <p className="flex items-center justify-between gap-2">
                  <span className="font-semibold text-earth-900">{interpolate(dict.order, { id: String(o.display_id) })}</span>
                  {orderStatus(o, locale)}
                </p>
                <p className="text-sm text-earth-600">
                  {buyerOf(o, locale)} · {formatDay(o.created_at, locale)} · {formatPrice(o.total, locale)}
                </p>
                <p className="text-sm text-earth-800">{o.lines.map((l) => `${l.title} ×${l.quantity}`).join("、")}</p>
              </Link>
            </li>
          ))}
        </ul>
      ) : (
        <p className="rounded-2xl bg-white p-4 text-earth-700 ring-1 ring-earth-100">{dict.empty}</p>
      )}
    </div>
  )
}

/** One order: its own lines, where it goes, the shipments so far, and the ship form. */
export function OrderDetailView({
  locale,
  order,
  stations,
  readOnly,
}: {
  locale: Locale
  order: SupplierOrderDTO
  stations: StoreServiceStationDTO[]
  readOnly: boolean
}) {
  const dict = getPortalDictionary(locale).orders
  const stationName = (id: string | null) => stations.find((s) => s.id === id)?.name ?? id
  return (
    <div className="space-y-4">
      <Link href={localizedHref(locale, "/supplier/orders")} className="inline-flex min-h-10 items-center text-base font-medium text-earth-700">
        <span aria-hidden="true">← </span>
        {dict.title}
      </Link>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-bold text-earth-900">{interpolate(dict.order, { id: String(order.display_id) })}</h1>
        {orderStatus(order, locale)}
      </div>
      <p className="text-sm text-earth-600">
        {buyerOf(order, locale)} · {dict.placedAt} {formatDateTime(order.created_at, locale)}
      </p>

      <section aria-labelledby="lines" className="rounded-2xl bg-white p-4 ring-1 ring-earth-100">
        <h2 id="lines" className="text-lg font-bold text-earth-900">
          {dict.lines}
        </h2>
        <ul className="mt-2 divide-y divide-earth-100" data-testid="order-lines">
          {order.lines.map((l) => (
            <li key={l.id} className="flex items-center justify-between gap-3 py-2 text-base">
              <span>
                <span className="font-medium text-earth-900">{l.title}</span>
                <span className="block text-sm text-earth-600">
                  {l.variant_title} × {l.quantity}
                  {l.fulfilled_quantity ? ` · ${dict.shipped} ${l.fulfilled_quantity}` : ""}
                </span>
              </span>
              <span className="font-semibold">{formatPrice(l.total, locale)}</span>
            </li>
          ))}
        </ul>
        {order.ship_to ? (
          <p className="mt-3 rounded-xl bg-earth-50 p-3 text-sm text-earth-800">
            <strong className="block text-earth-900">{dict.deliverTo}</strong>
            {order.ship_to.name}
            {order.ship_to.phone ? ` · ${order.ship_to.phone}` : ""}
            <br />
            {order.ship_to.address}
          </p>
        ) : null}
        <Link href={localizedHref(locale, `/supplier/orders/${order.id}/packing-list`)} className={buttonSecondary + " mt-3 min-h-12 w-full"}>
          {dict.packingList}
        </Link>
      </section>

      {order.fulfillments.length ? (
        <section aria-labelledby="shipments" className="rounded-2xl bg-white p-4 ring-1 ring-earth-100">
          <h2 id="shipments" className="text-lg font-bold text-earth-900">
            {dict.fulfillments}
          </h2>
          <ul className="mt-2 space-y-2" data-testid="supplier-fulfillments">
            {order.fulfillments.map((fl) => (
              <li key={fl.id} className="rounded-xl bg-earth-50 p-3 text-sm text-earth-800">
                <p className="font-semibold text-earth-900">
                  {fl.station_id ? `${dict.methodStation} · ${stationName(fl.station_id)}` : `${fl.carrier ?? ""} ${fl.tracking_number ?? ""}`}
                </p>
                <p>
                  {dict.lot} {fl.lot_number} · {dict.village} {fl.origin_village}
                </p>
                <p className="text-earth-600">{formatDateTime(fl.shipped_at ?? fl.created_at, locale)}</p>
                <a
                  href={`/api/supplier/orders/${encodeURIComponent(order.id)}/fulfillments/${encodeURIComponent(fl.id)}/delivery-note`}
                  className="mt-1 inline-block font-semibold text-brand-700 underline"
                >
                  {dict.deliveryNotePdf}
                </a>
                {order.buyer === "institution" ? (
                  fl.receipt ? (
                    <div className="mt-1" data-testid="supplier-receipt">
                      <p className="font-semibold text-earth-900">
                        {fl.receipt.auto_accepted
                          ? dict.receiptAuto
                          : interpolate(dict.receiptAccepted, { decision: locale === "en" ? fl.receipt.decision_label.en : fl.receipt.decision_label.zh })}
                      </p>
                      {fl.receipt.lines
                        .filter((l) => l.accepted_quantity < l.shipped_quantity)
                        .map((l) => (
                          <p key={l.line_item_id}>
                            {interpolate(dict.receiptLine, {
                              title: l.title,
                              shipped: String(l.shipped_quantity),
                              received: String(l.received_quantity),
                              damaged: String(l.damaged_quantity),
                              accepted: String(l.accepted_quantity),
                            })}
                          </p>
                        ))}
                      {fl.receipt.note ? <p>{fl.receipt.note}</p> : null}
                      {fl.receipt.deduction > 0 ? <p className="font-semibold">{interpolate(dict.receiptDeduction, { amount: formatPrice(fl.receipt.deduction, locale) })}</p> : null}
                    </div>
                  ) : (
                    <p className="mt-1 text-earth-700">{dict.receiptWaiting}</p>
                  )
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {order.status === "to_ship" ? (
        <section aria-labelledby="ship" className="rounded-2xl bg-white p-4 ring-1 ring-earth-100">
          <h2 id="ship" className="mb-3 text-lg font-bold text-earth-900">
            {dict.shipTitle}
          </h2>
          {order.awaiting_prepayment ? (
            <p className="rounded-lg bg-amber-50 px-3 py-2 text-base font-semibold text-amber-900" data-testid="awaiting-prepayment">
              {dict.awaitingPrepayment}
            </p>
          ) : (
            <ClientStrings locale={locale} pick={SHIP_FORM_STRINGS}>
              <ShipForm locale={locale} orderId={order.id} lines={order.lines} stations={stations} pickupStationId={order.pickup_station_id} readOnly={readOnly} />
            </ClientStrings>
          )}
        </section>
      ) : null}
    </div>
  )
}
