import type { Metadata } from "next"
import Link from "next/link"
import type { Locale } from "@fupin/shared"
import { browseCatalogue } from "@/lib/data/products"
import { getDictionary, plural } from "@/lib/i18n"
import { languageAlternates, localizedHref } from "@/lib/i18n/paths"
import { PagedProducts } from "@/modules/browse/components/paged-products"
import { PageHeading } from "@/modules/common/components/page-heading"
import { SearchActiveFilters } from "@/modules/search/components/search-active-filters"
import { SearchFacets } from "@/modules/search/components/search-facets"
import { SearchSort } from "@/modules/search/components/search-sort"
import {
  clearFacets,
  hasFacetFilters,
  listHref,
  SEARCH_PAGE_SIZE,
  toStoreCatalogueQuery,
  withSearchParams,
  type SearchPageParams,
} from "@/modules/search/lib/search-url"

/** Every variant of the list has the one canonical URL: /products. */
export function browseMetadata(locale: Locale): Metadata {
  return {
    title: getDictionary(locale).browse.title,
    alternates: { canonical: localizedHref(locale, "/products"), languages: languageAlternates("/products") },
  }
}

/**
 * The catalogue: every product on sale, filtered by the same facets as search and in the
 * same URL format (a list without a query), newest first, filtered, counted, sorted and
 * paged by the search index, so a page costs the same for 126 products as for 10,000.
 * The same for every shopper: /products and each of its filtered variants is a cached page
 * (modules/browse/lib/list-path.ts).
 */
export async function CatalogueList({ locale, filters }: { locale: Locale; filters: SearchPageParams }) {
  const dict = getDictionary(locale)
  const result = await browseCatalogue(toStoreCatalogueQuery(filters), { page: filters.page, pageSize: SEARCH_PAGE_SIZE })
  const shown = { ...filters, page: result.page }
  const filtered = hasFacetFilters(filters)

  return (
    <div className="mx-auto max-w-6xl px-4 py-6 sm:px-6 sm:py-10">
      <PageHeading sub={<span data-testid="browse-count">{plural(dict.browse.count, result.count, locale)}</span>}>{dict.browse.heading}</PageHeading>
      <div className="grid gap-6 lg:grid-cols-[16rem_1fr]">
        <aside>
          <SearchFacets facets={result.facets} params={shown} count={result.count} locale={locale} />
        </aside>
        <section id="search-results" aria-label={dict.browse.title} className="min-w-0 scroll-mt-4">
          <SearchActiveFilters facets={result.facets} params={shown} locale={locale} />
          {result.count === 0 ? (
            <div role="status" className="rounded-2xl bg-white px-6 py-10 text-center ring-1 ring-earth-100">
              <h2 className="text-lg font-bold text-earth-900">{dict.browse.emptyTitle}</h2>
              <p className="mt-2 text-sm text-earth-600">{dict.browse.emptyBody}</p>
              {filtered ? (
                <Link
                  href={listHref(locale, clearFacets(shown))}
                  className="mt-5 inline-block rounded-full bg-brand-600 px-5 py-2.5 text-sm font-semibold text-white hover:bg-brand-700"
                >
                  {dict.browse.clear}
                </Link>
              ) : null}
            </div>
          ) : (
            <>
              <div className="mb-4">
                <SearchSort params={shown} locale={locale} />
              </div>
              <PagedProducts result={result} locale={locale} hrefFor={(page) => listHref(locale, withSearchParams(shown, { page }))} />
            </>
          )}
        </section>
      </div>
    </div>
  )
}
