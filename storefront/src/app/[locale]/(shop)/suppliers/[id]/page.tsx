import type { Metadata } from "next"
import Link from "next/link"
import { notFound } from "next/navigation"
import { countyByHandle, isLocale, LINKAGE_MECHANISM_LABELS } from "@fupin/shared"
import { getSupplier } from "@/lib/data/domain"
import { listProductsByHandles } from "@/lib/data/products"
import { getDictionary, interpolate } from "@/lib/i18n"
import { decodeSegment, localizedHref } from "@/lib/i18n/paths"
import { countyCommonName } from "@/lib/util/product"
import { SectionHeading } from "@/modules/common/components/page-heading"
import { ProductGrid } from "@/modules/products/components/product-grid"
import { supplierTypeLabel } from "@/modules/supplier/components/supplier-card"
import { renderOnFirstVisit } from "@/lib/static-pages"

// static: rendered on the first visit, cached until its reads' tags are revalidated (lib/static-pages.ts)
export const generateStaticParams = renderOnFirstVisit
export const revalidate = 300

type Props = { params: Promise<{ locale: string; id: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, id } = await params
  if (!isLocale(locale)) return {}
  const supplier = await getSupplier(decodeSegment(id)).catch(() => null)
  return supplier ? { title: supplier.legal_name } : {}
}

export default async function SupplierPage({ params }: Props) {
  const { locale, id } = await params
  if (!isLocale(locale)) notFound()
  const supplier = await getSupplier(decodeSegment(id))
  if (!supplier) notFound()
  const dict = getDictionary(locale)
  const county = countyByHandle(supplier.county_handle)
  // the supplier's published products, newest first (those on sale: the supplier record lists drafts too)
  const products = await listProductsByHandles(supplier.products.map((p) => p.handle))
  const mechanisms = supplier.mechanisms.map((m) => LINKAGE_MECHANISM_LABELS[m]?.[locale] ?? m)

  const figures: Array<[string, string]> = [
    [dict.supplier.households, interpolate(dict.home.households, { count: supplier.households_bound.toLocaleString() })],
    [dict.supplier.people, interpolate(dict.supplier.persons, { count: supplier.people_bound.toLocaleString() })],
  ]
  if (supplier.employees !== null) figures.push([dict.supplier.employees, interpolate(dict.supplier.persons, { count: String(supplier.employees) })])

  return (
    <div className="mx-auto max-w-6xl px-4 py-6 sm:px-6 sm:py-10">
      <p className="text-sm text-earth-600">
        {supplierTypeLabel(supplier.type, locale)}
        {supplier.is_key ? ` · ${dict.supplier.keyEnterprise}` : ""}
      </p>
      <h1 className="mt-1 text-2xl font-bold text-earth-900 sm:text-3xl">{supplier.legal_name}</h1>
      {county ? (
        <p className="mt-2 text-sm">
          <Link href={localizedHref(locale, `/counties/${county.handle}`)} className="font-medium text-brand-700 underline underline-offset-4">
            {countyCommonName(county, locale)}
          </Link>
          {supplier.township_name ? <span className="text-earth-700"> · {supplier.township_name}</span> : null}
        </p>
      ) : null}

      <div className="mt-6 grid gap-4 md:grid-cols-[2fr_3fr]">
        <dl className="grid grid-cols-2 gap-3">
          {figures.map(([label, value]) => (
            <div key={label} className="rounded-xl bg-white p-4 ring-1 ring-earth-100">
              <dt className="text-xs text-earth-600">{label}</dt>
              <dd className="mt-1 text-xl font-bold text-brand-700">{value}</dd>
            </div>
          ))}
          <div className="col-span-2 rounded-xl bg-white p-4 ring-1 ring-earth-100">
            <dt className="text-xs text-earth-600">{dict.supplier.mechanisms}</dt>
            <dd className="mt-1 flex flex-wrap gap-2">
              {mechanisms.length
                ? mechanisms.map((m) => (
                    <span key={m} className="rounded-full bg-brand-50 px-2.5 py-1 text-sm text-brand-800 ring-1 ring-brand-100">
                      {m}
                    </span>
                  ))
                : dict.supplier.none}
            </dd>
          </div>
        </dl>
        <section aria-labelledby="supplier-story" className="rounded-xl bg-white p-4 ring-1 ring-earth-100 sm:p-6">
          <h2 id="supplier-story" className="text-lg font-bold text-earth-900">
            {dict.supplier.story}
          </h2>
          <p className="mt-2 whitespace-pre-line leading-relaxed text-earth-800">{supplier.description ?? dict.supplier.none}</p>
          {supplier.organic_certificates.length ? (
            <>
              <h3 className="mt-5 font-semibold text-earth-900">{dict.supplier.organic}</h3>
              <ul className="mt-2 space-y-2 text-sm">
                {supplier.organic_certificates.map((c) => (
                  <li key={c.number} className="rounded-lg bg-earth-50 px-3 py-2">
                    <span className="font-mono font-semibold">{c.number}</span> · {c.issuer}
                    <span className="block text-earth-700">
                      {dict.supplier.organicScope}: {c.product_scope}
                      {c.expires_on ? ` · ${dict.cert.expires} ${c.expires_on}` : ""}
                    </span>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </section>
      </div>

      {products.length ? (
        <section aria-labelledby="supplier-products" className="mt-10">
          <SectionHeading id="supplier-products">{dict.supplier.products}</SectionHeading>
          <ProductGrid products={products} locale={locale} />
        </section>
      ) : null}
    </div>
  )
}
