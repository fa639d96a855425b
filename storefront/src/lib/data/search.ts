import "server-only"

import type { StoreSearchQuery, StoreSearchResponse, StoreSearchSuggestResponse } from "@fupin/shared"
import { errorMessage, errorStatus } from "./errors"
import { getSdk } from "./medusa"

/**
 * Product search through the backend's /store/search (the publishable key stays on the
 * server). Not cached: the index follows catalogue and certificate changes within
 * seconds, and a cached answer would undo that.
 */

/** The backend refused the query (400): `message` names the field, e.g. "q: at most 100 characters". */
export interface SearchRejected {
  ok: false
  status: 400
  message: string
}

export type SearchOutcome<T> = { ok: true; data: T } | SearchRejected

function toQuery(query: StoreSearchQuery): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null) out[key] = String(value)
  }
  return out
}

async function get<T>(path: string, query: Record<string, string>): Promise<SearchOutcome<T>> {
  try {
    const data = await getSdk().client.fetch<T>(path, { query, cache: "no-store" })
    return { ok: true, data }
  } catch (error) {
    // A bad query is the shopper's to fix; anything else (backend down, 5xx) is thrown to the page.
    if (errorStatus(error) === 400) return { ok: false, status: 400, message: errorMessage(error, "invalid query") }
    throw error
  }
}

/** GET /store/search: hits, facet counts, total and the engine's processing time. */
export async function searchProducts(query: StoreSearchQuery): Promise<SearchOutcome<StoreSearchResponse>> {
  return get<StoreSearchResponse>("/store/search", toQuery(query))
}

/** GET /store/search/suggest: the few best titles for the search box. */
export async function suggestProducts(q: string, limit = 6): Promise<SearchOutcome<StoreSearchSuggestResponse>> {
  return get<StoreSearchSuggestResponse>("/store/search/suggest", { q, limit: String(limit) })
}
