import type { Metadata } from "next"
import { notFound, redirect } from "next/navigation"
import { isLocale, SEARCH_QUERY_MAX_LENGTH } from "@fupin/shared"
import { searchProducts } from "@/lib/data/search"
import { getDictionary, interpolate } from "@/lib/i18n"
import { hasFacetFilters, listHref, parseSearchParams, toStoreSearchQuery } from "@/modules/search/lib/search-url"
import { SearchResults, type SearchPageState } from "@/modules/search/templates/search-results"

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  const dict = getDictionary(locale).search
  const { q } = parseSearchParams(await searchParams)
  return {
    title: q && q.length <= SEARCH_QUERY_MAX_LENGTH ? interpolate(dict.resultsFor, { q }) : dict.title,
    // result lists are for people, not for search engines' indexes
    robots: { index: false, follow: true },
  }
}

export default async function SearchPage({ params, searchParams }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const query = parseSearchParams(await searchParams)
  // filters without a query are a browse list: the same URL on the catalogue's page
  if (!query.q && hasFacetFilters(query)) redirect(listHref(locale, query))

  let state: SearchPageState = { kind: "prompt" }
  if (query.q) {
    try {
      const outcome = await searchProducts(toStoreSearchQuery(query))
      state = outcome.ok ? { kind: "results", response: outcome.data } : { kind: "rejected", rejection: outcome }
    } catch (error) {
      console.error("[storefront] search failed:", error instanceof Error ? error.message : error)
      state = { kind: "unavailable" }
    }
  }
  return <SearchResults params={query} state={state} locale={locale} />
}
