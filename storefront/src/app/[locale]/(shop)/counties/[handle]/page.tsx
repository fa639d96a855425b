import type { Metadata } from "next"
import Link from "next/link"
import { notFound } from "next/navigation"
import { countyByHandle, isLocale } from "@fupin/shared"
import { getCounty, listCountySuppliers } from "@/lib/data/domain"
import { browseCatalogue } from "@/lib/data/products"
import { getDictionary, interpolate } from "@/lib/i18n"
import { languageAlternates, localizedHref } from "@/lib/i18n/paths"
import { countyCommonName } from "@/lib/util/product"
import { SectionHeading } from "@/modules/common/components/page-heading"
import { ProductGrid } from "@/modules/products/components/product-grid"
import { EMPTY_PARAMS, listHref } from "@/modules/search/lib/search-url"
import { supplierHref, supplierTypeLabel } from "@/modules/supplier/components/supplier-card"
import { renderOnFirstVisit } from "@/lib/static-pages"

// static: rendered on the first visit, cached until its reads' tags are revalidated (lib/static-pages.ts)
export const generateStaticParams = renderOnFirstVisit
export const revalidate = 300

/** How many of a county's products its page shows. */
const COUNTY_SHELF = 24

type Props = { params: Promise<{ locale: string; handle: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, handle } = await params
  const county = countyByHandle(handle)
  if (!isLocale(locale) || !county) return {}
  return {
    title: locale === "zh" ? county.name_zh : county.name_en,
    alternates: { canonical: localizedHref(locale, `/counties/${handle}`), languages: languageAlternates(`/counties/${handle}`) },
  }
}

export default async function CountyPage({ params }: Props) {
  const { locale, handle } = await params
  const info = countyByHandle(handle)
  if (!isLocale(locale) || !info) notFound()
  const dict = getDictionary(locale)
  const [county, shelf, suppliers] = await Promise.all([
    getCounty(handle).catch(() => null),
    // the county's newest products, the rest on the browse page
    browseCatalogue({ county: [handle] }, { pageSize: COUNTY_SHELF }),
    listCountySuppliers(handle).catch(() => ({ suppliers: [], count: 0 })),
  ])
  const products = shelf.items
  const name = countyCommonName(info, locale)
  const industry = locale === "zh" ? county?.showcase_industry_zh : county?.showcase_industry_en

  return (
    <div className="mx-auto max-w-6xl px-4 py-6 sm:px-6 sm:py-10">
      <div className="rounded-2xl bg-linear-to-br from-brand-700 to-earth-700 px-5 py-8 text-white sm:px-8">
        <div className="flex flex-wrap gap-2 text-xs font-medium">
          {info.delisted_poverty_county ? <span className="rounded-full bg-white/15 px-2.5 py-1 ring-1 ring-white/30">{dict.county.delisted}</span> : null}
          {industry ? (
            <span className="rounded-full bg-gold-500 px-2.5 py-1 text-earth-900">{interpolate(dict.county.showcase, { industry })}</span>
          ) : null}
        </div>
        <h1 className="mt-3 text-2xl font-bold sm:text-4xl">{locale === "zh" ? info.name_zh : info.name_en}</h1>
        {county?.townships.length ? (
          <div className="mt-4">
            <h2 className="text-sm font-semibold text-white/90">{dict.county.townships}</h2>
            <p className="mt-1 text-sm leading-relaxed text-white/90">{county.townships.map((t) => t.name).join(" · ")}</p>
          </div>
        ) : null}
      </div>

      <section aria-labelledby="county-products" className="mt-8">
        <SectionHeading id="county-products">{interpolate(dict.county.products, { county: name })}</SectionHeading>
        {products.length ? (
          <ProductGrid products={products} locale={locale} />
        ) : (
          <p className="rounded-xl bg-white p-6 text-center text-earth-700 ring-1 ring-earth-100">{dict.county.noProducts}</p>
        )}
        {shelf.count > products.length ? (
          <p className="mt-5 text-center">
            <Link href={listHref(locale, { ...EMPTY_PARAMS, county: [handle] })} className="font-semibold text-brand-700 underline underline-offset-4">
              {dict.home.browseAll}
            </Link>
          </p>
        ) : null}
      </section>

      {suppliers.suppliers.length ? (
        <section aria-labelledby="county-suppliers" className="mt-10">
          <SectionHeading id="county-suppliers">{interpolate(dict.county.suppliers, { county: name })}</SectionHeading>
          <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
            {suppliers.suppliers.map((s) => (
              <li key={s.id} className="rounded-xl bg-white p-4 ring-1 ring-earth-100">
                <Link href={supplierHref(locale, s.id)} className="font-semibold text-earth-900 underline-offset-4 hover:underline">
                  {s.legal_name}
                </Link>
                <p className="mt-1 text-xs text-earth-600">
                  {supplierTypeLabel(s.type, locale)}
                  {s.township_name ? ` · ${s.township_name}` : ""}
                </p>
                <p className="mt-2 text-sm text-earth-800">
                  {dict.supplier.households}: <strong className="text-brand-700">{s.households_bound}</strong>
                </p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  )
}
