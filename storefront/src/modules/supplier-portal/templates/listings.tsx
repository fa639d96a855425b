import Link from "next/link"
import type { Locale, SupplierProductDTO } from "@fupin/shared"
import { localizedHref } from "@/lib/i18n/paths"
import { getPortalDictionary } from "@/lib/i18n/supplier-portal"
import { formatPrice } from "@/lib/util/price"
import { resolveImageUrl } from "@/lib/util/product"
import { buttonPrimary } from "@/modules/common/components/field"
import { StatusBadge } from "../components/status-badge"
import { listingStatusLabel, listingTone } from "../lib/labels"

/** The supplier's listings with their status (awaiting review, approved, on sale) and pending changes. */
export function ListingsView({ locale, products, readOnly }: { locale: Locale; products: SupplierProductDTO[]; readOnly: boolean }) {
  const dict = getPortalDictionary(locale).listings
  return (
    <div className="space-y-4">
      <div className="flex items-center justify-between gap-3">
        <h1 className="text-2xl font-bold text-earth-900">{dict.title}</h1>
        {readOnly ? null : (
          <Link href={localizedHref(locale, "/supplier/listings/new")} className={buttonPrimary + " min-h-12"}>
            {dict.add}
          </Link>
        )}
      </div>
      {products.length ? (
        <ul className="space-y-3" data-testid="listings">
          {products.map((p) => {
            const prices = p.variants.map((v) => v.price)
            const stock = p.variants.reduce((sum, v) => sum + v.stock, 0)
            return (
              <li key={p.id}>
                <Link href={localizedHref(locale, `/supplier/listings/${p.id}`)} className="flex gap-3 rounded-2xl bg-white p-3 ring-1 ring-earth-100">
                  <img src={resolveImageUrl(p.thumbnail)} alt="" width={64} height={64} className="h-16 w-16 shrink-0 rounded-lg bg-earth-50 object-cover" />
                  <div className="min-w-0 flex-1">
                    <p className="font-semibold text-earth-900">{p.title}</p>
                    <p className="text-sm text-earth-600">
                      {prices.length ? formatPrice(Math.min(...prices), locale) : "—"} · {getPortalDictionary(locale).stock.current} {stock}
                    </p>
                    <p className="mt-1 flex flex-wrap gap-1.5">
                      <StatusBadge tone={listingTone(p)}>{listingStatusLabel(p, locale)}</StatusBadge>
                      {p.pending_change ? <StatusBadge tone="wait">{dict.pendingChange}</StatusBadge> : null}
                    </p>
                  </div>
                </Link>
              </li>
            )
          })}
        </ul>
      ) : (
        <p className="rounded-2xl bg-white p-4 text-base text-earth-700 ring-1 ring-earth-100">{dict.empty}</p>
      )}
    </div>
  )
}
