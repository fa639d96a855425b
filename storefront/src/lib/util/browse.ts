import { isCertifiedNow, priceRange, readOriginMetadata, type CatalogueProduct } from "./product"

/**
 * The browse page's filters, read from and written to the URL so that a filtered
 * list can be shared and bookmarked: /zh/products?category=meat&county=xundian&certified=1&min=20&max=100&sort=price_asc&page=2
 */

export const BROWSE_SORTS = ["newest", "price_asc", "price_desc"] as const
export type BrowseSort = (typeof BROWSE_SORTS)[number]
export const BROWSE_PAGE_SIZE = 12

export interface BrowseParams {
  category: string | null
  county: string | null
  certified: boolean
  min: number | null
  max: number | null
  sort: BrowseSort
  page: number
}

type SearchParams = Record<string, string | string[] | undefined>

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value
}

function handle(value: string | undefined): string | null {
  const v = value?.trim()
  return v && /^[a-z0-9-]{1,64}$/.test(v) ? v : null
}

function amount(value: string | undefined): number | null {
  const v = value?.trim()
  if (!v) return null
  const n = Number(v)
  return Number.isFinite(n) && n >= 0 ? n : null
}

/** Reads the filters from search params; anything malformed is ignored rather than an error. */
export function parseBrowseParams(params: SearchParams): BrowseParams {
  const sort = first(params.sort)
  const page = Number(first(params.page))
  let min = amount(first(params.min))
  let max = amount(first(params.max))
  if (min !== null && max !== null && min > max) [min, max] = [max, min]
  return {
    category: handle(first(params.category)),
    county: handle(first(params.county)),
    certified: ["1", "true", "yes"].includes(first(params.certified) ?? ""),
    min,
    max,
    sort: (BROWSE_SORTS as readonly string[]).includes(sort ?? "") ? (sort as BrowseSort) : "newest",
    page: Number.isInteger(page) && page > 0 ? page : 1,
  }
}

/** The query string for `params` (defaults left out, so URLs stay short); "" when nothing is set. */
export function browseQuery(params: BrowseParams): string {
  const q = new URLSearchParams()
  if (params.category) q.set("category", params.category)
  if (params.county) q.set("county", params.county)
  if (params.certified) q.set("certified", "1")
  if (params.min !== null) q.set("min", String(params.min))
  if (params.max !== null) q.set("max", String(params.max))
  if (params.sort !== "newest") q.set("sort", params.sort)
  if (params.page > 1) q.set("page", String(params.page))
  const s = q.toString()
  return s ? `?${s}` : ""
}

/** Changes some filters; any change other than the page goes back to page 1. */
export function withBrowseParams(params: BrowseParams, patch: Partial<BrowseParams>): BrowseParams {
  const next = { ...params, ...patch }
  if (!("page" in patch)) next.page = 1
  return next
}

export function hasFilters(params: BrowseParams): boolean {
  return params.category !== null || params.county !== null || params.certified || params.min !== null || params.max !== null
}

type Browsable = Pick<CatalogueProduct, "id" | "metadata" | "variants" | "categories" | "certificate" | "created_at">

export interface BrowseResult<T> {
  items: T[]
  /** matches over all pages */
  count: number
  page: number
  pages: number
}

/**
 * Filters, sorts and pages the catalogue. A page past the end shows the last page.
 * `within`: the handles the category filter stands for (a group's own and its kinds',
 * lib/util/categories.ts handlesWithin); the category's handle alone when absent.
 */
export function browse<T extends Browsable>(
  products: readonly T[],
  params: BrowseParams,
  now: Date = new Date(),
  within?: ReadonlySet<string>
): BrowseResult<T> {
  const inCategory = params.category ? (within ?? new Set([params.category])) : null
  const matches = products.filter((p) => {
    if (inCategory && !(p.categories ?? []).some((c) => inCategory.has(c.handle))) return false
    if (params.county && readOriginMetadata(p.metadata).county_handle !== params.county) return false
    if (params.certified && !isCertifiedNow(p, now)) return false
    if (params.min !== null || params.max !== null) {
      const range = priceRange(p.variants)
      if (!range) return false
      // A product matches when one of its sizes is in the range.
      if (params.min !== null && range.max < params.min) return false
      if (params.max !== null && range.min > params.max) return false
    }
    return true
  })

  const lowest = (p: T) => priceRange(p.variants)?.min ?? null
  const sorted = matches
    .map((p, index) => ({ p, index }))
    .sort((a, b) => {
      if (params.sort === "newest") {
        const diff = new Date(b.p.created_at ?? 0).getTime() - new Date(a.p.created_at ?? 0).getTime()
        return diff || a.index - b.index
      }
      const pa = lowest(a.p)
      const pb = lowest(b.p)
      // Products without a price go last either way.
      if (pa === null || pb === null) return (pa === null ? 1 : 0) - (pb === null ? 1 : 0) || a.index - b.index
      return (params.sort === "price_asc" ? pa - pb : pb - pa) || a.index - b.index
    })
    .map((e) => e.p)

  const pages = Math.max(1, Math.ceil(sorted.length / BROWSE_PAGE_SIZE))
  const page = Math.min(params.page, pages)
  return {
    items: sorted.slice((page - 1) * BROWSE_PAGE_SIZE, page * BROWSE_PAGE_SIZE),
    count: sorted.length,
    page,
    pages,
  }
}
