import type { Locale, SupplierPriceCheck, SupplierProductDTO } from "@fupin/shared"
import { interpolate } from "@/lib/i18n"
import { getPortalDictionary } from "@/lib/i18n/supplier-portal"
import { formatPrice } from "@/lib/util/price"
import { StatusBadge } from "./status-badge"

/** Each size's price against the marketplace average for the same kind and unit, flagged when above the margin. */
export function PriceCheck({ locale, product, checks }: { locale: Locale; product: SupplierProductDTO; checks: SupplierPriceCheck[] }) {
  const dict = getPortalDictionary(locale).listings.priceCheck
  if (!checks.length) return null
  return (
    <section aria-labelledby="price-check" className="rounded-2xl bg-white p-4 ring-1 ring-earth-100" data-testid="price-check">
      <h2 id="price-check" className="text-lg font-bold text-earth-900">
        {dict.title}
      </h2>
      <ul className="mt-2 divide-y divide-earth-100">
        {checks.map((c) => {
          const variant = product.variants.find((v) => v.id === c.variant_id)
          const percent = c.market_average ? Math.round((c.price / c.market_average - 1) * 100) : 0
          return (
            <li key={c.variant_id} className="space-y-1 py-2 text-base">
              <p className="flex flex-wrap items-center justify-between gap-2">
                <span className="font-semibold text-earth-900">
                  {variant?.pack ?? variant?.title} · {formatPrice(c.price, locale)}
                </span>
                {c.market_average === null ? (
                  <StatusBadge tone="plain">{dict.none}</StatusBadge>
                ) : c.above_market ? (
                  <StatusBadge tone="bad" testId="price-flag">
                    {interpolate(dict.high, { percent: String(percent) })}
                  </StatusBadge>
                ) : (
                  <StatusBadge tone="good">{dict.ok}</StatusBadge>
                )}
              </p>
              {c.market_average !== null ? (
                <p className="text-sm text-earth-600">{interpolate(dict.average, { price: formatPrice(c.market_average, locale) })}</p>
              ) : null}
            </li>
          )
        })}
      </ul>
    </section>
  )
}
