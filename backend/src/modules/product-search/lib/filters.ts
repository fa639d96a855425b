import { priceBandLabel, SEARCH_PRICE_BANDS, type SearchFacetValue, type StoreSearchQuery } from "@fupin/shared"

/** The facets a search answers with counts. */
export type FacetName = "county" | "category" | "certified" | "price_band"

/**
 * A search filter, engine-neutral: each engine writes it in its own syntax
 * (SQL for the embedded engine, a filter expression for Meilisearch).
 * Several values of one facet match any of them; clauses combine with AND.
 * Prices apply to a product's cheapest variant, the "from" price its card
 * shows and its price band counts.
 */
export type FilterClause =
  | { field: "county"; values: string[] }
  | { field: "category"; values: string[] }
  | { field: "price_band"; values: string[] }
  | { field: "certified"; value: boolean }
  | { field: "min_price"; value: number }
  | { field: "max_price"; value: number }

export function filterClauses(request: Omit<StoreSearchQuery, "q" | "sort">): FilterClause[] {
  const clauses: FilterClause[] = []
  if (request.county?.length) clauses.push({ field: "county", values: request.county })
  if (request.category?.length) clauses.push({ field: "category", values: request.category })
  if (request.price_band?.length) clauses.push({ field: "price_band", values: request.price_band })
  if (request.certified !== undefined) clauses.push({ field: "certified", value: request.certified })
  if (request.min_price !== undefined) clauses.push({ field: "min_price", value: request.min_price })
  if (request.max_price !== undefined) clauses.push({ field: "max_price", value: request.max_price })
  return clauses
}

/**
 * The clauses a facet's counts are taken under: all but the facet's own
 * (disjunctive facets: with 寻甸 chosen, the county facet still tells how many
 * products 禄劝 would add).
 */
export function clausesForFacet(clauses: FilterClause[], facet: FacetName): FilterClause[] {
  return clauses.filter((c) => c.field !== facet)
}

/** Whether a facet has a filter of its own (and so needs counts of its own). */
export function facetIsFiltered(clauses: FilterClause[], facet: FacetName): boolean {
  return clauses.some((c) => c.field === facet)
}

export const FACET_NAMES: FacetName[] = ["county", "category", "certified", "price_band"]

/** Every price band as a facet value, in band order, counted by `countOf` (0 for a band no match falls in). */
export function priceBandFacetValues(countOf: (key: string) => number | undefined): SearchFacetValue[] {
  return SEARCH_PRICE_BANDS.map((band) => ({
    value: band.key,
    label_zh: priceBandLabel(band, "zh"),
    label_en: priceBandLabel(band, "en"),
    count: countOf(band.key) ?? 0,
  }))
}

/** The certified facet's value for `true` or `false`. */
export function certifiedFacetValue(certified: boolean, count: number): SearchFacetValue {
  return {
    value: String(certified),
    label_zh: certified ? "认定扶贫产品" : "未认定",
    label_en: certified ? "Certified" : "Not certified",
    count,
  }
}
