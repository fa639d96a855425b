/**
 * The input every route refuses before it reaches a handler, a workflow or
 * PostgreSQL: one set of rules for the whole API (the `rejectBadInput`
 * middleware applies them to every request), so that no route can answer a
 * malformed request with a 500. Each rule names the field it refuses.
 *
 * Route validators (zod, `.strict()`) still decide what a route accepts;
 * these rules only refuse what no route could ever mean.
 */
import { z } from "@medusajs/framework/zod"

/**
 * Largest `limit` a list route may be asked for. Medusa's own admin
 * dashboard asks for up to 9999 rows (its selects); the storefront for at
 * most 200 and the catalogue pages 100 at a time.
 */
export const MAX_LIMIT = 10_000
/** Largest `offset`: far beyond any list we hold, well inside PostgreSQL's bigint. */
export const MAX_OFFSET = 100_000_000
/** Nesting of a JSON body (Medusa's deepest, promotion rules, need 5). */
export const MAX_BODY_DEPTH = 12
/** Nesting inside a `metadata` object. */
export const MAX_METADATA_DEPTH = 5
/** A path segment (an id, a handle, a file name) longer than a file name may be on disk. */
export const MAX_PATH_SEGMENT_BYTES = 255
/** A calendar year outside this range is a typo or an attack, never a date we hold. */
export const MIN_YEAR = 1900
export const MAX_YEAR = 2999

export type BadInput = { field: string; message: string }

const NUL = "\u0000"
/** Looks like an ISO date: `2026-05-01`, `2026-05-01T08:00:00Z`, `+275760-09-13`, `12345-01-01`. */
const ISO_DATE = /^([+-]?\d{4,})-(\d{2})-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/
const ORDER_FIELD = /^-?[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*$/
const DIGITS = /^\d+$/

/** A date string's year is a plain four-digit year inside [MIN_YEAR, MAX_YEAR]; other strings pass. */
export function dateStringProblem(value: string): string | undefined {
  const match = ISO_DATE.exec(value)
  if (!match) return undefined
  const year = match[1]!
  if (!/^\d{4}$/.test(year) || Number(year) < MIN_YEAR || Number(year) > MAX_YEAR) {
    return `a date between ${MIN_YEAR} and ${MAX_YEAR} (YYYY-MM-DD), not ${value.slice(0, 40)}`
  }
  if (Number.isNaN(Date.parse(value.replace(" ", "T")))) return `a real calendar date, not ${value.slice(0, 40)}`
  return undefined
}

function stringProblem(value: string): string | undefined {
  if (value.includes(NUL)) return "must not contain a null character (\\u0000)"
  const date = dateStringProblem(value)
  return date ? `must be ${date}` : undefined
}

const join = (parent: string, key: string | number) =>
  typeof key === "number" ? `${parent}[${key}]` : parent ? `${parent}.${key}` : key

/** Walks a query object (qs-parsed: strings, arrays, objects) for null bytes and impossible dates. */
function walkQuery(value: unknown, field: string): BadInput | undefined {
  if (typeof value === "string") {
    const problem = stringProblem(value)
    return problem ? { field, message: `${field}: ${problem}` } : undefined
  }
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) {
      const bad = walkQuery(item, `${field}[${i}]`)
      if (bad) return bad
    }
  } else if (value && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) {
      const name = field ? `${field}[${key}]` : key
      if (key.includes(NUL)) return { field: name, message: `${name}: a parameter name must not contain a null character` }
      const bad = walkQuery(item, name)
      if (bad) return bad
    }
  }
  return undefined
}

function pagingProblem(query: Record<string, unknown>): BadInput | undefined {
  for (const [field, max] of [
    ["limit", MAX_LIMIT],
    ["offset", MAX_OFFSET],
  ] as const) {
    const value = query[field]
    if (value === undefined) continue
    if (typeof value !== "string" || !DIGITS.test(value) || Number(value) > max) {
      return { field, message: `${field}: a whole number from 0 to ${max}` }
    }
  }
  const order = query.order
  if (order !== undefined && (typeof order !== "string" || order.length > 100 || !ORDER_FIELD.test(order))) {
    return { field: "order", message: "order: one field name, optionally prefixed by - for descending (e.g. -created_at)" }
  }
  return undefined
}

/** Refused query input, or undefined. `query` is Express's parsed query (qs). */
export function badQuery(query: Record<string, unknown>): BadInput | undefined {
  return walkQuery(query, "") ?? pagingProblem(query)
}

/**
 * Refused path: a segment that decodes to a null byte (ids reach PostgreSQL
 * as they are) or that is longer than MAX_PATH_SEGMENT_BYTES (the local file
 * provider turns an upload id into a file name: ENAMETOOLONG).
 */
export function badPath(path: string): BadInput | undefined {
  for (const segment of path.split("/")) {
    let decoded = segment
    try {
      decoded = decodeURIComponent(segment)
    } catch {
      return { field: "path", message: `path: "${segment.slice(0, 40)}" is not valid percent-encoding` }
    }
    if (decoded.includes(NUL)) return { field: "path", message: "path: an id must not contain a null character (%00)" }
    if (Buffer.byteLength(decoded) > MAX_PATH_SEGMENT_BYTES) {
      return { field: "path", message: `path: a segment of at most ${MAX_PATH_SEGMENT_BYTES} bytes, not "${decoded.slice(0, 20)}…"` }
    }
  }
  return undefined
}

/**
 * Refused JSON body input: null bytes, impossible dates, numbers beyond
 * exact integers (1e308), fractional quantities, nesting deeper than a form
 * could produce (and metadata deeper than MAX_METADATA_DEPTH).
 */
export function badBody(body: unknown): BadInput | undefined {
  const walk = (value: unknown, field: string, depth: number, metadataDepth: number | undefined, key: string): BadInput | undefined => {
    const name = field || "body"
    if (typeof value === "string") {
      const problem = stringProblem(value)
      return problem ? { field: name, message: `${name}: ${problem}` } : undefined
    }
    if (typeof value === "number") {
      if (!Number.isFinite(value) || Math.abs(value) > Number.MAX_SAFE_INTEGER) {
        return { field: name, message: `${name}: a number between -${Number.MAX_SAFE_INTEGER} and ${Number.MAX_SAFE_INTEGER}` }
      }
      if (key === "quantity" && !Number.isInteger(value)) {
        return { field: name, message: `${name}: a whole number of units, not ${value}` }
      }
      return undefined
    }
    if (!value || typeof value !== "object") return undefined
    if (depth > MAX_BODY_DEPTH) return { field: name, message: `${name}: nested deeper than ${MAX_BODY_DEPTH} levels` }
    if (metadataDepth !== undefined && metadataDepth > MAX_METADATA_DEPTH) {
      return { field: name, message: `${name}: metadata nested deeper than ${MAX_METADATA_DEPTH} levels` }
    }
    const inMetadata = (k: string) => (metadataDepth !== undefined ? metadataDepth + 1 : k === "metadata" ? 1 : undefined)
    if (Array.isArray(value)) {
      for (const [i, item] of value.entries()) {
        const bad = walk(item, join(field, i), depth + 1, metadataDepth !== undefined ? metadataDepth + 1 : undefined, key)
        if (bad) return bad
      }
      return undefined
    }
    for (const [k, item] of Object.entries(value)) {
      const child = join(field, k)
      if (k.includes(NUL)) return { field: child, message: `${child}: a field name must not contain a null character` }
      const bad = walk(item, child, depth + 1, inMetadata(k), k)
      if (bad) return bad
    }
    return undefined
  }
  return walk(body, "", 0, undefined, "")
}

/**
 * A date field for our zod validators: an ISO date string (`2026-05-01` or a
 * full timestamp) inside [MIN_YEAR, MAX_YEAR], turned into a Date. Unlike
 * `z.coerce.date()` it refuses `null`, `true` and numbers, which coercion
 * would quietly turn into dates in 1970.
 */
export const isoDate = z
  .string({ error: "a date (YYYY-MM-DD or an ISO timestamp)" })
  .refine((value) => ISO_DATE.test(value) && !dateStringProblem(value), {
    error: `a date between ${MIN_YEAR} and ${MAX_YEAR} (YYYY-MM-DD or an ISO timestamp)`,
  })
  .transform((value) => new Date(value))
