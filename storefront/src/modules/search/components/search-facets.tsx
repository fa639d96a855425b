import Link from "next/link"
import { countyByHandle, type Locale, type SearchFacets as Facets, type SearchFacetValue } from "@fupin/shared"
import { getDictionary } from "@/lib/i18n"
import { countyShortName } from "@/lib/util/product"
import {
  clearFacets,
  hasFacetFilters,
  searchHref,
  searchQueryString,
  selectedFacetValue,
  toggleFacet,
  type SearchFacetName,
  type SearchPageParams,
} from "../lib/search-url"

function CheckMark({ checked }: { checked: boolean }) {
  return (
    <span
      aria-hidden="true"
      className={
        "flex h-4.5 w-4.5 shrink-0 items-center justify-center rounded border-2 " +
        (checked ? "border-brand-600 bg-brand-600 text-white" : "border-earth-400 bg-white")
      }
    >
      {checked ? (
        <svg viewBox="0 0 16 16" className="h-3 w-3" focusable="false">
          <path d="m3.5 8.5 3 3 6-7" fill="none" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
      ) : null}
    </span>
  )
}

/**
 * The facets as links that look like checkboxes: each is the shareable URL of the results
 * with that value selected (or cleared, when it already is). Works without JavaScript.
 */
function FacetGroup({
  name,
  title,
  values,
  params,
  locale,
  idPrefix,
}: {
  name: SearchFacetName
  title: string
  values: SearchFacetValue[]
  params: SearchPageParams
  locale: Locale
  idPrefix: string
}) {
  const dict = getDictionary(locale).search
  const selected = selectedFacetValue(params, name)
  // A selected value the current query no longer matches stays listed, so it can be cleared.
  const shown = selected && !values.some((v) => v.value === selected) ? [...values, { value: selected, label_zh: selected, label_en: selected, count: 0 }] : values
  if (!shown.length) return null
  const headingId = `${idPrefix}facet-${name}`
  return (
    <div>
      <h3 id={headingId} className="text-sm font-bold text-earth-900">
        {title}
      </h3>
      <ul aria-labelledby={headingId} className="mt-1.5 space-y-0.5">
        {shown.map((v) => {
          const checked = v.value === selected
          const county = name === "county" ? countyByHandle(v.value) : undefined
          const label = county ? countyShortName(county, locale) : locale === "zh" ? v.label_zh : v.label_en
          const inner = (
            <>
              <CheckMark checked={checked} />
              <span className="min-w-0 flex-1 truncate">{label}</span>
              <span className="shrink-0 text-xs text-earth-700">{v.count}</span>
              {checked ? <span className="sr-only">（{dict.selected}）</span> : null}
            </>
          )
          const row = "flex min-h-10 items-center gap-2 rounded-lg px-2 text-sm"
          return (
            <li key={v.value}>
              {v.count === 0 && !checked ? (
                <span className={`${row} text-earth-600`} aria-disabled="true">
                  {inner}
                </span>
              ) : (
                <Link
                  href={searchHref(locale, toggleFacet(params, name, v.value))}
                  aria-current={checked ? "true" : undefined}
                  data-facet={name}
                  data-value={v.value}
                  className={`${row} ${checked ? "font-semibold text-brand-700" : "text-earth-800"} hover:bg-brand-50`}
                  rel="nofollow"
                >
                  {inner}
                </Link>
              )}
            </li>
          )
        })}
      </ul>
    </div>
  )
}

function FacetList({ facets, params, locale, idPrefix }: { facets: Facets; params: SearchPageParams; locale: Locale; idPrefix: string }) {
  const dict = getDictionary(locale).search
  const common = { params, locale, idPrefix }
  return (
    <div className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-1">
      <FacetGroup name="county" title={dict.facetCounty} values={facets.county} {...common} />
      <FacetGroup name="category" title={dict.facetCategory} values={facets.category} {...common} />
      <FacetGroup name="certified" title={dict.facetCertified} values={facets.certified} {...common} />
      <FacetGroup name="price" title={dict.facetPrice} values={facets.price_band} {...common} />
    </div>
  )
}

/**
 * The facets: a sidebar on wide screens; on phones and tablets a closed disclosure above
 * the results (so the results come first), its summary saying how many filters are on.
 */
export function SearchFacets({ facets, params, locale }: { facets: Facets; params: SearchPageParams; locale: Locale }) {
  const dict = getDictionary(locale).search
  const active = [params.county, params.category, params.certified, params.price].filter((v) => v !== null).length
  const clear = hasFacetFilters(params) ? (
    <Link href={searchHref(locale, clearFacets(params))} className="text-sm font-medium text-brand-700 underline underline-offset-4">
      {dict.clearFilters}
    </Link>
  ) : null
  return (
    <>
      {/* keyed by the URL: a new result list starts with the panel closed, the results in view */}
      <details key={searchQueryString(params)} className="group rounded-2xl bg-white shadow-sm ring-1 ring-earth-100 lg:hidden">
        <summary className="flex min-h-11 cursor-pointer list-none items-center gap-2 px-4 py-2.5 text-base font-bold text-earth-900 [&::-webkit-details-marker]:hidden">
          <svg viewBox="0 0 20 20" className="h-4 w-4 transition-transform group-open:rotate-90" aria-hidden="true" focusable="false">
            <path d="m7 4 6 6-6 6" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
          </svg>
          {dict.filters}
          {active ? (
            <span className="rounded-full bg-brand-600 px-2 py-0.5 text-xs font-semibold text-white">
              {active}
              <span className="sr-only"> {dict.selected}</span>
            </span>
          ) : null}
        </summary>
        <nav aria-label={dict.filters} className="border-t border-earth-100 px-4 pb-4 pt-3">
          {clear ? <div className="mb-3">{clear}</div> : null}
          <FacetList facets={facets} params={params} locale={locale} idPrefix="m-" />
        </nav>
      </details>
      <nav aria-labelledby="search-filters" className="hidden rounded-2xl bg-white p-4 shadow-sm ring-1 ring-earth-100 lg:block">
        <div className="mb-3 flex items-baseline justify-between gap-2">
          <h2 id="search-filters" className="text-base font-bold text-earth-900">
            {dict.filters}
          </h2>
          {clear}
        </div>
        <FacetList facets={facets} params={params} locale={locale} idPrefix="" />
      </nav>
    </>
  )
}
