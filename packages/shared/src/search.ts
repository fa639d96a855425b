/**
 * Product search: the query and answer of `GET /store/search` and
 * `GET /store/search/suggest`, shared by the backend and the storefront.
 * Amounts are CNY in major units (38.5 means ¥38.50).
 */

import type { Locale } from "./locale"

/** How results can be ordered. `relevance` is the engine's ranking. */
export const SEARCH_SORTS = ["relevance", "price_asc", "price_desc"] as const
export type SearchSort = (typeof SEARCH_SORTS)[number]

/** The longest query the store accepts, in characters. */
export const SEARCH_QUERY_MAX_LENGTH = 100

/** Price bands shown as a facet: [min, max) in ¥; `max: null` is open-ended. */
export const SEARCH_PRICE_BANDS = [
  { key: "0-20", min: 0, max: 20 },
  { key: "20-50", min: 20, max: 50 },
  { key: "50-100", min: 50, max: 100 },
  { key: "100-", min: 100, max: null },
] as const satisfies ReadonlyArray<{ key: string; min: number; max: number | null }>
export type SearchPriceBandKey = (typeof SEARCH_PRICE_BANDS)[number]["key"]

/** What a price band is called: ¥20–50, ¥100 以上 / ¥100+. */
export function priceBandLabel(band: { min: number; max: number | null }, locale: Locale): string {
  if (band.max !== null) return `¥${band.min}–${band.max}`
  return locale === "zh" ? `¥${band.min} 以上` : `¥${band.min}+`
}

/** The band a price falls in. */
export function priceBandOf(price: number): SearchPriceBandKey {
  for (const band of SEARCH_PRICE_BANDS) {
    if (price >= band.min && (band.max === null || price < band.max)) return band.key
  }
  return SEARCH_PRICE_BANDS[0].key
}

export type SearchEngineName = "postgres" | "meilisearch"

/**
 * Query of GET /store/search. Facet filters take several values (any of them
 * matches; in the URL comma-separated: county=xundian,luquan); different
 * facets combine with AND. Prices filter on a product's "from" price, its
 * cheapest variant, as cards show it and as the price bands count it.
 */
export interface StoreSearchQuery {
  q: string
  county?: string[]
  category?: string[]
  price_band?: SearchPriceBandKey[]
  certified?: boolean
  /** ¥, inclusive, on the cheapest variant */
  min_price?: number
  /** ¥, inclusive, on the cheapest variant */
  max_price?: number
  sort?: SearchSort
  limit?: number
  offset?: number
}

/** A run of text, marked when it is what the query matched. */
export interface HighlightSegment {
  text: string
  match: boolean
}

export interface SearchHit {
  id: string
  handle: string
  title: string
  title_en: string | null
  subtitle: string | null
  thumbnail: string | null
  county: { handle: string; name_zh: string; name_en: string } | null
  township: string | null
  supplier: { id: string; name: string } | null
  categories: Array<{ handle: string; name: string; name_en: string | null }>
  /** cheapest and dearest variant, ¥ */
  price: { min: number | null; max: number | null; currency_code: "cny" }
  variants: Array<{ id: string; title: string; price: number | null }>
  certificate: { number: string; status: string; expires_at: string } | null
  in_stock: boolean
  /** title and English title cut into matched and unmatched runs */
  highlight: { title: HighlightSegment[]; title_en: HighlightSegment[] }
}

export interface SearchFacetValue {
  value: string
  label_zh: string
  label_en: string
  count: number
}

export interface SearchFacets {
  county: SearchFacetValue[]
  category: SearchFacetValue[]
  certified: SearchFacetValue[]
  price_band: SearchFacetValue[]
}

/**
 * Answer of GET /store/search. Each facet counts the matches of `q` under every
 * filter but its own (choosing 寻甸 still shows how many 禄劝 would add).
 */
export interface StoreSearchResponse {
  hits: SearchHit[]
  count: number
  offset: number
  limit: number
  facets: SearchFacets
  /** the query as the engine understood it (normalised) */
  query: string
  engine: SearchEngineName
  processing_time_ms: number
  /** a close product title when nothing matched */
  did_you_mean: string | null
  /**
   * the query as searched when words of it were misspelt and corrected
   * ("niuganab" → "niuganba"); null when it was searched as typed
   */
  corrected_query: string | null
  /** popular products, filled only when nothing matched */
  popular: SearchHit[]
}

export interface SearchSuggestion {
  id: string
  handle: string
  title: string
  title_en: string | null
  thumbnail: string | null
  county_zh: string | null
  price_min: number | null
  highlight: HighlightSegment[]
}

/** Answer of GET /store/search/suggest. */
export interface StoreSearchSuggestResponse {
  suggestions: SearchSuggestion[]
  query: string
  engine: SearchEngineName
  processing_time_ms: number
}

/** Answer of GET /admin/search (index status). */
export interface AdminSearchStatusResponse {
  engine: SearchEngineName
  /** documents in the index (sellable products) */
  documents: number
  /** products that may be sold now, counted from the catalogue */
  sellable_products: number
  last_indexed_at: string | null
  healthy: boolean
  detail: string | null
}

/** Answer of POST /admin/search/reindex. */
export interface AdminSearchReindexResponse {
  engine: SearchEngineName
  indexed: number
  removed: number
  duration_ms: number
}

/**
 * How the catalogue's browse pages order products: newest first (the default),
 * by the "from" price, cheapest variant first or dearest first, or the popular
 * first (featured, then showcase-industry, then geographical-indication products:
 * the home page's picks).
 */
export const CATALOGUE_SORTS = ["newest", "popular", "price_asc", "price_desc"] as const
export type CatalogueSort = (typeof CATALOGUE_SORTS)[number]

/**
 * Query of GET /store/catalogue: the browse pages' filters, sorting and page,
 * answered by the search engine without a query text, so a page of a
 * 10,000-product catalogue costs what a page of 126 does. The filters are
 * those of GET /store/search and mean the same.
 */
export type StoreCatalogueQuery = Omit<StoreSearchQuery, "q" | "sort"> & { sort?: CatalogueSort }

/**
 * Answer of GET /store/catalogue: the ids of one page of sellable products, in
 * order, how many match over all pages, and the facet counts (each under every
 * filter but its own, as in search). The storefront reads the page's products
 * by id from /store/products, with prices in the shopper's region.
 */
export interface StoreCatalogueResponse {
  ids: string[]
  count: number
  offset: number
  limit: number
  facets: SearchFacets
  engine: SearchEngineName
}

/**
 * The storefront's cache tag of browse-page reads (GET /store/catalogue): the backend
 * revalidates it once the search index holds a change, after "products" (which a product
 * change revalidates at once, possibly before the index has it).
 */
export const CATALOGUE_CACHE_TAG = "catalogue"

/** One category's shelf: how many sellable products it holds (a group: its kinds') and a picture of one. */
export interface CatalogueShelf {
  handle: string
  count: number
  /** the newest product's thumbnail, one with a picture of its own before a placeholder; null when none has one */
  thumbnail: string | null
}

/** Answer of GET /store/catalogue/shelves: every category that holds a sellable product. */
export interface StoreCatalogueShelvesResponse {
  shelves: CatalogueShelf[]
  engine: SearchEngineName
}
