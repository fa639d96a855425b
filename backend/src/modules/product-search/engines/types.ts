import type {
  CatalogueShelf,
  SearchFacets,
  SearchEngineName,
  StoreCatalogueQuery,
  StoreCatalogueResponse,
  StoreSearchQuery,
  StoreSearchResponse,
  StoreSearchSuggestResponse,
} from "@fupin/shared"
import type { SearchDocumentRow } from "../lib/document"

/** What an engine is asked: the store route's query, as one shared type. */
export type SearchRequest = StoreSearchQuery

/** What an engine is asked for a browse page: filters, sort and page, no query text. */
export type BrowseRequest = StoreCatalogueQuery

export interface SearchEngineStatus {
  documents: number
  last_indexed_at: string | null
  healthy: boolean
  detail: string | null
}

/**
 * What the store routes and the indexer need from a search engine. Two
 * implementations: the embedded PostgreSQL engine (default) and Meilisearch
 * (when MEILISEARCH_HOST is set). Both index the same documents and answer
 * the same shapes, so the same relevance tests run against each.
 */
export interface SearchEngine {
  readonly name: SearchEngineName
  /** Creates the index (tables/extension or Meilisearch index + settings) if missing. */
  prepare(): Promise<void>
  /** Inserts or replaces documents by id. */
  upsert(documents: SearchDocumentRow[]): Promise<void>
  /** Removes documents by id; unknown ids are ignored. */
  remove(ids: string[]): Promise<void>
  /** Documents by id (the indexer's compensation restores them). */
  get(ids: string[]): Promise<SearchDocumentRow[]>
  /** Every indexed id (a full reindex removes the ones no longer sellable). */
  listIds(): Promise<string[]>
  search(request: SearchRequest): Promise<StoreSearchResponse>
  suggest(q: string, limit?: number): Promise<StoreSearchSuggestResponse>
  /** Every sellable product under the filters, sorted and paged, with facet counts (the browse pages). */
  browse(request: BrowseRequest): Promise<StoreCatalogueResponse>
  /** Each category holding a sellable product: its count and a picture (the 分类 page and the home page's tiles). */
  shelves(): Promise<CatalogueShelf[]>
  status(): Promise<SearchEngineStatus>
}

export const DEFAULT_LIMIT = 20
export const MAX_LIMIT = 100

/** The page a search or browse request asks for: limit within 1..MAX_LIMIT (DEFAULT_LIMIT when unset), offset not negative. */
export function pageWindow(request: { limit?: number; offset?: number }): { limit: number; offset: number } {
  return { limit: Math.min(Math.max(request.limit ?? DEFAULT_LIMIT, 1), MAX_LIMIT), offset: Math.max(request.offset ?? 0, 0) }
}

/** No facet values: what a search without a query text counts. */
export const emptyFacets = (): SearchFacets => ({ county: [], category: [], certified: [], price_band: [] })
