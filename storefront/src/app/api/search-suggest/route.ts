import { NextResponse, type NextRequest } from "next/server"
import { SEARCH_QUERY_MAX_LENGTH, type StoreSearchSuggestResponse } from "@fupin/shared"
import { suggestProducts } from "@/lib/data/search"

const EMPTY: StoreSearchSuggestResponse = { suggestions: [], query: "", engine: "postgres", processing_time_ms: 0 }

/**
 * Instant suggestions for the header search box: GET /api/search-suggest?q=干巴.
 * Proxies the backend's /store/search/suggest so the publishable key stays server-side.
 * An empty or over-long query answers no suggestions (the results page explains the limit).
 */
export async function GET(request: NextRequest) {
  const q = (request.nextUrl.searchParams.get("q") ?? "").trim()
  if (!q || q.length > SEARCH_QUERY_MAX_LENGTH) return NextResponse.json(EMPTY)
  try {
    const outcome = await suggestProducts(q)
    if (!outcome.ok) return NextResponse.json({ message: outcome.message }, { status: 400 })
    // Not personal: a browser may reuse an answer for a few seconds (typing, deleting, typing again).
    return NextResponse.json(outcome.data, { headers: { "Cache-Control": "public, max-age=10" } })
  } catch (error) {
    console.error("[storefront] search suggestions failed:", error instanceof Error ? error.message : error)
    return NextResponse.json({ message: "search unavailable" }, { status: 502 })
  }
}
