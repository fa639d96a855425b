import "server-only"

import type { QuoteDTO, StoreListQuotesResponse, StoreQuoteResponse } from "@fupin/shared"
import { authHeaders } from "./cookies"
import { errorStatus } from "./errors"
import { getSdk } from "./medusa"

/** The institution's 询价单 (every member reads them), newest first; personal, so `no-store`. */
export async function listInstitutionQuotes(): Promise<QuoteDTO[]> {
  const { quotes } = await getSdk().client.fetch<StoreListQuotesResponse>("/store/institution/quotes", {
    headers: await authHeaders(),
    query: { limit: 100 },
    cache: "no-store",
  })
  return quotes
}

/** One quote of the institution, or null when it is not the institution's (404). */
export async function getInstitutionQuote(id: string): Promise<QuoteDTO | null> {
  try {
    const { quote } = await getSdk().client.fetch<StoreQuoteResponse>(`/store/institution/quotes/${encodeURIComponent(id)}`, {
      headers: await authHeaders(),
      cache: "no-store",
    })
    return quote
  } catch (error) {
    if (errorStatus(error) === 404) return null
    throw error
  }
}
