import {
  SEARCH_PRICE_BANDS,
  SEARCH_SORTS,
  type Locale,
  type SearchPriceBandKey,
  type SearchSort,
  type StoreSearchQuery,
} from "@fupin/shared"
import { localizedHref } from "@/lib/i18n/paths"

/**
 * The search page's state lives in its URL, so a result list can be shared and
 * bookmarked: /zh/search?q=牛干巴&county=xundian&category=meat&certified=true&price=20-50&sort=price_asc&page=2
 */

export const SEARCH_PAGE_SIZE = 12
/** The backend pages at most 10,000 results deep. */
const MAX_OFFSET = 10_000

export type SearchFacetName = "county" | "category" | "certified" | "price"

export interface SearchPageParams {
  /** trimmed; may be empty or longer than the backend accepts (the page says so) */
  q: string
  county: string | null
  category: string | null
  certified: boolean | null
  price: SearchPriceBandKey | null
  sort: SearchSort
  page: number
}

type RawParams = Record<string, string | string[] | undefined>

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value
}

function handle(value: string | undefined): string | null {
  const v = value?.trim()
  return v && /^[a-z0-9-]{1,100}$/.test(v) ? v : null
}

function priceBand(value: string | undefined): SearchPriceBandKey | null {
  return SEARCH_PRICE_BANDS.find((b) => b.key === value)?.key ?? null
}

const MAX_PAGE = Math.floor(MAX_OFFSET / SEARCH_PAGE_SIZE) + 1

/** Reads the page state from search params; malformed filters are ignored rather than an error. */
export function parseSearchParams(raw: RawParams): SearchPageParams {
  const sort = first(raw.sort)
  const page = Number(first(raw.page))
  const certified = first(raw.certified)
  return {
    q: (first(raw.q) ?? "").trim(),
    county: handle(first(raw.county)),
    category: handle(first(raw.category)),
    certified: certified === "true" ? true : certified === "false" ? false : null,
    price: priceBand(first(raw.price)),
    sort: (SEARCH_SORTS as readonly string[]).includes(sort ?? "") ? (sort as SearchSort) : "relevance",
    page: Number.isInteger(page) && page > 0 ? Math.min(page, MAX_PAGE) : 1,
  }
}

/** The query string of `params`, defaults left out so URLs stay short; "" when nothing is set. */
export function searchQueryString(params: SearchPageParams): string {
  const q = new URLSearchParams()
  if (params.q) q.set("q", params.q)
  if (params.county) q.set("county", params.county)
  if (params.category) q.set("category", params.category)
  if (params.certified !== null) q.set("certified", String(params.certified))
  if (params.price) q.set("price", params.price)
  if (params.sort !== "relevance") q.set("sort", params.sort)
  if (params.page > 1) q.set("page", String(params.page))
  const s = q.toString()
  return s ? `?${s}` : ""
}

/** The shareable URL of the search page in `locale` for `params`. */
export function searchHref(locale: Locale, params: SearchPageParams): string {
  return `${localizedHref(locale, "/search")}${searchQueryString(params)}`
}

/** The search page for a bare query: what the search box submits to. */
export function queryHref(locale: Locale, q: string): string {
  return searchHref(locale, { ...EMPTY_PARAMS, q: q.trim() })
}

export const EMPTY_PARAMS: SearchPageParams = {
  q: "",
  county: null,
  category: null,
  certified: null,
  price: null,
  sort: "relevance",
  page: 1,
}

/** Changes some of the state; anything but the page going back to page 1. */
export function withSearchParams(params: SearchPageParams, patch: Partial<SearchPageParams>): SearchPageParams {
  const next = { ...params, ...patch }
  if (!("page" in patch)) next.page = 1
  return next
}

/** The value of a facet currently in force, as the facet lists it ("true" for certified). */
export function selectedFacetValue(params: SearchPageParams, facet: SearchFacetName): string | null {
  switch (facet) {
    case "county":
      return params.county
    case "category":
      return params.category
    case "certified":
      return params.certified === null ? null : String(params.certified)
    case "price":
      return params.price
  }
}

/**
 * A facet link's target: selects `value`, or clears the facet when `value` is already
 * selected (one value per facet, as the backend filters). Goes back to page 1.
 */
export function toggleFacet(params: SearchPageParams, facet: SearchFacetName, value: string): SearchPageParams {
  const clear = selectedFacetValue(params, facet) === value
  switch (facet) {
    case "county":
      return withSearchParams(params, { county: clear ? null : handle(value) })
    case "category":
      return withSearchParams(params, { category: clear ? null : handle(value) })
    case "certified":
      return withSearchParams(params, { certified: clear || (value !== "true" && value !== "false") ? null : value === "true" })
    case "price":
      return withSearchParams(params, { price: clear ? null : priceBand(value) })
  }
}

/** True when any facet narrows the results. */
export function hasFacetFilters(params: SearchPageParams): boolean {
  return params.county !== null || params.category !== null || params.certified !== null || params.price !== null
}

/** The same query without any facet (keeps the sort). */
export function clearFacets(params: SearchPageParams): SearchPageParams {
  return withSearchParams(params, { county: null, category: null, certified: null, price: null })
}

/** The GET /store/search query for the page state: a price band becomes min_price/max_price. */
export function toStoreSearchQuery(params: SearchPageParams): StoreSearchQuery {
  const band = params.price ? SEARCH_PRICE_BANDS.find((b) => b.key === params.price) : undefined
  const query: StoreSearchQuery = {
    q: params.q,
    limit: SEARCH_PAGE_SIZE,
    offset: Math.min((params.page - 1) * SEARCH_PAGE_SIZE, MAX_OFFSET),
  }
  if (params.county) query.county = params.county
  if (params.category) query.category = params.category
  if (params.certified !== null) query.certified = params.certified
  if (band) {
    // Bands are [min, max) of the lowest price; the backend's max_price is inclusive, so stop a fen short.
    query.min_price = band.min
    if (band.max !== null) query.max_price = Math.round((band.max - 0.01) * 100) / 100
  }
  if (params.sort !== "relevance") query.sort = params.sort
  return query
}
