import Link from "next/link"
import { SEARCH_QUERY_MAX_LENGTH, type Locale, type StoreSearchResponse } from "@fupin/shared"
import type { SearchRejected } from "@/lib/data/search"
import { getDictionary, interpolate, plural } from "@/lib/i18n"
import { localizedHref } from "@/lib/i18n/paths"
import { Pagination } from "@/modules/browse/components/pagination"
import { PageHeading } from "@/modules/common/components/page-heading"
import { ServiceUnavailable } from "@/modules/common/components/service-unavailable"
import { SearchActiveFilters } from "../components/search-active-filters"
import { SearchFacets } from "../components/search-facets"
import { SearchHitGrid } from "../components/search-hit-card"
import { SearchSort } from "../components/search-sort"
import { clearFacets, EMPTY_PARAMS, hasFacetFilters, SEARCH_PAGE_SIZE, searchHref, withSearchParams, type SearchPageParams } from "../lib/search-url"

export type SearchPageState =
  | { kind: "prompt" }
  | { kind: "rejected"; rejection: SearchRejected }
  | { kind: "unavailable" }
  | { kind: "results"; response: StoreSearchResponse }

const card = "rounded-2xl bg-white px-6 py-8 text-center shadow-sm ring-1 ring-earth-100"
const button = "inline-block rounded-full bg-brand-600 px-5 py-2.5 text-sm font-semibold text-white hover:bg-brand-700"

function formatMs(ms: number, locale: Locale): string {
  return ms.toLocaleString(locale === "zh" ? "zh-CN" : "en", { maximumFractionDigits: ms < 10 ? 1 : 0 })
}

/** The results page: heading with count and time, facets, sort, hits, pages; or why there are none. */
export function SearchResults({ params, state, locale }: { params: SearchPageParams; state: SearchPageState; locale: Locale }) {
  const dict = getDictionary(locale).search
  const heading = params.q ? interpolate(dict.resultsFor, { q: params.q }) : dict.title
  const wrap = "mx-auto max-w-6xl px-4 py-6 sm:px-6 sm:py-10"

  if (state.kind === "prompt") {
    return (
      <div className={wrap}>
        <PageHeading>{heading}</PageHeading>
        <div className={card}>
          <h2 className="text-lg font-bold text-earth-900">{dict.promptTitle}</h2>
          <p className="mx-auto mt-2 max-w-prose text-sm text-earth-700">{dict.promptBody}</p>
          <Link href={localizedHref(locale, "/products")} className={`${button} mt-5`}>
            {dict.browseAll}
          </Link>
        </div>
      </div>
    )
  }

  if (state.kind === "unavailable") {
    return (
      <div className={wrap}>
        <PageHeading>{heading}</PageHeading>
        <ServiceUnavailable title={dict.unavailableTitle} body={dict.unavailableBody}>
          <Link href={localizedHref(locale, "/products")} className={button}>
            {dict.browseAll}
          </Link>
        </ServiceUnavailable>
      </div>
    )
  }

  if (state.kind === "rejected") {
    const tooLong = params.q.length > SEARCH_QUERY_MAX_LENGTH || /^q:.*at most/i.test(state.rejection.message)
    return (
      <div className={wrap}>
        {/* the heading would repeat an over-long query: name the problem instead */}
        <PageHeading>{dict.title}</PageHeading>
        <div role="alert" className={card} data-testid="search-rejected">
          <h2 className="text-lg font-bold text-earth-900">{tooLong ? dict.tooLongTitle : dict.invalidTitle}</h2>
          <p className="mx-auto mt-2 max-w-prose text-sm text-earth-700">
            {tooLong ? interpolate(dict.tooLongBody, { max: String(SEARCH_QUERY_MAX_LENGTH) }) : dict.invalidBody}
          </p>
          {!tooLong ? (
            <p className="mt-1 text-xs text-earth-700" lang="en">
              {state.rejection.message}
            </p>
          ) : null}
        </div>
      </div>
    )
  }

  const { response } = state
  const pages = Math.max(1, Math.ceil(response.count / SEARCH_PAGE_SIZE))
  const summary = interpolate(plural(dict.summary, response.count, locale), { ms: formatMs(response.processing_time_ms, locale) })
  const filtered = hasFacetFilters(params)
  const showFacets = response.count > 0 || filtered

  return (
    <div className={wrap}>
      <PageHeading
        sub={
          <>
            <span data-testid="search-summary">{summary}</span>
            {response.corrected_query ? (
              <span className="mt-1 block text-sm text-earth-800" data-testid="search-corrected">
                {interpolate(dict.correctedQuery, { corrected: response.corrected_query, q: params.q })}
              </span>
            ) : null}
          </>
        }
      >
        {heading}
      </PageHeading>
      <div className={showFacets ? "grid gap-6 lg:grid-cols-[16rem_1fr]" : ""}>
        {showFacets ? (
          <aside>
            <SearchFacets facets={response.facets} params={params} count={response.count} locale={locale} />
          </aside>
        ) : null}
        <section id="search-results" aria-labelledby="search-results-heading" className="min-w-0 scroll-mt-4">
          <h2 id="search-results-heading" className="sr-only">
            {dict.results}
          </h2>
          <SearchActiveFilters facets={response.facets} params={params} locale={locale} />
          {response.count > 0 ? (
            <>
              <div className="mb-4">
                <SearchSort params={params} locale={locale} />
              </div>
              <SearchHitGrid hits={response.hits} locale={locale} />
              <Pagination
                page={Math.min(params.page, pages)}
                pages={pages}
                locale={locale}
                hrefFor={(page) => searchHref(locale, withSearchParams(params, { page }))}
              />
            </>
          ) : filtered ? (
            <div className={card}>
              <p className="text-base font-semibold text-earth-900">{dict.noResultsFiltered}</p>
              <Link href={searchHref(locale, clearFacets(params))} className={`${button} mt-5`}>
                {dict.clearFilters}
              </Link>
            </div>
          ) : (
            <NoResults response={response} params={params} locale={locale} />
          )}
        </section>
      </div>
    </div>
  )
}

function NoResults({ response, params, locale }: { response: StoreSearchResponse; params: SearchPageParams; locale: Locale }) {
  const dict = getDictionary(locale).search
  return (
    <>
      <div className={card}>
        <p className="text-lg font-bold text-earth-900">{interpolate(dict.noResultsTitle, { q: params.q })}</p>
        {response.did_you_mean ? (
          <p className="mt-3 text-base text-earth-800" data-testid="did-you-mean">
            {dict.didYouMean}{" "}
            <Link
              href={searchHref(locale, { ...EMPTY_PARAMS, q: response.did_you_mean })}
              className="font-semibold text-brand-700 underline underline-offset-4"
            >
              {response.did_you_mean}
            </Link>
          </p>
        ) : null}
        <p className="mx-auto mt-2 max-w-prose text-sm text-earth-700">{dict.noResultsBody}</p>
      </div>
      {response.popular.length ? (
        <section aria-labelledby="search-popular" className="mt-8">
          <h2 id="search-popular" className="mb-4 text-xl font-bold text-earth-900">
            {dict.popular}
          </h2>
          <SearchHitGrid hits={response.popular} locale={locale} />
        </section>
      ) : null}
    </>
  )
}
