import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { isLocale, LOW_STOCK_THRESHOLD } from "@fupin/shared"
import { getPortalMe, listPortalProducts, portalReadOnly } from "@/lib/data/supplier-portal"
import { getPortalDictionary } from "@/lib/i18n/supplier-portal"
import { LowStockThresholdForm, StockImportForm, StockRowForm } from "@/modules/supplier-portal/components/stock-forms"
import { ClientStrings } from "@/lib/i18n/client-strings"
import { STOCK_FORMS_STRINGS } from "@/modules/supplier-portal/components/stock-forms.strings"

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  return isLocale(locale) ? { title: getPortalDictionary(locale).stock.title } : {}
}

/** Stock per size, one form each, and the bulk update from a sheet. */
export default async function SupplierStockPage({ params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const [{ products }, readOnly, me] = await Promise.all([listPortalProducts(), portalReadOnly(), getPortalMe()])
  const dict = getPortalDictionary(locale).stock
  const variants = products.flatMap((p) => p.variants.map((v) => ({ product: p, variant: v })))
  return (
    <div className="space-y-4">
      <div>
        <h1 className="text-2xl font-bold text-earth-900">{dict.title}</h1>
        <p className="text-base text-earth-700">{dict.intro}</p>
      </div>
      {variants.length ? (
        <ul className="space-y-3" data-testid="stock-list">
          {variants.map(({ product, variant }) => {
            const label = `${product.title} ${variant.pack}`
            return (
              <li key={variant.id} id={`variant-${variant.id}`} className="space-y-2 rounded-2xl bg-white p-4 ring-1 ring-earth-100">
                <p className="flex flex-wrap items-baseline justify-between gap-2">
                  <span className="font-semibold text-earth-900">{label}</span>
                  <span className="text-sm text-earth-600">
                    {variant.sku ? `${variant.sku} · ` : ""}
                    {dict.current} <strong data-testid={`stock-${variant.id}`}>{variant.stock}</strong>
                  </span>
                </p>
                <ClientStrings locale={locale} pick={STOCK_FORMS_STRINGS}>
                  <StockRowForm locale={locale} variantId={variant.id} label={label} stock={variant.stock} readOnly={readOnly} />
                </ClientStrings>
              </li>
            )
          })}
        </ul>
      ) : (
        <p className="text-earth-700">{dict.empty}</p>
      )}
      <section aria-labelledby="threshold" className="space-y-2 rounded-2xl bg-white p-4 ring-1 ring-earth-100">
        <h2 id="threshold" className="text-lg font-bold text-earth-900">
          {dict.thresholdTitle}
        </h2>
        <ClientStrings locale={locale} pick={STOCK_FORMS_STRINGS}>
          <LowStockThresholdForm locale={locale} threshold={me?.supplier.low_stock_threshold ?? LOW_STOCK_THRESHOLD} readOnly={readOnly} />
        </ClientStrings>
      </section>
      <section aria-labelledby="bulk" className="space-y-2 rounded-2xl bg-white p-4 ring-1 ring-earth-100">
        <h2 id="bulk" className="text-lg font-bold text-earth-900">
          {dict.bulkTitle}
        </h2>
        <p className="text-sm text-earth-700">{dict.bulkIntro}</p>
        <ClientStrings locale={locale} pick={STOCK_FORMS_STRINGS}><StockImportForm locale={locale} readOnly={readOnly} /></ClientStrings>
      </section>
    </div>
  )
}
