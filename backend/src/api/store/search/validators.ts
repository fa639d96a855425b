import { z } from "@medusajs/framework/zod"
import { CATALOGUE_SORTS, SEARCH_PRICE_BANDS, SEARCH_QUERY_MAX_LENGTH, SEARCH_SORTS, type SearchPriceBandKey } from "@fupin/shared"

const q = z
  .string({ error: "q: enter something to search for" })
  .trim()
  .min(1, "q: enter something to search for")
  .max(SEARCH_QUERY_MAX_LENGTH, `q: at most ${SEARCH_QUERY_MAX_LENGTH} characters`)

const handle = (field: string) =>
  z
    .string()
    .trim()
    .max(100, `${field}: at most 100 characters`)
    .regex(/^[a-z0-9-]+$/, `${field}: a handle of lower-case letters, digits and dashes`)

/** One value or several: comma-separated (county=xundian,luquan) or repeated; de-duplicated. */
const list = <O extends string>(field: string, item: z.ZodType<O, string>) =>
  z
    .union([z.string(), z.array(z.string())], { error: `${field}: one value or a comma-separated list` })
    .transform((v) => [...new Set((Array.isArray(v) ? v : [v]).flatMap((s) => s.split(",")).map((s) => s.trim()).filter(Boolean))])
    .pipe(z.array(item).min(1, `${field}: at least one value`).max(20, `${field}: at most 20 values`))

const BAND_KEYS = SEARCH_PRICE_BANDS.map((b) => b.key) as [SearchPriceBandKey, ...SearchPriceBandKey[]]

const price = (field: string) =>
  z.coerce.number({ error: `${field}: a number of yuan` }).min(0, `${field}: not negative`).max(1_000_000, `${field}: too large`)

/** The filters and page of a product list, shared by search and the catalogue's browse pages. */
const listFilters = {
  county: list("county", handle("county")).optional(),
  category: list("category", handle("category")).optional(),
  price_band: list("price_band", z.enum(BAND_KEYS, { error: `price_band: one of ${BAND_KEYS.join(", ")}` })).optional(),
  certified: z
    .enum(["true", "false"], { error: "certified: true or false" })
    .transform((v) => v === "true")
    .optional(),
  min_price: price("min_price").optional(),
  max_price: price("max_price").optional(),
  limit: z.coerce.number().int().min(1, "limit: 1 to 100").max(100, "limit: 1 to 100").default(20),
  offset: z.coerce.number().int().min(0, "offset: 0 or more").max(10_000, "offset: at most 10000").default(0),
}

const priceOrder = (v: { min_price?: number; max_price?: number }) =>
  v.min_price === undefined || v.max_price === undefined || v.min_price <= v.max_price
const PRICE_ORDER = { message: "max_price: must not be below min_price", path: ["max_price"] }

/** GET /store/search */
export const StoreSearchProducts = z
  .object({
    q,
    ...listFilters,
    sort: z.enum(SEARCH_SORTS, { error: `sort: one of ${SEARCH_SORTS.join(", ")}` }).optional(),
  })
  .strict()
  .refine(priceOrder, PRICE_ORDER)

/** GET /store/catalogue: the same filters without a query text, newest first by default. */
export const StoreBrowseCatalogue = z
  .object({
    ...listFilters,
    sort: z.enum(CATALOGUE_SORTS, { error: `sort: one of ${CATALOGUE_SORTS.join(", ")}` }).optional(),
  })
  .strict()
  .refine(priceOrder, PRICE_ORDER)

export type StoreBrowseCatalogueType = z.infer<typeof StoreBrowseCatalogue>

export type StoreSearchProductsType = z.infer<typeof StoreSearchProducts>

/** GET /store/search/suggest */
export const StoreSearchSuggest = z
  .object({
    q,
    limit: z.coerce.number().int().min(1, "limit: 1 to 20").max(20, "limit: 1 to 20").default(8),
  })
  .strict()

export type StoreSearchSuggestType = z.infer<typeof StoreSearchSuggest>

/** GET /store/catalogue/shelves takes no parameters. */
export const StoreCatalogueShelves = z.object({}).strict()
