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
import { type Alternative, latinAlternatives, type ParsedQuery, parseQuery, type Term } from "../lib/query"
import { certifiedFacetValue, clausesForFacet, type FacetName, type FilterClause, facetIsFiltered, filterClauses, priceBandFacetValues } from "../lib/filters"
import { editDistance, queryGrams, termPinyin, typoBudget } from "../lib/text"
import { type BrowseRequest, emptyFacets, pageWindow, type SearchEngine, type SearchEngineStatus, type SearchRequest } from "./types"

/** Runs SQL with `?` placeholders (knex style) and returns the rows. */
export type SqlExecutor = (sql: string, params?: unknown[]) => Promise<Array<Record<string, unknown>>>

export const SEARCH_TABLE = "search_document"

/** Columns written by upsert, in order; arrays are text[], objects jsonb. */
const COLUMNS: Array<[keyof SearchDocumentRow, "text" | "array" | "json" | "plain"]> = [
  ["id", "plain"], ["handle", "plain"], ["title", "plain"], ["title_en", "plain"], ["subtitle", "plain"],
  ["description", "plain"], ["description_en", "plain"], ["thumbnail", "plain"], ["county_handle", "plain"],
  ["county_zh", "plain"], ["county_en", "plain"], ["township", "plain"], ["supplier_id", "plain"],
  ["supplier_name", "plain"], ["categories", "json"], ["category_handles", "array"], ["variants", "json"],
  ["price_min", "plain"], ["price_max", "plain"], ["price_band", "plain"], ["in_stock", "plain"],
  ["certified", "plain"], ["certificate", "json"], ["popularity", "plain"], ["title_norm", "plain"],
  ["title_grams", "array"], ["category_text", "plain"], ["key_text", "plain"], ["key_grams", "array"], ["body_text", "plain"],
  ["body_grams", "array"], ["supplier_text", "plain"], ["supplier_grams", "array"], ["py_title", "plain"], ["py_initials", "plain"], ["py_fuzzy", "plain"],
  ["py_key", "plain"], ["en_title", "plain"], ["en_text", "plain"], ["vocab", "array"],
]

/** A text[] literal: {"a","b"} with quotes and backslashes escaped. */
export function pgArray(values: string[]): string {
  return `{${values.map((v) => `"${v.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`).join(",")}}`
}

const likeEscape = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`)

/** Display columns the hit builder reads. */
const HIT_COLUMNS =
  "id, handle, title, title_en, subtitle, thumbnail, county_handle, county_zh, county_en, township, supplier_id, supplier_name, categories, variants, price_min, price_max, in_stock, certificate"

/**
 * The score of a term found only in the supplier's name. Every other way of
 * matching scores at least 90 (100 × the lowest synonym weight), so a term
 * scoring under OWN_MATCH_MIN matched the supplier alone. A product matched
 * that way for any term is shown only when no product matches on its own text.
 */
const SUPPLIER_ONLY = 1
const OWN_MATCH_MIN = 10

/** An alternative's weight as a float8 literal (numeric arithmetic is slower per row). */
const weight = (alt: Alternative) => `${Number(alt.weight)}::float8`

/** Scores one term: SQL expression, its parameters, and the candidate condition the indexes serve. */
function termSql(term: Term): { score: string; cand: string; params: unknown[]; candParams: unknown[] } {
  const parts: string[] = []
  const cands: string[] = []
  const params: unknown[] = []
  const candParams: unknown[] = []
  for (const alt of term.alternatives) {
    if (term.kind === "han") hanAlt(alt, parts, cands, params, candParams)
    else latinAlt(alt, parts, cands, params, candParams)
  }
  return { score: parts.length > 1 ? `GREATEST(${parts.join(", ")})` : parts[0]!, cand: `(${cands.join(" OR ")})`, params, candParams }
}

function hanAlt(alt: Alternative, parts: string[], cands: string[], params: unknown[], candParams: unknown[]) {
  const s = alt.text
  const grams = pgArray(queryGrams(s))
  // exact title > title prefix > title infix = the product's kind (牛肉 finds 寻甸牛干巴, a 牛肉制品, beside 寻甸卤牛肉)
  // > key fields (subtitle, county, township, the kind's group) > description
  // > the supplier's name (SUPPLIER_ONLY: 寻甸麻鸭's supplier is called …牛干巴…, which says nothing of the duck)
  parts.push(`(CASE
    WHEN title_norm = ? THEN 1000
    WHEN starts_with(title_norm, ?) THEN 800
    WHEN strpos(title_norm, ?) > 0 THEN 600
    WHEN strpos(category_text, ?) > 0 THEN 600
    WHEN strpos(key_text, ?) > 0 THEN 300
    WHEN strpos(body_text, ?) > 0 THEN 100
    WHEN strpos(supplier_text, ?) > 0 THEN ${SUPPLIER_ONLY}
    ELSE 0 END) * ${weight(alt)}`)
  params.push(s, s, s, s, s, s, s)
  cands.push(`title_grams @> ?::text[] OR key_grams @> ?::text[] OR body_grams @> ?::text[] OR supplier_grams @> ?::text[]`)
  candParams.push(grams, grams, grams, grams)
  // Homophones typed with a pinyin keyboard (寻店牛干巴 → xundianniuganba): a weak match on the pinyin
  if ([...s].length >= 3) {
    const py = termPinyin(s)
    parts.push(`(CASE WHEN strpos(py_title, ?) > 0 THEN 150 ELSE 0 END) * ${weight(alt)}`)
    params.push(py)
    cands.push(`py_title LIKE ?`)
    candParams.push(`%${likeEscape(py)}%`)
  }
}

function latinAlt(alt: Alternative, parts: string[], cands: string[], params: unknown[], candParams: unknown[]) {
  const w = alt.text
  const like = `%${likeEscape(w)}%`
  const wordStart = `% ${likeEscape(w)}%`
  // English title words > full pinyin (from a syllable) > initials > county/category pinyin > English text
  parts.push(`(CASE
    WHEN en_title = ? THEN 1000
    WHEN (' ' || en_title) LIKE ? THEN 600
    WHEN py_title = ? THEN 520
    WHEN starts_with(py_title, ?) THEN 510
    WHEN (' ' || py_fuzzy) LIKE ? THEN 500
    WHEN en_title LIKE ? THEN 450
    WHEN ${w.length >= 2 ? "py_initials LIKE ?" : "false"} THEN (CASE WHEN py_initials = ? THEN 420 WHEN starts_with(py_initials, ?) THEN 410 ELSE 400 END)
    WHEN (' ' || py_key) LIKE ? THEN 250
    WHEN en_text LIKE ? THEN 100
    ELSE 0 END) * ${weight(alt)}`)
  params.push(w, wordStart, w, w, wordStart, like)
  if (w.length >= 2) params.push(like)
  params.push(w, w, wordStart, like)
  cands.push(`py_fuzzy LIKE ? OR en_text LIKE ? OR py_key LIKE ?${w.length >= 2 ? " OR py_initials LIKE ?" : ""}`)
  candParams.push(like, like, like)
  if (w.length >= 2) candParams.push(like)
}

type Built = { sql: string; params: unknown[] }

/** Columns of a match that filters, facets and sorting read (labels and display columns are joined afterwards, for few rows). */
const MATCH_COLUMNS = "id, county_handle, category_handles, categories, price_min, price_band, certified, popularity, title_norm"

/** The scored match set of a query as a SQL subquery (id, score, and the columns facets, filters and sorting read). */
function matchedSql(parsed: ParsedQuery, columns = MATCH_COLUMNS): Built {
  const terms = parsed.terms.map((t) => termSql(t))
  const scoreCols = terms.map((t, i) => `${t.score} AS s${i}`)
  const params: unknown[] = terms.flatMap((t) => t.params)
  let bonus = "0"
  if (parsed.terms.length > 1) {
    // the terms together, in order, as one phrase: "dongchuan mian" → dongchuanmian…
    const phrasePy = parsed.terms.map((t) => (t.kind === "han" ? termPinyin(t.text) : (t.corrected ?? t.text))).join("")
    bonus = `(CASE WHEN starts_with(py_title, ?) THEN 60 WHEN strpos(py_title, ?) > 0 THEN 40 ELSE 0 END + CASE WHEN strpos(en_title, ?) > 0 THEN 60 ELSE 0 END)`
    params.push(phrasePy, phrasePy, parsed.text)
  }
  const where = terms.map((t) => t.cand).join(" AND ")
  params.push(...terms.flatMap((t) => t.candParams))
  const sql = `SELECT ${columns}, ${scoreCols.join(", ")}, ${bonus} AS bonus
    FROM ${SEARCH_TABLE}
    WHERE deleted_at IS NULL AND ${where}`
  const positive = terms.map((_, i) => `s${i} > 0`).join(" AND ")
  const total = terms.map((_, i) => `s${i}`).join(" + ")
  const own = terms.map((_, i) => `s${i} >= ${OWN_MATCH_MIN}`).join(" AND ")
  return {
    sql: `SELECT * FROM (
        SELECT m.*, (${total} + bonus) AS score, length(title_norm) AS tlen, (${own}) AS own_match, bool_or(${own}) OVER () AS any_own_match
        FROM (${sql}) m WHERE ${positive}
      ) r WHERE r.own_match OR NOT r.any_own_match`,
    params,
  }
}

function orderBy(sort: SearchRequest["sort"], alias = ""): string {
  const a = alias ? `${alias}.` : ""
  const relevance = `${a}score DESC, ${a}tlen ASC, ${a}popularity DESC, ${a}title_norm ASC, ${a}id ASC`
  if (sort === "price_asc") return `${a}price_min ASC NULLS LAST, ${relevance}`
  if (sort === "price_desc") return `${a}price_min DESC NULLS LAST, ${relevance}`
  return relevance
}

/**
 * The browse order: newest first by id (a ULID begins with its creation time, and ids
 * are unique, where products created in one batch share a created_at), or by the
 * "from" price with the newest first among equal prices.
 */
function browseOrder(sort: BrowseRequest["sort"], alias = ""): string {
  const a = alias ? `${alias}.` : ""
  if (sort === "price_asc") return `${a}price_min ASC NULLS LAST, ${a}id DESC`
  if (sort === "price_desc") return `${a}price_min DESC NULLS LAST, ${a}id DESC`
  if (sort === "popular") return `${a}popularity DESC, ${a}id DESC`
  return `${a}id DESC`
}

/** Orders products with a picture of their own before those without one or with the placeholder. */
const PLACEHOLDER_LAST = "(d.thumbnail IS NULL OR d.thumbnail LIKE '%placeholder%')"

/** A filter clause as SQL over the match columns. */
function clauseSql(clause: FilterClause): Built {
  switch (clause.field) {
    case "county":
      return { sql: "county_handle = ANY(?::text[])", params: [pgArray(clause.values)] }
    case "category":
      return { sql: "category_handles && ?::text[]", params: [pgArray(clause.values)] }
    case "price_band":
      return { sql: "price_band = ANY(?::text[])", params: [pgArray(clause.values)] }
    case "certified":
      return { sql: "certified = ?", params: [clause.value] }
    case "min_price":
      return { sql: "price_min >= ?", params: [clause.value] }
    case "max_price":
      return { sql: "price_min <= ?", params: [clause.value] }
  }
}

/** `FROM matched [WHERE …]` for a set of clauses. */
function fromMatched(clauses: FilterClause[]): Built {
  if (!clauses.length) return { sql: "FROM matched", params: [] }
  const parts = clauses.map(clauseSql)
  return { sql: `FROM matched WHERE ${parts.map((p) => p.sql).join(" AND ")}`, params: parts.flatMap((p) => p.params) }
}

const where = (from: string, condition: string) => `${from}${from.includes(" WHERE ") ? " AND" : " WHERE"} ${condition}`

/**
 * Facet counts, each under every filter but its own; rows come back as JSON
 * arrays. Counting groups on the handle alone; the labels are read afterwards
 * from one document per value (a dozen index lookups, not one per match).
 */
const FACET_SQL: Record<FacetName, (from: string) => string> = {
  county: (from) => `(SELECT coalesce(json_agg(json_build_array(c.county_handle, l.county_zh, l.county_en, c.n) ORDER BY c.n DESC, c.county_handle), '[]'::json)
           FROM (SELECT county_handle, count(*)::int AS n ${where(from, "county_handle IS NOT NULL")} GROUP BY 1) c
           LEFT JOIN LATERAL (SELECT county_zh, county_en FROM ${SEARCH_TABLE} d WHERE d.county_handle = c.county_handle AND d.deleted_at IS NULL LIMIT 1) l ON true)`,
  // a document's categories (its kinds and their groups, with their names) are its category_handles,
  // named: counted and labelled in one pass over the results, with no lookup per category
  category: (from) => `(SELECT coalesce(json_agg(json_build_array(k.h, k.name, k.name_en, k.n) ORDER BY k.n DESC, k.h), '[]'::json)
           FROM (SELECT c->>'handle' AS h, min(c->>'name') AS name, min(c->>'name_en') AS name_en, count(*)::int AS n
                   FROM (SELECT categories ${from}) m,
                        jsonb_array_elements(CASE WHEN jsonb_typeof(m.categories) = 'array' THEN m.categories ELSE '[]'::jsonb END) c
                  WHERE c->>'handle' IS NOT NULL
                  GROUP BY 1) k)`,
  certified: (from) => `(SELECT coalesce(json_agg(json_build_array(certified, n)), '[]'::json)
           FROM (SELECT certified, count(*)::int AS n ${from} GROUP BY 1) c)`,
  price_band: (from) => `(SELECT coalesce(json_agg(json_build_array(price_band, n)), '[]'::json)
           FROM (SELECT price_band, count(*)::int AS n ${where(from, "price_band IS NOT NULL")} GROUP BY 1) b)`,
}

type Row = Record<string, unknown>

/**
 * The facet columns of a statement whose results are `results` (the CTE "matched" or
 * "filtered"): a facet without a filter of its own counts the results, one with a
 * filter counts the matches under every other filter. Its parameters follow the
 * statement's page parameters.
 */
function facetColumns(clauses: FilterClause[], results: string): Built {
  const params: unknown[] = []
  const columns = (Object.keys(FACET_SQL) as FacetName[]).map((facet) => {
    if (!facetIsFiltered(clauses, facet)) return `${FACET_SQL[facet](`FROM ${results}`)} AS ${facet}`
    const own = fromMatched(clausesForFacet(clauses, facet))
    params.push(...own.params)
    return `${FACET_SQL[facet](own.sql)} AS ${facet}`
  })
  return { sql: columns.join(",\n          "), params }
}

/** The facet counts of a row the statement above answered, as labelled values. */
function readFacets(row: Row | undefined): SearchFacets {
  return {
    county: ((row?.county as Array<[string, string, string, number]>) ?? []).map(([value, zh, en, n]) => ({
      value, label_zh: zh, label_en: en, count: n,
    })),
    category: ((row?.category as Array<[string, string, string | null, number]>) ?? []).map(([value, zh, en, n]) => ({
      value, label_zh: zh, label_en: en ?? zh, count: n,
    })),
    certified: ((row?.certified as Array<[boolean, number]>) ?? []).map(([value, n]) => certifiedFacetValue(value, n)),
    price_band: priceBandFacetValues((key) => ((row?.price_band as Array<[string, number]>) ?? []).find(([k]) => k === key)?.[1]),
  }
}

function toHit(row: Row, parsed: ParsedQuery): SearchHit {
  const num = (v: unknown) => (v === null || v === undefined ? null : Number(v))
  const categories = (row.categories as SearchHit["categories"] | null) ?? []
  const variants = ((row.variants as SearchHit["variants"] | null) ?? []).map((v) => ({ ...v, price: num(v.price) }))
  return {
    id: String(row.id),
    handle: String(row.handle),
    title: String(row.title),
    title_en: (row.title_en as string | null) ?? null,
    subtitle: (row.subtitle as string | null) ?? null,
    thumbnail: (row.thumbnail as string | null) ?? null,
    county: row.county_handle
      ? { handle: String(row.county_handle), name_zh: String(row.county_zh ?? ""), name_en: String(row.county_en ?? "") }
      : null,
    township: (row.township as string | null) ?? null,
    supplier: row.supplier_id ? { id: String(row.supplier_id), name: String(row.supplier_name ?? "") } : null,
    categories: Array.isArray(categories) ? categories : [],
    price: { min: num(row.price_min), max: num(row.price_max), currency_code: "cny" },
    variants: Array.isArray(variants) ? variants : [],
    certificate: (row.certificate as SearchHit["certificate"]) ?? null,
    in_stock: Boolean(row.in_stock),
    highlight: {
      title: highlightTitle(String(row.title), parsed),
      title_en: highlightEnglish((row.title_en as string | null) ?? null, parsed),
    },
  }
}

/** At most this many corrections of one misspelt word are searched. */
const MAX_CORRECTIONS = 2

/**
 * The embedded engine: a `search_document` table in the project's PostgreSQL,
 * Chinese character grams in GIN-indexed text[] columns (exact, any length),
 * pinyin and English text in pg_trgm GIN indexes (infix). Typos are corrected
 * against `search_term`, the index's vocabulary, when a query finds nothing.
 * One SQL statement scores, filters, pages and counts facets.
 */
export class PostgresSearchEngine implements SearchEngine {
  readonly name = "postgres" as const

  constructor(private readonly execute: SqlExecutor) {}

  async prepare() {
    // The module migrations create the tables, pg_trgm, the indexes and the vocabulary triggers.
  }

  async upsert(documents: SearchDocumentRow[]) {
    const now = new Date().toISOString()
    for (let i = 0; i < documents.length; i += 200) {
      const chunk = documents.slice(i, i + 200)
      const params: unknown[] = []
      const rows = chunk.map((doc) => {
        const cells = COLUMNS.map(([key, kind]) => {
          const value = doc[key]
          if (kind === "array") {
            params.push(pgArray((value as string[] | undefined) ?? []))
            return "?::text[]"
          }
          if (kind === "json") {
            params.push(value === null ? null : JSON.stringify(value))
            return "?::jsonb"
          }
          params.push(value)
          return "?"
        })
        params.push(now)
        return `(${cells.join(", ")}, ?, now(), now(), NULL)`
      })
      const names = COLUMNS.map(([k]) => `"${k}"`).join(", ")
      const updates = [...COLUMNS.slice(1).map(([k]) => `"${k}" = excluded."${k}"`), `"indexed_at" = excluded."indexed_at"`, `"updated_at" = now()`, `"deleted_at" = NULL`]
      await this.execute(
        `INSERT INTO ${SEARCH_TABLE} (${names}, "indexed_at", "created_at", "updated_at", "deleted_at") VALUES ${rows.join(", ")}
         ON CONFLICT ("id") DO UPDATE SET ${updates.join(", ")}`,
        params
      )
    }
  }

  async remove(ids: string[]) {
    if (!ids.length) return
    await this.execute(`DELETE FROM ${SEARCH_TABLE} WHERE id IN (${ids.map(() => "?").join(", ")})`, ids)
  }

  async get(ids: string[]): Promise<SearchDocumentRow[]> {
    if (!ids.length) return []
    const rows = await this.execute(
      `SELECT ${COLUMNS.map(([k]) => `"${k}"`).join(", ")} FROM ${SEARCH_TABLE} WHERE deleted_at IS NULL AND id IN (${ids.map(() => "?").join(", ")})`,
      ids
    )
    return rows.map((r) => ({
      ...(r as unknown as SearchDocumentRow),
      price_min: r.price_min === null ? null : Number(r.price_min),
      price_max: r.price_max === null ? null : Number(r.price_max),
    }))
  }

  async listIds(): Promise<string[]> {
    const rows = await this.execute(`SELECT id FROM ${SEARCH_TABLE} WHERE deleted_at IS NULL`)
    return rows.map((r) => String(r.id))
  }

  async status(): Promise<SearchEngineStatus> {
    const [row] = await this.execute(
      `SELECT count(*)::int AS n, max(indexed_at) AS last FROM ${SEARCH_TABLE} WHERE deleted_at IS NULL`
    )
    const last = row?.last ? new Date(row.last as string).toISOString() : null
    return { documents: Number(row?.n ?? 0), last_indexed_at: last, healthy: true, detail: null }
  }

  async search(request: SearchRequest): Promise<StoreSearchResponse> {
    const started = process.hrtime.bigint()
    const parsed = parseQuery(request.q)
    const { limit, offset } = pageWindow(request)
    const base = {
      offset,
      limit,
      query: parsed.text,
      engine: this.name,
      did_you_mean: null as string | null,
      corrected_query: null as string | null,
      popular: [] as SearchHit[],
    }
    if (!parsed.terms.length) {
      // emoji, punctuation, spaces: nothing to search for
      return { ...base, hits: [], count: 0, facets: emptyFacets(), popular: await this.popular(parsed), processing_time_ms: elapsed(started) }
    }
    const clauses = filterClauses(request)
    const run = async (query: ParsedQuery) => {
      const matched = matchedSql(query)
      // without filters, the matches are the results: no second copy of them
      const results = clauses.length ? "filtered" : "matched"
      const filtered = fromMatched(clauses)
      const params: unknown[] = [...matched.params, ...(clauses.length ? filtered.params : []), limit, offset]
      const facets = facetColumns(clauses, results)
      params.push(...facets.params)
      const sql = `WITH matched AS MATERIALIZED (${matched.sql}),
        ${clauses.length ? `filtered AS MATERIALIZED (SELECT * ${filtered.sql}),` : ""}
        page AS (SELECT id, score, tlen, popularity, title_norm, price_min FROM ${results} ORDER BY ${orderBy(request.sort)} LIMIT ? OFFSET ?)
        SELECT
          (SELECT count(*)::int FROM matched) AS matched,
          ${clauses.length ? "(SELECT count(*)::int FROM filtered) AS count," : ""}
          (SELECT coalesce(json_agg(json_build_object(${HIT_COLUMNS.split(", ").map((c) => `'${c}', d.${c}`).join(", ")}) ORDER BY ${orderBy(request.sort, "p")}), '[]'::json)
             FROM page p JOIN ${SEARCH_TABLE} d ON d.id = p.id) AS hits,
          ${facets.sql}`
      const [first] = await this.execute(sql, params)
      return first
    }
    let query = parsed
    let row = await run(query)
    // Typos: only when the query as typed matches nothing (a filter that leaves nothing is not a typo).
    if (Number(row?.matched ?? 0) === 0) {
      const corrected = await this.correct(parsed)
      if (corrected) {
        query = corrected
        row = await run(query)
      }
    }
    // without filters the results are the matches, counted once
    const count = Number(row?.count ?? row?.matched ?? 0)
    const hits = ((row?.hits as Row[] | null) ?? []).map((r) => toHit(r, query))
    const facets = readFacets(row)
    let didYouMean: string | null = null
    let popular: SearchHit[] = []
    if (Number(row?.matched ?? 0) === 0) {
      didYouMean = await this.closestTitle(parsed)
      popular = await this.popular(parsed)
    }
    const corrected = query !== parsed && Number(row?.matched ?? 0) > 0 ? query.text : null
    return { ...base, hits, count, facets, did_you_mean: didYouMean, corrected_query: corrected, popular, processing_time_ms: elapsed(started) }
  }

  /**
   * The browse pages: every sellable product under the filters, sorted and paged, with
   * facet counts; no query text, so nothing is scored. One statement, as search.
   */
  async browse(request: BrowseRequest): Promise<StoreCatalogueResponse> {
    const { limit, offset } = pageWindow(request)
    const clauses = filterClauses(request)
    const results = clauses.length ? "filtered" : "matched"
    const filtered = fromMatched(clauses)
    const params: unknown[] = [...(clauses.length ? filtered.params : []), limit, offset]
    const facets = facetColumns(clauses, results)
    params.push(...facets.params)
    const [row] = await this.execute(
      `WITH matched AS MATERIALIZED (SELECT ${MATCH_COLUMNS} FROM ${SEARCH_TABLE} WHERE deleted_at IS NULL),
        ${clauses.length ? `filtered AS MATERIALIZED (SELECT * ${filtered.sql}),` : ""}
        page AS (SELECT id, price_min, popularity FROM ${results} ORDER BY ${browseOrder(request.sort)} LIMIT ? OFFSET ?)
        SELECT
          (SELECT count(*)::int FROM ${results}) AS count,
          (SELECT coalesce(json_agg(p.id ORDER BY ${browseOrder(request.sort, "p")}), '[]'::json) FROM page p) AS ids,
          ${facets.sql}`,
      params
    )
    return {
      ids: ((row?.ids as string[] | null) ?? []).map(String),
      count: Number(row?.count ?? 0),
      offset,
      limit,
      facets: readFacets(row),
      engine: this.name,
    }
  }

  /** Each category's count and picture, in one pass over the index (kinds and groups alike). */
  async shelves(): Promise<CatalogueShelf[]> {
    const rows = await this.execute(
      `SELECT h AS handle, count(*)::int AS count,
              (array_agg(d.thumbnail ORDER BY ${PLACEHOLDER_LAST}, d.id DESC))[1] AS thumbnail
         FROM ${SEARCH_TABLE} d, unnest(d.category_handles) h
        WHERE d.deleted_at IS NULL
        GROUP BY h
        ORDER BY h`
    )
    return rows.map((r) => ({ handle: String(r.handle), count: Number(r.count), thumbnail: (r.thumbnail as string | null) ?? null }))
  }

  async suggest(q: string, limit = 8): Promise<StoreSearchSuggestResponse> {
    const started = process.hrtime.bigint()
    const parsed = parseQuery(q)
    if (!parsed.terms.length) return { suggestions: [], query: parsed.text, engine: this.name, processing_time_ms: elapsed(started) }
    const run = (query: ParsedQuery) => {
      const matched = matchedSql(query, "id, handle, title, title_en, thumbnail, county_zh, price_min, popularity, title_norm")
      return this.execute(`SELECT * FROM (${matched.sql}) m ORDER BY ${orderBy("relevance")} LIMIT ?`, [
        ...matched.params,
        Math.min(Math.max(limit, 1), 20),
      ])
    }
    let query = parsed
    let rows = await run(query)
    if (!rows.length) {
      const corrected = await this.correct(parsed)
      if (corrected) {
        query = corrected
        rows = await run(query)
      }
    }
    return {
      suggestions: rows.map((r) => ({
        id: String(r.id),
        handle: String(r.handle),
        title: String(r.title),
        title_en: (r.title_en as string | null) ?? null,
        thumbnail: (r.thumbnail as string | null) ?? null,
        county_zh: (r.county_zh as string | null) ?? null,
        price_min: r.price_min === null ? null : Number(r.price_min),
        highlight: highlightTitle(String(r.title), query),
      })),
      query: parsed.text,
      engine: this.name,
      processing_time_ms: elapsed(started),
    }
  }

  /**
   * The query with each misspelt Latin word also searched as its closest words
   * in the index's vocabulary (niuganab → niuganba, dongchaun → dongchuan).
   * Candidates share the word's first letter (typos there are rare, and the
   * rule keeps the lookup to an index range) and lie within its typo budget in
   * length; the edit distance (adjacent swaps count once) decides. Null when no
   * word could be corrected.
   */
  async correct(parsed: ParsedQuery): Promise<ParsedQuery | null> {
    const words = [...new Set(parsed.terms.filter((t) => t.kind === "latin" && typoBudget(t.text) > 0).map((t) => t.text))]
    if (!words.length) return null
    const conditions = words.map(() => "(left(term, 1) = ? AND length(term) BETWEEN ? AND ?)")
    const rows = await this.execute(
      `SELECT term, documents FROM search_term WHERE documents > 0 AND (${conditions.join(" OR ")})`,
      words.flatMap((w) => [w[0], w.length - typoBudget(w), w.length + typoBudget(w)])
    )
    const vocabulary = rows.map((r) => ({ term: String(r.term), documents: Number(r.documents) }))
    let changed = false
    const terms = parsed.terms.map((t) => {
      if (t.kind !== "latin" || !words.includes(t.text)) return t
      const budget = typoBudget(t.text)
      if (vocabulary.some((v) => v.term === t.text)) return t // in the index as typed: not a typo
      const close = vocabulary
        .map((v) => ({ ...v, distance: editDistance(t.text, v.term, budget) }))
        .filter((v) => v.distance <= budget)
      const nearest = Math.min(...close.map((c) => c.distance))
      // the nearest words only (one typo beats two), the commonest first
      const best = close
        .filter((c) => c.distance === nearest)
        .sort((a, b) => b.documents - a.documents || a.term.localeCompare(b.term))
        .slice(0, MAX_CORRECTIONS)
      if (!best.length) return t
      changed = true
      // the word as typed found nothing: search its corrections instead
      const alternatives = best.flatMap((c) => latinAlternatives(c.term, nearest === 1 ? 0.8 : 0.6))
      return { ...t, corrected: best[0]!.term, alternatives }
    })
    if (!changed) return null
    const fixes = new Map(terms.filter((t) => t.corrected).map((t) => [t.text, t.corrected!]))
    return { text: parsed.text.split(" ").map((w) => fixes.get(w) ?? w).join(" "), terms }
  }

  /** The title whose pinyin is closest to the query's, for "did you mean". */
  private async closestTitle(parsed: ParsedQuery): Promise<string | null> {
    const py = parsed.terms.map((t) => (t.kind === "han" ? termPinyin(t.text) : t.text)).join("")
    if (py.length < 3) return null
    const [row] = await this.execute(
      `SELECT title FROM ${SEARCH_TABLE} WHERE deleted_at IS NULL AND py_title % ? ORDER BY similarity(py_title, ?) DESC, popularity DESC, id LIMIT 1`,
      [py, py]
    )
    return row ? String(row.title) : null
  }

  private async popular(parsed: ParsedQuery): Promise<SearchHit[]> {
    const rows = await this.execute(
      `SELECT ${HIT_COLUMNS} FROM ${SEARCH_TABLE} WHERE deleted_at IS NULL ORDER BY popularity DESC, title_norm ASC, id LIMIT 8`
    )
    return rows.map((r) => toHit(r, parsed))
  }
}

function elapsed(started: bigint): number {
  return Math.round(Number(process.hrtime.bigint() - started) / 1e4) / 100
}
