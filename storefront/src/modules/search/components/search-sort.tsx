import Link from "next/link"
import type { Locale } from "@fupin/shared"
import { getDictionary } from "@/lib/i18n"
import { listHref, listSorts, withSearchParams, type ListSort, type SearchPageParams } from "../lib/search-url"

/**
 * The orderings as links (shareable, no JavaScript needed); the current one is marked.
 * A search offers relevance; the catalogue without a query, newest and most popular.
 */
export function SearchSort({ params, locale }: { params: SearchPageParams; locale: Locale }) {
  const dict = getDictionary(locale).search
  const labels: Record<ListSort, string> = {
    relevance: dict.sortRelevance,
    newest: dict.sortNewest,
    popular: dict.sortPopular,
    price_asc: dict.sortPriceAsc,
    price_desc: dict.sortPriceDesc,
  }
  const options = listSorts(params.q).map((sort) => [sort, labels[sort]] as const)
  return (
    <div className="flex flex-wrap items-center gap-2">
      <span id="search-sort" className="text-sm text-earth-700">
        {dict.sort}
      </span>
      <ul aria-labelledby="search-sort" className="flex flex-wrap gap-1.5">
        {options.map(([sort, label]) => {
          const current = params.sort === sort
          return (
            <li key={sort}>
              <Link
                href={listHref(locale, withSearchParams(params, { sort }))}
                aria-current={current ? "true" : undefined}
                rel="nofollow"
                className={
                  "inline-flex min-h-9 items-center rounded-full px-3 text-sm font-medium ring-1 " +
                  (current ? "bg-brand-600 text-white ring-brand-600" : "bg-white text-earth-800 ring-earth-200 hover:bg-brand-50")
                }
              >
                {label}
              </Link>
            </li>
          )
        })}
      </ul>
    </div>
  )
}
