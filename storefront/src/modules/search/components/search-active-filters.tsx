import Link from "next/link"
import type { Locale, SearchFacets } from "@fupin/shared"
import { getDictionary, interpolate } from "@/lib/i18n"
import { facetValueLabel } from "../lib/facet-label"
import { activeFilters, clearFacets, listHref, toggleFacet, type SearchPageParams } from "../lib/search-url"

/**
 * The ticked facet values as chips above the results, each a link that removes it, and
 * one that removes them all. On phones this is what shows the filters while the panel is
 * closed.
 */
export function SearchActiveFilters({ facets, params, locale }: { facets: SearchFacets; params: SearchPageParams; locale: Locale }) {
  const dict = getDictionary(locale).search
  const chips = activeFilters(params)
  if (!chips.length) return null
  return (
    <div className="mb-4 flex flex-wrap items-center gap-2">
      <h3 id="search-active-filters" className="sr-only">
        {dict.activeFilters}
      </h3>
      <ul aria-labelledby="search-active-filters" className="flex flex-wrap gap-2">
        {chips.map(({ facet, value }) => {
          const label = facetValueLabel(facets, facet, value, locale)
          return (
            <li key={`${facet}:${value}`}>
              <Link
                href={listHref(locale, toggleFacet(params, facet, value))}
                aria-label={interpolate(dict.removeFilter, { label })}
                data-facet={facet}
                data-value={value}
                rel="nofollow"
                className="inline-flex min-h-9 items-center gap-1.5 rounded-full bg-brand-50 pl-3 pr-2 text-sm font-medium text-brand-800 ring-1 ring-brand-200 hover:bg-brand-100"
              >
                {label}
                <svg viewBox="0 0 16 16" className="h-3.5 w-3.5" aria-hidden="true" focusable="false">
                  <path d="m4 4 8 8m0-8-8 8" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
                </svg>
              </Link>
            </li>
          )
        })}
      </ul>
      <Link
        href={listHref(locale, clearFacets(params))}
        rel="nofollow"
        className="inline-flex min-h-9 items-center px-1 text-sm font-medium text-brand-700 underline underline-offset-4"
      >
        {dict.clearAll}
      </Link>
    </div>
  )
}
