import Link from "next/link"
import type { ReactNode } from "react"
import type { Locale, SupplierMeResponse, SupplierTodayResponse } from "@fupin/shared"
import { interpolate } from "@/lib/i18n"
import { localizedHref } from "@/lib/i18n/paths"
import { getPortalDictionary } from "@/lib/i18n/supplier-portal"
import { formatPrice } from "@/lib/util/price"
import { formatDay } from "../lib/format"

function Tile({ label, value, sub, testId }: { label: string; value: string; sub?: string; testId: string }) {
  return (
    <div className="rounded-2xl bg-white p-4 ring-1 ring-earth-100" data-testid={testId}>
      <p className="text-sm font-medium text-earth-600">{label}</p>
      <p className="mt-1 text-2xl font-bold text-earth-900">{value}</p>
      {sub ? <p className="text-sm text-earth-600">{sub}</p> : null}
    </div>
  )
}

function Panel({ id, title, count, children }: { id: string; title: string; count: number; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="rounded-2xl bg-white p-4 ring-1 ring-earth-100">
      <h2 id={id} className="flex items-center justify-between text-lg font-bold text-earth-900">
        {title}
        <span className={"rounded-full px-2.5 py-0.5 text-sm " + (count ? "bg-brand-600 text-white" : "bg-earth-100 text-earth-700")}>{count}</span>
      </h2>
      <div className="mt-2">{children}</div>
    </section>
  )
}

const rowLink = "flex min-h-14 items-center justify-between gap-3 py-2 text-base"
const action = "shrink-0 rounded-full px-4 py-2 text-sm font-semibold text-brand-700 ring-1 ring-brand-200"

/** The first page: what needs doing today, then how the month went. */
export function TodayView({ locale, me, today }: { locale: Locale; me: SupplierMeResponse; today: SupplierTodayResponse }) {
  const dict = getPortalDictionary(locale).today
  const orders = getPortalDictionary(locale).orders
  const name = me.member.name || me.supplier.legal_name
  return (
    <div className="space-y-4">
      <div>
        <h1 className="text-2xl font-bold text-earth-900">{interpolate(dict.hello, { name })}</h1>
        <p className="text-sm text-earth-600">{me.supplier.legal_name}</p>
      </div>

      <div className="grid grid-cols-2 gap-3">
        <Tile
          testId="month-sales"
          label={dict.monthSales}
          value={formatPrice(today.month_sales.amount, locale)}
          sub={interpolate(dict.ordersUnit, { count: String(today.month_sales.orders) })}
        />
        <Tile
          testId="households-supported"
          label={dict.households}
          value={interpolate(dict.householdsUnit, { count: String(today.households_supported.total) })}
          sub={`+${today.households_supported.this_month}`}
        />
      </div>

      <Panel id="to-ship" title={dict.toShip} count={today.orders_to_ship_count}>
        {today.orders_to_ship.length ? (
          <ul className="divide-y divide-earth-100" data-testid="orders-to-ship">
            {today.orders_to_ship.map((o) => (
              <li key={o.id}>
                <Link href={localizedHref(locale, `/supplier/orders/${o.id}`)} className={rowLink}>
                  <span>
                    <span className="font-semibold text-earth-900">{interpolate(orders.order, { id: String(o.display_id) })}</span>
                    <span className="block text-sm text-earth-600">
                      {o.buyer === "institution" ? orders.buyerInstitution : orders.buyerRetail} · {formatDay(o.created_at, locale)} · ×{o.quantity}
                    </span>
                  </span>
                  <span className={action}>{dict.ship}</span>
                </Link>
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-earth-700">{dict.nothingToShip}</p>
        )}
      </Panel>

      <Panel id="low-stock" title={dict.lowStock} count={today.low_stock.length}>
        <p className="text-sm text-earth-600" data-testid="low-stock-rule">
          {interpolate(dict.lowStockRule, { count: String(today.low_stock_threshold) })}
        </p>
        {today.low_stock.length ? (
          <ul className="divide-y divide-earth-100" data-testid="low-stock">
            {today.low_stock.map((v) => (
              <li key={v.variant_id}>
                <Link href={`${localizedHref(locale, "/supplier/stock")}#variant-${v.variant_id}`} className={rowLink}>
                  <span>
                    <span className="font-semibold text-earth-900">{v.product_title}</span>
                    <span className="block text-sm text-earth-600">
                      {v.variant_title} · {interpolate(dict.left, { count: String(v.stock) })}
                    </span>
                  </span>
                  <span className={action}>{dict.restock}</span>
                </Link>
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-earth-700">{dict.stockOk}</p>
        )}
      </Panel>

      <Panel id="expiring" title={dict.expiring} count={today.certificates_expiring.length}>
        {today.certificates_expiring.length ? (
          <ul className="divide-y divide-earth-100" data-testid="certificates-expiring">
            {today.certificates_expiring.map((c) => (
              <li key={c.id}>
                <Link href={`${localizedHref(locale, "/supplier/certification")}#cert-${c.id}`} className={rowLink}>
                  <span>
                    <span className="font-semibold text-earth-900">{c.product_title ?? c.number}</span>
                    <span className="block text-sm text-earth-600">{interpolate(dict.expiresOn, { date: formatDay(c.expires_at, locale) })}</span>
                  </span>
                  <span className={action}>{dict.renew}</span>
                </Link>
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-earth-700">{dict.noneExpiring}</p>
        )}
      </Panel>
    </div>
  )
}
