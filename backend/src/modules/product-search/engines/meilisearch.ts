import type { Logger } from "@medusajs/framework/types"
import type { Meilisearch as MeilisearchClient, Settings } from "meilisearch" with { "resolution-mode": "import" }
import {
  type SearchFacets,
  type SearchHit,
  type CatalogueShelf,
  type StoreCatalogueResponse,
  type StoreSearchResponse,
  type StoreSearchSuggestResponse,
} from "@fupin/shared"
import type { SearchDocumentRow } from "../lib/document"
import { highlightEnglish, highlightTitle } from "../lib/highlight"
import { certifiedFacetValue, clausesForFacet, FACET_NAMES, type FacetName, type FilterClause, facetIsFiltered, filterClauses, priceBandFacetValues } from "../lib/filters"
import { type ParsedQuery, parseQuery, SYNONYM_GROUPS, synonymMap } from "../lib/query"
import { syllables } from "../lib/text"
import { type BrowseRequest, emptyFacets, pageWindow, type SearchEngine, type SearchEngineStatus, type SearchRequest } from "./types"

// meilisearch is an ES module; Node ≥ 20.19 loads it with require() (the backend compiles to CommonJS).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { Meilisearch } = require("meilisearch") as { Meilisearch: typeof MeilisearchClient }

/** What Meilisearch stores per product: the index row plus text forms its tokenizer matches by word prefix. */
export interface MeiliDocument extends Omit<SearchDocumentRow, "vocab"> {
  /** Chinese bigrams of the title as words, so that infix queries (干巴 in 寻甸牛干巴) match */
  title_bigrams: string
  /** every suffix of the title's initials (xdngb dngb ngb gb b), so that "ngb" matches as a prefix */
  py_initials_suffixes: string
  category_names: string[]
  county_facet: string | null
  category_facets: string[]
  indexed_at: string
}

const FACET_SEPARATOR = "|"

/** The Meilisearch attribute each facet is counted on (labels travel in the value). */
const MEILI_FACET: Record<FacetName, string> = {
  county: "county_facet",
  category: "category_facets",
  certified: "certified",
  price_band: "price_band",
}

const list = (values: string[]) => `[${values.map(quote).join(", ")}]`

/** Filter clauses in Meilisearch's filter syntax, values quoted (a handle cannot break out of its string). */
export function meiliFilter(clauses: FilterClause[]): string[] {
  return clauses.map((c) => {
    switch (c.field) {
      case "county":
        return `county_handle IN ${list(c.values)}`
      case "category":
        return `category_handles IN ${list(c.values)}`
      case "price_band":
        return `price_band IN ${list(c.values)}`
      case "certified":
        return `certified = ${c.value}`
      case "min_price":
        return `price_min >= ${Number(c.value)}`
      case "max_price":
        return `price_min <= ${Number(c.value)}`
    }
  })
}

export function toMeiliDocument(row: SearchDocumentRow, indexedAt = new Date()): MeiliDocument {
  const suffixes: string[] = []
  for (let i = 0; i < row.py_initials.length; i++) suffixes.push(row.py_initials.slice(i))
  // vocab is the embedded engine's typo vocabulary; Meilisearch tolerates typos itself
  const { vocab: _vocab, ...rest } = row
  return {
    ...rest,
    title_bigrams: row.title_grams.filter((g) => [...g].length === 2).join(" "),
    py_initials_suffixes: suffixes.join(" "),
    category_names: row.categories.flatMap((c) => [c.name, c.name_en ?? ""]).filter(Boolean),
    county_facet: row.county_handle ? [row.county_handle, row.county_zh ?? "", row.county_en ?? ""].join(FACET_SEPARATOR) : null,
    category_facets: row.categories.map((c) => [c.handle, c.name, c.name_en ?? c.name].join(FACET_SEPARATOR)),
    indexed_at: indexedAt.toISOString(),
  }
}

/** Index settings: what is searched (in ranking order), filtered, sorted; synonyms; typos; Chinese. */
export function meiliSettings(): Settings {
  const synonyms: Record<string, string[]> = { ...synonymMap() }
  for (const group of SYNONYM_GROUPS) {
    const forms = group.map((w) => syllables(w).join(""))
    for (const f of forms) synonyms[f] = forms.filter((o) => o !== f)
  }
  return {
    searchableAttributes: [
      "title",
      "title_en",
      "title_bigrams",
      "py_fuzzy",
      "py_initials_suffixes",
      "subtitle",
      "county_zh",
      "county_en",
      "township",
      "category_names",
      "py_key",
      "description",
      "description_en",
      // last: a product found only by its supplier's name ranks below any found by its own text
      "supplier_name",
    ],
    filterableAttributes: ["id", "county_handle", "category_handles", "certified", "price_min", "price_max", "price_band", "county_facet", "category_facets"],
    // id: a ULID, so sorting by it is newest first (the browse pages)
    sortableAttributes: ["price_min", "price_max", "popularity", "id"],
    rankingRules: ["words", "typo", "proximity", "attribute", "exactness", "popularity:desc", "sort"],
    synonyms,
    typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 }, disableOnAttributes: ["title", "title_bigrams", "subtitle", "description", "county_zh", "township", "supplier_name"] },
    localizedAttributes: [
      { attributePatterns: ["title", "title_bigrams", "subtitle", "description", "county_zh", "township", "supplier_name", "category_names"], locales: ["cmn"] },
      { attributePatterns: ["title_en", "description_en", "county_en", "py_*"], locales: ["eng"] },
    ],
    pagination: { maxTotalHits: 10_000 },
  }
}

/** Retries a Meilisearch call on network errors and 5xx answers, waiting 200 ms, 400 ms, 800 ms… */
export async function withRetry<T>(what: string, fn: () => Promise<T>, logger?: Pick<Logger, "warn">, attempts = 4): Promise<T> {
  let lastError: unknown
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      return await fn()
    } catch (error) {
      lastError = error
      const status = (error as { cause?: { response?: { status?: number } }; response?: { status?: number } })
      const code = status.response?.status ?? status.cause?.response?.status
      const retryable = code === undefined || code >= 500 || code === 429
      if (!retryable || attempt === attempts) break
      logger?.warn(`search: ${what} failed (${(error as Error).message}), retry ${attempt}/${attempts - 1}`)
      await new Promise((resolve) => setTimeout(resolve, 200 * 2 ** (attempt - 1)))
    }
  }
  throw lastError
}

const quote = (v: string) => `"${v.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`

function splitFacet(value: string): [string, string, string] {
  const [handle = "", zh = "", en = ""] = value.split(FACET_SEPARATOR)
  return [handle, zh, en || zh]
}

function toHit(doc: MeiliDocument, parsed: ParsedQuery): SearchHit {
  return {
    id: doc.id,
    handle: doc.handle,
    title: doc.title,
    title_en: doc.title_en,
    subtitle: doc.subtitle,
    thumbnail: doc.thumbnail,
    county: doc.county_handle ? { handle: doc.county_handle, name_zh: doc.county_zh ?? "", name_en: doc.county_en ?? "" } : null,
    township: doc.township,
    supplier: doc.supplier_id ? { id: doc.supplier_id, name: doc.supplier_name ?? "" } : null,
    categories: doc.categories ?? [],
    price: { min: doc.price_min, max: doc.price_max, currency_code: "cny" },
    variants: doc.variants ?? [],
    certificate: doc.certificate,
    in_stock: doc.in_stock,
    highlight: { title: highlightTitle(doc.title, parsed), title_en: highlightEnglish(doc.title_en, parsed) },
  }
}

/**
 * The Meilisearch engine (MEILISEARCH_HOST set): documents enriched with pinyin,
 * initials and title bigrams; settings with synonyms, typo tolerance and
 * Chinese localized attributes; every task awaited, failures retried.
 */
export class MeilisearchEngine implements SearchEngine {
  readonly name = "meilisearch" as const
  private readonly client: MeilisearchClient
  private readonly uid: string
  private prepared: Promise<void> | null = null

  constructor(
    options: { host: string; apiKey?: string; indexName?: string },
    private readonly logger?: Pick<Logger, "warn" | "info">
  ) {
    this.client = new Meilisearch({ host: options.host, apiKey: options.apiKey })
    this.uid = options.indexName ?? "products"
  }

  private get index() {
    return this.client.index<MeiliDocument>(this.uid)
  }

  prepare(): Promise<void> {
    this.prepared ??= (async () => {
      const exists = await withRetry("get index", () => this.client.getRawIndex(this.uid).then(() => true, (e: { cause?: { code?: string } }) => {
        if (e.cause?.code === "index_not_found") return false
        throw e
      }), this.logger)
      if (!exists) {
        await withRetry("create index", () => this.client.createIndex(this.uid, { primaryKey: "id" }).waitTask(), this.logger)
      }
      const task = await withRetry("update settings", () => this.index.updateSettings(meiliSettings()).waitTask(), this.logger)
      if (task.status !== "succeeded") throw new Error(`search: Meilisearch settings task ${task.status}: ${task.error?.message ?? ""}`)
    })().catch((e) => {
      this.prepared = null
      throw e
    })
    return this.prepared
  }

  /** Deletes the whole index (tests on a real server clean up with it). */
  async dropIndex() {
    await withRetry("delete index", () => this.client.deleteIndex(this.uid).waitTask(), this.logger)
    this.prepared = null
  }

  async upsert(documents: SearchDocumentRow[]) {
    await this.prepare()
    const now = new Date()
    for (let i = 0; i < documents.length; i += 500) {
      const chunk = documents.slice(i, i + 500).map((d) => toMeiliDocument(d, now))
      const task = await withRetry("add documents", () => this.index.addDocuments(chunk, { primaryKey: "id" }).waitTask(), this.logger)
      if (task.status !== "succeeded") throw new Error(`search: Meilisearch indexing task ${task.status}: ${task.error?.message ?? ""}`)
    }
  }

  async remove(ids: string[]) {
    if (!ids.length) return
    await this.prepare()
    const task = await withRetry("delete documents", () => this.index.deleteDocuments(ids).waitTask(), this.logger)
    if (task.status !== "succeeded") throw new Error(`search: Meilisearch deletion task ${task.status}: ${task.error?.message ?? ""}`)
  }

  async get(ids: string[]): Promise<SearchDocumentRow[]> {
    if (!ids.length) return []
    await this.prepare()
    const res = await withRetry("get documents", () => this.index.getDocuments({ filter: `id IN [${ids.map(quote).join(", ")}]`, limit: ids.length }), this.logger)
    return res.results.map((doc) => {
      const { title_bigrams: _b, py_initials_suffixes: _s, category_names: _n, county_facet: _c, category_facets: _f, indexed_at: _i, ...row } = doc
      return { ...row, vocab: [] }
    })
  }

  async listIds(): Promise<string[]> {
    await this.prepare()
    const ids: string[] = []
    for (let offset = 0; ; offset += 1000) {
      const page = await withRetry("list documents", () => this.index.getDocuments({ fields: ["id"], limit: 1000, offset }), this.logger)
      ids.push(...page.results.map((d) => d.id))
      if (page.results.length < 1000) return ids
    }
  }

  async status(): Promise<SearchEngineStatus> {
    try {
      await this.prepare()
      const stats = await this.index.getStats()
      const latest = await this.index.getDocuments({ fields: ["indexed_at"], limit: 1, sort: ["indexed_at:desc"] }).catch(() => null)
      return {
        documents: stats.numberOfDocuments,
        last_indexed_at: latest?.results[0]?.indexed_at ?? null,
        healthy: true,
        detail: stats.isIndexing ? "indexing" : null,
      }
    } catch (error) {
      return { documents: 0, last_indexed_at: null, healthy: false, detail: (error as Error).message }
    }
  }

  async search(request: SearchRequest): Promise<StoreSearchResponse> {
    await this.prepare()
    const parsed = parseQuery(request.q)
    const { limit, offset } = pageWindow(request)
    const sort = request.sort === "price_asc" ? ["price_min:asc"] : request.sort === "price_desc" ? ["price_min:desc"] : undefined
    const { page, facets } = parsed.terms.length
      ? await this.find(parsed.text, filterClauses(request), sort, limit, offset)
      : { page: null, facets: emptyFacets() }
    const count = page?.estimatedTotalHits ?? 0
    let popular: SearchHit[] = []
    if (count === 0) {
      const top = await withRetry("popular", () => this.index.search("", { limit: 8, sort: ["popularity:desc"] }), this.logger)
      popular = top.hits.map((d) => toHit(d, parsed))
    }
    return {
      hits: (page?.hits ?? []).map((d) => toHit(d, parsed)),
      count,
      offset,
      limit,
      facets,
      query: parsed.text,
      engine: this.name,
      processing_time_ms: page?.processingTimeMs ?? 0,
      did_you_mean: null,
      // Meilisearch tolerates typos inside its ranking and does not say which words it corrected
      corrected_query: null,
      popular,
    }
  }

  /** The browse pages: a placeholder search (no text) under the filters, newest (highest id) first or by price. */
  async browse(request: BrowseRequest): Promise<StoreCatalogueResponse> {
    await this.prepare()
    const { limit, offset } = pageWindow(request)
    const sort = { price_asc: ["price_min:asc", "id:desc"], price_desc: ["price_min:desc", "id:desc"], popular: ["popularity:desc", "id:desc"], newest: ["id:desc"] }[request.sort ?? "newest"]
    const { page, facets } = await this.find("", filterClauses(request), sort, limit, offset)
    return { ids: page.hits.map((d) => d.id), count: page.estimatedTotalHits ?? 0, offset, limit, facets, engine: this.name }
  }

  /** Each category's count (one facet search) and picture (a few newest products of each, one search per category). */
  async shelves(): Promise<CatalogueShelf[]> {
    await this.prepare()
    const counts = await withRetry("shelves", () => this.index.search("", { limit: 0, facets: ["category_handles"] }), this.logger)
    const handles = Object.entries(counts.facetDistribution?.category_handles ?? {}).filter(([, n]) => n > 0)
    return Promise.all(
      handles.map(async ([handle, count]) => {
        const newest = await withRetry("shelf", () => this.index.search("", { filter: [`category_handles = ${JSON.stringify(handle)}`], sort: ["id:desc"], limit: 10, attributesToRetrieve: ["thumbnail"] }), this.logger)
        const pictures = newest.hits.map((d) => d.thumbnail).filter((t): t is string => !!t)
        return { handle, count, thumbnail: pictures.find((t) => !t.includes("placeholder")) ?? pictures[0] ?? null }
      })
    )
  }

  /**
   * One page of `text` under the filters, with disjunctive facets: the page's search
   * counts the facets without a filter of their own; each facet with one is counted
   * by a search under the other filters.
   */
  private async find(text: string, clauses: FilterClause[], sort: string[] | undefined, limit: number, offset: number) {
    const own = FACET_NAMES.filter((f) => facetIsFiltered(clauses, f))
    const shared = FACET_NAMES.filter((f) => !facetIsFiltered(clauses, f))
    const [page, ...ownRes] = await Promise.all([
      withRetry("search", () => this.index.search(text, { filter: meiliFilter(clauses), sort, limit, offset, facets: shared.map((f) => MEILI_FACET[f]) }), this.logger),
      ...own.map((facet) =>
        withRetry("facets", () => this.index.search(text, { filter: meiliFilter(clausesForFacet(clauses, facet)), limit: 0, facets: [MEILI_FACET[facet]] }), this.logger)
      ),
    ])
    const dist: Record<string, Record<string, number>> = { ...(page.facetDistribution ?? {}) }
    for (const res of ownRes) Object.assign(dist, res.facetDistribution ?? {})
    const facets: SearchFacets = {
      county: Object.entries(dist.county_facet ?? {}).map(([v, count]) => {
        const [value, zh, en] = splitFacet(v)
        return { value, label_zh: zh, label_en: en, count }
      }),
      category: Object.entries(dist.category_facets ?? {}).map(([v, count]) => {
        const [value, zh, en] = splitFacet(v)
        return { value, label_zh: zh, label_en: en, count }
      }),
      certified: Object.entries(dist.certified ?? {}).map(([value, count]) => certifiedFacetValue(value === "true", count)),
      price_band: priceBandFacetValues((key) => dist.price_band?.[key]),
    }
    return { page, facets }
  }

  async suggest(q: string, limit = 8): Promise<StoreSearchSuggestResponse> {
    await this.prepare()
    const parsed = parseQuery(q)
    if (!parsed.terms.length) return { suggestions: [], query: parsed.text, engine: this.name, processing_time_ms: 0 }
    const res = await withRetry("suggest", () => this.index.search(parsed.text, { limit: Math.min(Math.max(limit, 1), 20) }), this.logger)
    return {
      suggestions: res.hits.map((d) => ({
        id: d.id,
        handle: d.handle,
        title: d.title,
        title_en: d.title_en,
        thumbnail: d.thumbnail,
        county_zh: d.county_zh,
        price_min: d.price_min,
        highlight: highlightTitle(d.title, parsed),
      })),
      query: parsed.text,
      engine: this.name,
      processing_time_ms: res.processingTimeMs,
    }
  }
}
