import { isLocale } from "@fupin/shared"
import { decodeSegment } from "@/lib/i18n/paths"
import { EMPTY_PARAMS, parseSearchParams, searchQueryString, type SearchPageParams } from "@/modules/search/lib/search-url"

/**
 * Lists with a filter, an order or a page are cached pages too. The URL a shopper sees keeps
 * the filters in its query (/zh/products?county=xundian&sort=popular, /zh/categories/meat?page=2);
 * proxy.ts rewrites it to a path that carries the same filters, canonical, in one segment
 * (/zh/products/list/county%3Dxundian%26sort%3Dpopular), and that path is a page rendered on
 * its first visit and cached until the catalogue's tags are revalidated, like every other
 * catalogue page. The bare list (no filter, newest, page 1) is its own cached page and is
 * not rewritten.
 */

/** The folder under a list page that holds its filtered variants. */
export const LIST_SEGMENT = "list"

/** /zh/products or /zh/categories/<handle>: the lists proxy.ts looks at. */
const LIST_PAGE = /^\/([a-z]{2})\/(products|categories\/[^/]+)$/
/** The internal path of a filtered list, as the pages under it are rendered. */
const INTERNAL_LIST_PAGE = /^\/([a-z]{2})\/(products|categories\/[^/]+)\/list\/([^/]+)$/

/**
 * What of the URL the list keeps: the browse page all of its facets, the order and the page
 * (never a query: a list with one is /search); a category page only its order and page (the
 * category is its own). Unknown parameters (utm_source…) and malformed values are dropped.
 */
export function listParams(kind: "products" | "category", raw: Record<string, string | string[] | undefined>): SearchPageParams {
  const all = parseSearchParams({ ...raw, q: undefined })
  return kind === "products" ? all : { ...EMPTY_PARAMS, sort: all.sort, page: all.page }
}

/** The list's state as one path segment, or null when it is the bare list. */
export function listSegment(params: SearchPageParams): string | null {
  const query = searchQueryString({ ...params, q: "" })
  return query ? encodeURIComponent(query.slice(1)) : null
}

/** The state a list segment carries; null when the segment is not the canonical spelling of one. */
export function paramsOfListSegment(kind: "products" | "category", segment: string): SearchPageParams | null {
  const query = decodeSegment(segment)
  const raw: Record<string, string> = Object.fromEntries(new URLSearchParams(query))
  const params = listParams(kind, raw)
  const canonical = listSegment(params)
  return canonical !== null && decodeSegment(canonical) === query ? params : null
}

/**
 * The internal path proxy.ts rewrites a list URL to, or null when the URL is not a list page
 * or is the bare list. `search` is the URL's query string.
 */
export function listRewrite(pathname: string, search: URLSearchParams): string | null {
  const match = LIST_PAGE.exec(pathname)
  if (!match || !isLocale(match[1])) return null
  const raw: Record<string, string | string[]> = {}
  for (const key of new Set(search.keys())) raw[key] = search.getAll(key)
  const segment = listSegment(listParams(match[2] === "products" ? "products" : "category", raw))
  return segment ? `${pathname}/${LIST_SEGMENT}/${segment}` : null
}

/**
 * The other way: the URL a shopper sees for an internal list path (what the language switcher
 * links to when it is rendered for the cached page, before the browser's own URL is known).
 * Any other path is returned as it is, with `search`.
 */
export function publicListPath(pathname: string, search = ""): { pathname: string; search: string } {
  const match = INTERNAL_LIST_PAGE.exec(pathname)
  if (!match) return { pathname, search }
  return { pathname: `/${match[1]}/${match[2]}`, search: decodeSegment(match[3]!) }
}
