import {
  CATALOGUE_SORTS,
  SEARCH_PRICE_BANDS,
  SEARCH_SORTS,
  type CatalogueSort,
  type Locale,
  type SearchPriceBandKey,
  type SearchSort,
  type StoreCatalogueQuery,
  type StoreSearchQuery,
} from "@fupin/shared"
import { localizedHref } from "@/lib/i18n/paths"

/**
 * A product list's state lives in its URL, so a list can be shared and bookmarked, and
 * search and browse spell it the same way. County, category and price take several
 * values, comma-separated (any of them matches; different facets must all match):
 *   /zh/search?q=牛干巴&county=xundian,luquan&category=meat&certified=true&price=20-50,50-100&sort=price_asc&page=2
 *   /zh/products?county=xundian,luquan&category=meat&price=20-50&sort=popular&page=2
 * The one difference is the query: a list with one is a search (relevance first), a
 * list without one is the catalogue's browse page (newest first, or most popular).
 */

export const SEARCH_PAGE_SIZE = 12
/** The backend pages at most 10,000 results deep. */
const MAX_OFFSET = 10_000
/** The backend takes at most 20 values per facet; more are dropped from the URL. */
export const MAX_FACET_VALUES = 20

/** Facets that take several values at once. */
export type SearchListFacet = "county" | "category" | "price"
export type SearchFacetName = SearchListFacet | "certified"

/** How a list is ordered: a search's orders, or, without a query, the catalogue's. */
export type ListSort = SearchSort | CatalogueSort

/** The orders a list offers: relevance only where there is a query to be relevant to. */
export function listSorts(q: string): readonly ListSort[] {
  return q ? SEARCH_SORTS : CATALOGUE_SORTS
}

function defaultSort(q: string): ListSort {
  return q ? "relevance" : "newest"
}

export interface SearchPageParams {
  /** trimmed; may be empty or longer than the backend accepts (the page says so) */
  q: string
  /** county handles, in the order chosen */
  county: readonly string[]
  /** category handles, in the order chosen */
  category: readonly string[]
  /** certified or not: the two exclude each other, so one value at most */
  certified: boolean | null
  /** price bands, cheapest first */
  price: readonly SearchPriceBandKey[]
  /** one of listSorts(q) */
  sort: ListSort
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
  const v = value?.trim()
  return SEARCH_PRICE_BANDS.find((b) => b.key === v)?.key ?? null
}

function bandOrder(a: SearchPriceBandKey, b: SearchPriceBandKey): number {
  return SEARCH_PRICE_BANDS.findIndex((x) => x.key === a) - SEARCH_PRICE_BANDS.findIndex((x) => x.key === b)
}

/**
 * The values of a list parameter, comma-separated and/or repeated (?county=a,b&county=c):
 * malformed ones dropped, duplicates removed, at most MAX_FACET_VALUES.
 */
function list<T extends string>(value: string | string[] | undefined, accept: (v: string) => T | null): T[] {
  const raw = value === undefined ? [] : Array.isArray(value) ? value : [value]
  const out: T[] = []
  for (const part of raw.flatMap((v) => v.split(","))) {
    const v = accept(part)
    if (v !== null && !out.includes(v) && out.length < MAX_FACET_VALUES) out.push(v)
  }
  return out
}

function certifiedValue(value: string | undefined): boolean | null {
  return value === "true" ? true : value === "false" ? false : null
}

const MAX_PAGE = Math.floor(MAX_OFFSET / SEARCH_PAGE_SIZE) + 1

/** Reads the page state from search params; malformed filters are ignored rather than an error. */
export function parseSearchParams(raw: RawParams): SearchPageParams {
  const sort = first(raw.sort)
  const page = Number(first(raw.page))
  const q = (first(raw.q) ?? "").trim()
  return {
    q,
    county: list(raw.county, handle),
    category: list(raw.category, handle),
    certified: certifiedValue(first(raw.certified)),
    price: list(raw.price, priceBand).sort(bandOrder),
    sort: (listSorts(q) as readonly string[]).includes(sort ?? "") ? (sort as ListSort) : defaultSort(q),
    page: Number.isInteger(page) && page > 0 ? Math.min(page, MAX_PAGE) : 1,
  }
}

/** A value encoded as a form would (spaces as +). */
function encodeValue(value: string): string {
  return new URLSearchParams([["", value]]).toString().slice(1)
}

/**
 * The query string of `params`, defaults left out so URLs stay short; "" when nothing is set.
 * Lists keep their commas readable: county=xundian,luquan.
 */
export function searchQueryString(params: SearchPageParams): string {
  const parts: string[] = []
  const add = (key: string, value: string) => parts.push(`${key}=${encodeValue(value)}`)
  const addList = (key: string, values: readonly string[]) => {
    if (values.length) parts.push(`${key}=${values.map(encodeValue).join(",")}`)
  }
  if (params.q) add("q", params.q)
  addList("county", params.county)
  addList("category", params.category)
  if (params.certified !== null) add("certified", String(params.certified))
  addList("price", params.price)
  // relevance is a search's default and means nothing without a query
  if (params.sort !== "relevance" && params.sort !== defaultSort(params.q)) add("sort", params.sort)
  if (params.page > 1) add("page", String(params.page))
  return parts.length ? `?${parts.join("&")}` : ""
}

/** The shareable URL of the search page in `locale` for `params`. */
export function searchHref(locale: Locale, params: SearchPageParams): string {
  return `${localizedHref(locale, "/search")}${searchQueryString(params)}`
}

/**
 * The URL of the list `params` describe: the search page when there is a query, the
 * catalogue's browse page (/products) when there is none. What facets, sorts and chips link to.
 */
export function listHref(locale: Locale, params: SearchPageParams): string {
  return params.q ? searchHref(locale, params) : `${localizedHref(locale, "/products")}${searchQueryString(params)}`
}

/** The search page for a bare query: what the search box submits to. */
export function queryHref(locale: Locale, q: string): string {
  return searchHref(locale, { ...EMPTY_PARAMS, q: q.trim() })
}

export const EMPTY_PARAMS: SearchPageParams = {
  q: "",
  county: [],
  category: [],
  certified: null,
  price: [],
  sort: "relevance",
  page: 1,
}

/** Changes some of the state; anything but the page going back to page 1. */
export function withSearchParams(params: SearchPageParams, patch: Partial<SearchPageParams>): SearchPageParams {
  const next = { ...params, ...patch }
  if (!("page" in patch)) next.page = 1
  return next
}

/** The values of a facet currently in force, as the facet lists them ("true" for certified). */
export function selectedFacetValues(params: SearchPageParams, facet: SearchFacetName): readonly string[] {
  if (facet === "certified") return params.certified === null ? [] : [String(params.certified)]
  return params[facet]
}

export function isFacetValueSelected(params: SearchPageParams, facet: SearchFacetName, value: string): boolean {
  return selectedFacetValues(params, facet).includes(value)
}

function toggled<T extends string>(values: readonly T[], value: T): T[] {
  if (values.includes(value)) return values.filter((v) => v !== value)
  return values.length < MAX_FACET_VALUES ? [...values, value] : [...values]
}

/**
 * A facet link's target: adds `value` to the facet's selection, or removes it when it is
 * already selected; the rest of the state stays. Certified takes one value, so choosing
 * the other replaces it. An unknown or malformed value changes nothing. Goes back to page 1.
 */
export function toggleFacet(params: SearchPageParams, facet: SearchFacetName, value: string): SearchPageParams {
  switch (facet) {
    case "county":
    case "category": {
      const v = handle(value)
      return withSearchParams(params, v ? { [facet]: toggled(params[facet], v) } : {})
    }
    case "price": {
      const v = priceBand(value)
      return withSearchParams(params, v ? { price: toggled(params.price, v).sort(bandOrder) } : {})
    }
    case "certified": {
      const v = certifiedValue(value)
      if (v === null) return withSearchParams(params, {})
      return withSearchParams(params, { certified: params.certified === v ? null : v })
    }
  }
}

/** Each category's group (its parent's handle), null for a group itself: what the category facet drills down by. */
export type CategoryParents = Readonly<Record<string, string | null>>

/**
 * The category facet drills down: a group (肉禽蛋品) lists its kinds (牛肉制品…) once it or one
 * of them is ticked. Ticking a kind of a ticked group narrows to the kind (the group goes);
 * ticking a group whose kinds are ticked broadens to the group (the kinds go); otherwise a
 * value is added or removed as any facet's. Goes back to page 1.
 */
export function toggleCategory(params: SearchPageParams, value: string, parents: CategoryParents): SearchPageParams {
  const v = handle(value)
  if (!v) return withSearchParams(params, {})
  if (params.category.includes(v)) return withSearchParams(params, { category: params.category.filter((c) => c !== v) })
  const group = parents[v] ?? null
  const kept = params.category.filter((c) => c !== group && parents[c] !== v)
  return withSearchParams(params, { category: toggled(kept, v) })
}

/**
 * The category facet's rows in order: each group, and under a group that is ticked or has a
 * ticked kind, its kinds (depth 1). A kind whose group the results do not list stays at the top.
 */
export function categoryFacetRows<T extends { value: string }>(
  values: readonly T[],
  selected: readonly string[],
  parents: CategoryParents
): Array<{ value: T; depth: 0 | 1 }> {
  const listed = new Set(values.map((v) => v.value))
  const open = (group: string) => selected.includes(group) || selected.some((s) => parents[s] === group)
  const rows: Array<{ value: T; depth: 0 | 1 }> = []
  for (const v of values) {
    const group = parents[v.value] ?? null
    if (group !== null && listed.has(group)) continue
    rows.push({ value: v, depth: 0 })
    if (!open(v.value)) continue
    for (const kind of values) if (parents[kind.value] === v.value) rows.push({ value: kind, depth: 1 })
  }
  return rows
}

/** The same state with no value of `facet` selected. */
export function clearFacet(params: SearchPageParams, facet: SearchFacetName): SearchPageParams {
  return withSearchParams(params, facet === "certified" ? { certified: null } : { [facet]: [] })
}

/** Every selected facet value, facet by facet: what the active-filter chips show. */
export function activeFilters(params: SearchPageParams): Array<{ facet: SearchFacetName; value: string }> {
  const facets: SearchFacetName[] = ["county", "category", "certified", "price"]
  return facets.flatMap((facet) => selectedFacetValues(params, facet).map((value) => ({ facet, value })))
}

/** True when any facet narrows the results. */
export function hasFacetFilters(params: SearchPageParams): boolean {
  return activeFilters(params).length > 0
}

/** The same query without any facet (keeps the sort). */
export function clearFacets(params: SearchPageParams): SearchPageParams {
  return withSearchParams(params, { county: [], category: [], certified: null, price: [] })
}

/** The ticked facets as the backend's list filters take them; facets with nothing ticked left out. */
function facetFilters(params: SearchPageParams): Pick<StoreSearchQuery, "county" | "category" | "certified" | "price_band"> {
  const filters: Pick<StoreSearchQuery, "county" | "category" | "certified" | "price_band"> = {}
  if (params.county.length) filters.county = [...params.county]
  if (params.category.length) filters.category = [...params.category]
  if (params.certified !== null) filters.certified = params.certified
  if (params.price.length) filters.price_band = [...params.price]
  return filters
}

/** The GET /store/search query for the page state; price bands go as bands, filtered as they are counted. */
export function toStoreSearchQuery(params: SearchPageParams): StoreSearchQuery {
  const query: StoreSearchQuery = {
    q: params.q,
    limit: SEARCH_PAGE_SIZE,
    offset: Math.min((params.page - 1) * SEARCH_PAGE_SIZE, MAX_OFFSET),
    ...facetFilters(params),
  }
  if (params.sort === "price_asc" || params.sort === "price_desc") query.sort = params.sort
  return query
}

/**
 * The GET /store/catalogue filters of a list without a query (the page goes apart, as
 * lib/data/products.ts browseCatalogue's page): the same facets as a search sends.
 */
export function toStoreCatalogueQuery(params: SearchPageParams): Omit<StoreCatalogueQuery, "limit" | "offset"> {
  const sort = (CATALOGUE_SORTS as readonly string[]).includes(params.sort) ? (params.sort as CatalogueSort) : "newest"
  return { ...facetFilters(params), sort }
}
