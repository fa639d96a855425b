import type { Metadata } from "next"
import Link from "next/link"
import { notFound } from "next/navigation"
import { isLocale } from "@fupin/shared"
import { getCategoryTree, listCatalogue } from "@/lib/data/products"
import { getDictionary, plural } from "@/lib/i18n"
import { languageAlternates, localizedHref } from "@/lib/i18n/paths"
import { findCategory, handlesWithin } from "@/lib/util/categories"
import { browse, browseQuery, hasFilters, parseBrowseParams, withBrowseParams } from "@/lib/util/browse"
import { readOriginMetadata } from "@/lib/util/product"
import { BrowseFilters } from "@/modules/browse/components/browse-filters"
import { Pagination } from "@/modules/browse/components/pagination"
import { PageHeading } from "@/modules/common/components/page-heading"
import { ProductGrid } from "@/modules/products/components/product-grid"

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  return {
    title: getDictionary(locale).browse.title,
    alternates: { canonical: localizedHref(locale, "/products"), languages: languageAlternates("/products") },
  }
}

export default async function BrowsePage({ params, searchParams }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const dict = getDictionary(locale)
  const filters = parseBrowseParams(await searchParams)
  const [catalogue, categories] = await Promise.all([listCatalogue(), getCategoryTree()])
  // a group (肉禽蛋品) stands for its kinds' products
  const category = filters.category ? findCategory(categories, filters.category) : null
  const result = browse(catalogue, filters, new Date(), category ? handlesWithin(category) : undefined)
  const countiesWithProducts = [...new Set(catalogue.map((p) => readOriginMetadata(p.metadata).county_handle).filter((h): h is string => !!h))]
  const base = localizedHref(locale, "/products")

  return (
    <div className="mx-auto max-w-6xl px-4 py-6 sm:px-6 sm:py-10">
      <PageHeading sub={plural(dict.browse.count, result.count, locale)}>{dict.browse.heading}</PageHeading>
      <div className="grid gap-6 lg:grid-cols-[16rem_1fr]">
        <aside>
          <BrowseFilters params={filters} categories={categories} countiesWithProducts={countiesWithProducts} locale={locale} />
        </aside>
        <section aria-label={dict.browse.title}>
          {result.count === 0 ? (
            <div role="status" className="rounded-2xl bg-white px-6 py-10 text-center ring-1 ring-earth-100">
              <h2 className="text-lg font-bold text-earth-900">{dict.browse.emptyTitle}</h2>
              <p className="mt-2 text-sm text-earth-600">{dict.browse.emptyBody}</p>
              {hasFilters(filters) ? (
                <Link href={base} className="mt-5 inline-block rounded-full bg-brand-600 px-5 py-2.5 text-sm font-semibold text-white hover:bg-brand-700">
                  {dict.browse.clear}
                </Link>
              ) : null}
            </div>
          ) : (
            <>
              <ProductGrid products={result.items} locale={locale} />
              <Pagination
                page={result.page}
                pages={result.pages}
                locale={locale}
                hrefFor={(page) => `${base}${browseQuery(withBrowseParams(filters, { page }))}`}
              />
            </>
          )}
        </section>
      </div>
    </div>
  )
}
