import {
  SEARCH_PRICE_BANDS,
  type SearchFacets,
  type SearchHit,
  type StoreSearchResponse,
  type StoreSearchSuggestResponse,
} from "@fupin/shared"
import type { SearchDocumentRow } from "../lib/document"
import { highlightEnglish, highlightTitle } from "../lib/highlight"
import { type Alternative, type ParsedQuery, parseQuery, type Term } from "../lib/query"
import { queryGrams, termPinyin } from "../lib/text"
import { DEFAULT_LIMIT, MAX_LIMIT, type SearchEngine, type SearchEngineStatus, type SearchRequest } from "./types"

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
  ["title_grams", "array"], ["key_text", "plain"], ["key_grams", "array"], ["body_text", "plain"],
  ["body_grams", "array"], ["py_title", "plain"], ["py_initials", "plain"], ["py_fuzzy", "plain"],
  ["py_key", "plain"], ["en_title", "plain"], ["en_text", "plain"],
]

/** A text[] literal: {"a","b"} with quotes and backslashes escaped. */
export function pgArray(values: string[]): string {
  return `{${values.map((v) => `"${v.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`).join(",")}}`
}

const likeEscape = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`)

/** Display columns the hit builder reads. */
const HIT_COLUMNS =
  "id, handle, title, title_en, subtitle, thumbnail, county_handle, county_zh, county_en, township, supplier_id, supplier_name, categories, variants, price_min, price_max, in_stock, certificate"

/** Scores one term: SQL expression, its parameters, and the candidate condition the indexes serve. */
function termSql(term: Term, fuzzy: boolean): { score: string; cand: string; params: unknown[]; candParams: unknown[] } {
  const parts: string[] = []
  const cands: string[] = []
  const params: unknown[] = []
  const candParams: unknown[] = []
  for (const alt of term.alternatives) {
    if (term.kind === "han") hanAlt(alt, parts, cands, params, candParams)
    else latinAlt(alt, parts, cands, params, candParams, fuzzy)
  }
  return { score: `GREATEST(${parts.join(", ")})`, cand: `(${cands.join(" OR ")})`, params, candParams }
}

function hanAlt(alt: Alternative, parts: string[], cands: string[], params: unknown[], candParams: unknown[]) {
  const s = alt.text
  const grams = pgArray(queryGrams(s))
  // exact title > title prefix > title infix > key fields (subtitle, county, supplier, category) > description
  parts.push(`(CASE
    WHEN title_norm = ? THEN 1000
    WHEN starts_with(title_norm, ?) THEN 800
    WHEN title_grams @> ?::text[] AND strpos(title_norm, ?) > 0 THEN 600
    WHEN key_grams @> ?::text[] AND strpos(key_text, ?) > 0 THEN 300
    WHEN body_grams @> ?::text[] AND strpos(body_text, ?) > 0 THEN 100
    ELSE 0 END) * ${alt.weight}`)
  params.push(s, s, grams, s, grams, s, grams, s)
  cands.push(`title_grams @> ?::text[] OR key_grams @> ?::text[] OR body_grams @> ?::text[]`)
  candParams.push(grams, grams, grams)
  // Homophones typed with a pinyin keyboard (寻店牛干巴 → xundianniuganba): a weak match on the pinyin
  if ([...s].length >= 3) {
    const py = termPinyin(s)
    parts.push(`(CASE WHEN strpos(py_title, ?) > 0 THEN 150 ELSE 0 END) * ${alt.weight}`)
    params.push(py)
    cands.push(`py_title LIKE ?`)
    candParams.push(`%${likeEscape(py)}%`)
  }
}

function latinAlt(alt: Alternative, parts: string[], cands: string[], params: unknown[], candParams: unknown[], fuzzy: boolean) {
  const w = alt.text
  const like = `%${likeEscape(w)}%`
  const wordStart = `% ${likeEscape(w)}%`
  // English title words > full pinyin (from a syllable) > initials > county/category pinyin > English text > typo
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
    ELSE 0 END) * ${alt.weight}`)
  params.push(w, wordStart, w, w, wordStart, like)
  if (w.length >= 2) params.push(like)
  params.push(w, w, wordStart, like)
  cands.push(`py_fuzzy LIKE ? OR en_text LIKE ? OR py_key LIKE ?${w.length >= 2 ? " OR py_initials LIKE ?" : ""}`)
  candParams.push(like, like, like)
  if (w.length >= 2) candParams.push(like)
  if (fuzzy && w.length >= 4) {
    // typo tolerance (a second pass, only when the exact pass found nothing): trigram word similarity against every syllable-boundary suffix of the title's pinyin
    parts.push(`(CASE WHEN ? <% py_fuzzy THEN 200 * word_similarity(?, py_fuzzy) ELSE 0 END) * ${alt.weight}`)
    params.push(w, w)
    cands.push(`? <% py_fuzzy`)
    candParams.push(w)
  }
}

type Built = { sql: string; params: unknown[] }

/** The scored match set of a query as a SQL subquery (rows with id, score, facets, display columns). */
function matchedSql(parsed: ParsedQuery, fuzzy = false): Built {
  const terms = parsed.terms.map((t) => termSql(t, fuzzy))
  const scoreCols = terms.map((t, i) => `${t.score} AS s${i}`)
  const params: unknown[] = terms.flatMap((t) => t.params)
  let bonus = "0"
  if (parsed.terms.length > 1) {
    // the terms together, in order, as one phrase: "dongchuan mian" → dongchuanmian…
    const phrasePy = parsed.terms.map((t) => (t.kind === "han" ? termPinyin(t.text) : t.text)).join("")
    bonus = `(CASE WHEN starts_with(py_title, ?) THEN 60 WHEN strpos(py_title, ?) > 0 THEN 40 ELSE 0 END + CASE WHEN strpos(en_title, ?) > 0 THEN 60 ELSE 0 END)`
    params.push(phrasePy, phrasePy, parsed.text)
  }
  const where = terms.map((t) => t.cand).join(" AND ")
  params.push(...terms.flatMap((t) => t.candParams))
  const sql = `SELECT ${HIT_COLUMNS}, category_handles, price_band, certified, popularity, title_norm,
      ${scoreCols.join(", ")}, ${bonus} AS bonus
    FROM ${SEARCH_TABLE}
    WHERE deleted_at IS NULL AND ${where}`
  const positive = terms.map((_, i) => `s${i} > 0`).join(" AND ")
  const total = terms.map((_, i) => `s${i}`).join(" + ")
  return {
    sql: `SELECT m.*, (${total} + bonus) AS score, length(title_norm) AS tlen FROM (${sql}) m WHERE ${positive}`,
    params,
  }
}

function orderBy(sort: SearchRequest["sort"]): string {
  const relevance = "score DESC, tlen ASC, popularity DESC, title_norm ASC, id ASC"
  if (sort === "price_asc") return `price_min ASC NULLS LAST, ${relevance}`
  if (sort === "price_desc") return `price_max DESC NULLS LAST, ${relevance}`
  return relevance
}

type Row = Record<string, unknown>

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

const emptyFacets = (): SearchFacets => ({ county: [], category: [], certified: [], price_band: [] })

function clampLimit(limit: number | undefined) {
  return Math.min(Math.max(limit ?? DEFAULT_LIMIT, 1), MAX_LIMIT)
}

/**
 * The embedded engine: a `search_document` table in the project's PostgreSQL,
 * Chinese character grams in GIN-indexed text[] columns (exact, any length),
 * pinyin and English text in pg_trgm GIN indexes (infix and typo tolerance).
 * One SQL statement scores, filters, pages and counts facets.
 */
export class PostgresSearchEngine implements SearchEngine {
  readonly name = "postgres" as const

  constructor(private readonly execute: SqlExecutor) {}

  async prepare() {
    // The module migration creates the table, pg_trgm and the indexes.
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
            params.push(pgArray(value as string[]))
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
    const limit = clampLimit(request.limit)
    const offset = Math.max(request.offset ?? 0, 0)
    const base = {
      offset,
      limit,
      query: parsed.text,
      engine: this.name,
      did_you_mean: null as string | null,
      popular: [] as SearchHit[],
    }
    if (!parsed.terms.length) {
      // emoji, punctuation, spaces: nothing to search for
      return { ...base, hits: [], count: 0, facets: emptyFacets(), popular: await this.popular(parsed), processing_time_ms: elapsed(started) }
    }
    const filters: string[] = []
    const filterParams: unknown[] = []
    if (request.county) {
      filters.push("county_handle = ?")
      filterParams.push(request.county)
    }
    if (request.category) {
      filters.push("category_handles @> ?::text[]")
      filterParams.push(pgArray([request.category]))
    }
    if (request.certified !== undefined) {
      filters.push("certified = ?")
      filterParams.push(request.certified)
    }
    if (request.min_price !== undefined) {
      filters.push("price_max >= ?")
      filterParams.push(request.min_price)
    }
    if (request.max_price !== undefined) {
      filters.push("price_min <= ?")
      filterParams.push(request.max_price)
    }
    const sqlFor = (matched: Built) => `WITH matched AS (${matched.sql}),
      filtered AS (SELECT * FROM matched ${filters.length ? `WHERE ${filters.join(" AND ")}` : ""}),
      page AS (SELECT * FROM filtered ORDER BY ${orderBy(request.sort)} LIMIT ? OFFSET ?)
      SELECT
        (SELECT count(*)::int FROM filtered) AS count,
        (SELECT coalesce(json_agg(json_build_object(${HIT_COLUMNS.split(", ").map((c) => `'${c}', p.${c}`).join(", ")}) ORDER BY ${orderBy(request.sort).replace(/(^|, )/g, "$1p.")}), '[]'::json) FROM page p) AS hits,
        (SELECT coalesce(json_agg(json_build_array(county_handle, county_zh, county_en, n) ORDER BY n DESC, county_handle), '[]'::json)
           FROM (SELECT county_handle, county_zh, county_en, count(*)::int AS n FROM matched WHERE county_handle IS NOT NULL GROUP BY 1, 2, 3) c) AS counties,
        (SELECT coalesce(json_agg(json_build_array(h, name, name_en, n) ORDER BY n DESC, h), '[]'::json)
           FROM (SELECT c->>'handle' AS h, c->>'name' AS name, c->>'name_en' AS name_en, count(*)::int AS n
                   FROM matched m, jsonb_array_elements(CASE WHEN jsonb_typeof(m.categories) = 'array' THEN m.categories ELSE '[]'::jsonb END) c GROUP BY 1, 2, 3) k) AS categories,
        (SELECT coalesce(json_agg(json_build_array(certified, n)), '[]'::json)
           FROM (SELECT certified, count(*)::int AS n FROM matched GROUP BY 1) c) AS certified,
        (SELECT coalesce(json_agg(json_build_array(price_band, n)), '[]'::json)
           FROM (SELECT price_band, count(*)::int AS n FROM matched WHERE price_band IS NOT NULL GROUP BY 1) b) AS bands`
    const run = async (fuzzy: boolean) => {
      const matched = matchedSql(parsed, fuzzy)
      const [first] = await this.execute(sqlFor(matched), [...matched.params, ...filterParams, limit, offset])
      return first
    }
    let row = await run(false)
    // typo tolerance is a second pass: trigram similarity is costly, and exact matches rank first anyway
    if (Number(row?.count ?? 0) === 0 && hasTypoCandidates(parsed)) row = await run(true)
    const count = Number(row?.count ?? 0)
    const hits = ((row?.hits as Row[] | null) ?? []).map((r) => toHit(r, parsed))
    const facets: SearchFacets = {
      county: ((row?.counties as Array<[string, string, string, number]>) ?? []).map(([value, zh, en, n]) => ({
        value, label_zh: zh, label_en: en, count: n,
      })),
      category: ((row?.categories as Array<[string, string, string | null, number]>) ?? []).map(([value, zh, en, n]) => ({
        value, label_zh: zh, label_en: en ?? zh, count: n,
      })),
      certified: ((row?.certified as Array<[boolean, number]>) ?? []).map(([value, n]) => ({
        value: String(value), label_zh: value ? "认定扶贫产品" : "未认定", label_en: value ? "Certified" : "Not certified", count: n,
      })),
      price_band: SEARCH_PRICE_BANDS.map((band) => ({
        value: band.key,
        label_zh: band.max === null ? `¥${band.min} 以上` : `¥${band.min}–${band.max}`,
        label_en: band.max === null ? `¥${band.min}+` : `¥${band.min}–${band.max}`,
        count: ((row?.bands as Array<[string, number]>) ?? []).find(([k]) => k === band.key)?.[1] ?? 0,
      })),
    }
    let didYouMean: string | null = null
    let popular: SearchHit[] = []
    if (count === 0) {
      didYouMean = await this.closestTitle(parsed)
      popular = await this.popular(parsed)
    }
    return { ...base, hits, count, facets, did_you_mean: didYouMean, popular, processing_time_ms: elapsed(started) }
  }

  async suggest(q: string, limit = 8): Promise<StoreSearchSuggestResponse> {
    const started = process.hrtime.bigint()
    const parsed = parseQuery(q)
    if (!parsed.terms.length) return { suggestions: [], query: parsed.text, engine: this.name, processing_time_ms: elapsed(started) }
    const run = (fuzzy: boolean) => {
      const matched = matchedSql(parsed, fuzzy)
      return this.execute(
        `SELECT id, handle, title, title_en, thumbnail, county_zh, price_min FROM (${matched.sql}) m ORDER BY ${orderBy("relevance")} LIMIT ?`,
        [...matched.params, Math.min(Math.max(limit, 1), 20)]
      )
    }
    let rows = await run(false)
    if (!rows.length && hasTypoCandidates(parsed)) rows = await run(true)
    return {
      suggestions: rows.map((r) => ({
        id: String(r.id),
        handle: String(r.handle),
        title: String(r.title),
        title_en: (r.title_en as string | null) ?? null,
        thumbnail: (r.thumbnail as string | null) ?? null,
        county_zh: (r.county_zh as string | null) ?? null,
        price_min: r.price_min === null ? null : Number(r.price_min),
        highlight: highlightTitle(String(r.title), parsed),
      })),
      query: parsed.text,
      engine: this.name,
      processing_time_ms: elapsed(started),
    }
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

function hasTypoCandidates(parsed: ParsedQuery): boolean {
  return parsed.terms.some((t) => t.kind === "latin" && t.text.length >= 4)
}

function elapsed(started: bigint): number {
  return Math.round(Number(process.hrtime.bigint() - started) / 1e4) / 100
}
