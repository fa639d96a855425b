import type { Locale, SearchFacets as Facets, SearchFacetValue } from "@fupin/shared"
import { getCategoryTree } from "@/lib/data/products"
import { getDictionary, interpolate, plural } from "@/lib/i18n"
import { categoryParents } from "@/lib/util/categories"
import { facetValueLabel } from "../lib/facet-label"
import {
  activeFilters,
  categoryFacetRows,
  clearFacet,
  clearFacets,
  listHref,
  searchQueryString,
  selectedFacetValues,
  toggleCategory,
  toggleFacet,
  type CategoryParents,
  type SearchFacetName,
  type SearchPageParams,
} from "../lib/search-url"
import { FacetCheckbox, FacetClearLink } from "./facet-checkbox"
import { FacetsDisclosure } from "./facets-disclosure"

/** The box of a value's row; ticked, it is filled and shows the tick (styles: `.facet-row` in globals.css). */
function CheckMark({ checked }: { checked: boolean }) {
  return (
    <span aria-hidden="true" className="facet-box">
      {checked ? (
        <svg viewBox="0 0 16 16" className="h-3 w-3" focusable="false">
          <path d="m3.5 8.5 3 3 6-7" fill="none" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
      ) : null}
    </span>
  )
}

/**
 * One facet as a group of checkboxes. Each is a link to the shareable URL of the results
 * with that value added (or removed, when it is ticked), so it works without JavaScript.
 * Counts are what the value would give under the other facets' filters. A value that would
 * give nothing is shown but disabled, so the list does not jump as filters change; a ticked
 * value stays listed even when the results no longer count it, so it can be unticked.
 */
function FacetGroup({
  name,
  title,
  values,
  facets,
  params,
  locale,
  idPrefix,
  parents,
}: {
  name: SearchFacetName
  title: string
  values: SearchFacetValue[]
  facets: Facets
  params: SearchPageParams
  locale: Locale
  idPrefix: string
  /** for the category facet: each category's group, so that it drills down (search-url.ts toggleCategory) */
  parents?: CategoryParents
}) {
  const dict = getDictionary(locale).search
  const selected = selectedFacetValues(params, name)
  const missing = selected.filter((s) => !values.some((v) => v.value === s))
  const shown = [...values, ...missing.map((value) => ({ value, label_zh: value, label_en: value, count: 0 }))]
  if (!shown.length) return null
  const rows = parents ? categoryFacetRows(shown, selected, parents) : shown.map((value) => ({ value, depth: 0 as const }))
  const target = (value: string) => (parents ? toggleCategory(params, value, parents) : toggleFacet(params, name, value))
  const headingId = `${idPrefix}facet-${name}`
  return (
    <div role="group" aria-labelledby={headingId}>
      <div className="flex items-baseline justify-between gap-2">
        <h3 id={headingId} className="text-sm font-bold text-earth-900">
          {title}
        </h3>
        {selected.length ? (
          <FacetClearLink href={listHref(locale, clearFacet(params, name))} label={interpolate(dict.clearFacetLabel, { facet: title })}>
            {dict.clearFacet}
          </FacetClearLink>
        ) : null}
      </div>
      <ul className="mt-1.5 space-y-0.5">
        {rows.map(({ value: v, depth }) => {
          const checked = selected.includes(v.value)
          const inner = (
            <>
              <CheckMark checked={checked} />
              <span className="facet-label">{facetValueLabel(facets, name, v.value, locale)}</span>
              <span className="facet-count">{v.count}</span>
            </>
          )
          return (
            <li key={v.value} className={depth ? "pl-6" : undefined}>
              {v.count === 0 && !checked ? (
                <span role="checkbox" aria-checked="false" aria-disabled="true" className="facet-row">
                  {inner}
                </span>
              ) : (
                <FacetCheckbox
                  href={listHref(locale, target(v.value))}
                  checked={checked}
                  facet={name}
                  value={v.value}
                  className="facet-row"
                >
                  {inner}
                </FacetCheckbox>
              )}
            </li>
          )
        })}
      </ul>
    </div>
  )
}

function FacetList({
  facets,
  params,
  locale,
  idPrefix,
  parents,
}: {
  facets: Facets
  params: SearchPageParams
  locale: Locale
  idPrefix: string
  parents: CategoryParents
}) {
  const dict = getDictionary(locale).search
  const common = { facets, params, locale, idPrefix }
  return (
    <div className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-1">
      <FacetGroup name="county" title={dict.facetCounty} values={facets.county} {...common} />
      <FacetGroup name="category" title={dict.facetCategory} values={facets.category} parents={parents} {...common} />
      <FacetGroup name="certified" title={dict.facetCertified} values={facets.certified} {...common} />
      <FacetGroup name="price" title={dict.facetPrice} values={facets.price_band} {...common} />
    </div>
  )
}

/**
 * The facets, rendered once: on phones and tablets a closed disclosure above the results (so
 * the results come first), its summary saying how many values are ticked; on wide screens the
 * same disclosure shown open as a sidebar, its summary hidden (globals.css .facets-panel, where
 * the browser can style a disclosure's content; elsewhere it stays a disclosure). The disclosure
 * stays open while values are ticked and unticked (several counties in a row), and closes for a
 * new query, sort or page; "show N products" jumps to the results.
 */
export async function SearchFacets({ facets, params, count, locale }: { facets: Facets; params: SearchPageParams; count: number; locale: Locale }) {
  const dict = getDictionary(locale).search
  // the category facet drills down from groups to their kinds; without the tree (backend down) it lists them flat
  const parents = categoryParents(await getCategoryTree().catch(() => []))
  const active = activeFilters(params).length
  return (
    <FacetsDisclosure
      key={searchQueryString({ ...clearFacets(params), page: params.page })}
      className="facets-panel group rounded-2xl bg-white shadow-sm ring-1 ring-earth-100"
    >
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
      <nav aria-label={dict.filters} className="facets-panel-body border-t border-earth-100 px-4 pb-4 pt-3">
        <h2 className="facets-panel-heading mb-3 text-base font-bold text-earth-900">
          {dict.filters}
        </h2>
        <FacetList facets={facets} params={params} locale={locale} idPrefix="" parents={parents} />
        {count > 0 ? (
          <a
            href="#search-results"
            className="facets-panel-jump mt-4 flex min-h-11 items-center justify-center rounded-full bg-brand-600 px-5 text-sm font-semibold text-white hover:bg-brand-700"
          >
            {plural(dict.showResults, count, locale)}
          </a>
        ) : null}
      </nav>
    </FacetsDisclosure>
  )
}
