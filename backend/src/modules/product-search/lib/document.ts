import { priceBandOf } from "@fupin/shared"
import { compact, normalize, pinyinForms, textGrams, vocabulary } from "./text"

/** What the indexer knows about a product, read from the catalogue (see workflows/search). */
export interface SearchSource {
  id: string
  handle: string
  title: string
  title_en: string | null
  subtitle: string | null
  description: string | null
  description_en: string | null
  thumbnail: string | null
  county: { handle: string; name_zh: string; full_zh?: string; name_en: string } | null
  township: string | null
  supplier: { id: string; name: string } | null
  /** the product's own kinds (leaves of the category tree) */
  categories: Array<{ handle: string; name: string; name_en: string | null }>
  /** the groups those kinds sit in (肉禽蛋品 above 牛肉制品), nearest first */
  category_groups: Array<{ handle: string; name: string; name_en: string | null }>
  variants: Array<{ id: string; title: string; price: number | null; in_stock: boolean }>
  certificate: { number: string; status: string; issued_at: string; expires_at: string } | null
  popularity: number
}

/** A row of the search index: display fields, facets, and the search forms of the text. */
export interface SearchDocumentRow {
  id: string
  handle: string
  title: string
  title_en: string | null
  subtitle: string | null
  description: string | null
  description_en: string | null
  thumbnail: string | null
  county_handle: string | null
  county_zh: string | null
  county_en: string | null
  township: string | null
  supplier_id: string | null
  supplier_name: string | null
  /** the kinds, then their groups: hits show them, facets count them, a filter on a group finds its kinds' products */
  categories: SearchSource["categories"]
  category_handles: string[]
  variants: Array<{ id: string; title: string; price: number | null }>
  price_min: number | null
  price_max: number | null
  price_band: string | null
  in_stock: boolean
  certified: boolean
  certificate: { number: string; status: string; expires_at: string } | null
  popularity: number
  title_norm: string
  title_grams: string[]
  /** the names of the product's own kinds: they count as its own text, like its title (牛肉 finds 寻甸牛干巴, a 牛肉制品) */
  category_text: string
  key_text: string
  key_grams: string[]
  body_text: string
  /** the supplier's name, searched apart: a match only there is the weakest (see engines/postgres.ts) */
  supplier_text: string
  supplier_grams: string[]
  body_grams: string[]
  py_title: string
  py_initials: string
  py_fuzzy: string
  py_key: string
  en_title: string
  en_text: string
  /** Latin-letter words of the title, county, township and categories, for typo correction (see lib/text.ts vocabulary) */
  vocab: string[]
}

const join = (parts: Array<string | null | undefined>) => parts.filter(Boolean).join(" ")

/** Builds the index row of a product: Chinese grams, pinyin, initials, price band, facets. */
export function toSearchDocument(source: SearchSource): SearchDocumentRow {
  const prices = source.variants.map((v) => v.price).filter((p): p is number => typeof p === "number")
  const priceMin = prices.length ? Math.min(...prices) : null
  const priceMax = prices.length ? Math.max(...prices) : null
  // kinds first, then their groups, each once (a product in two kinds of one group names the group once)
  const categories = [...source.categories, ...source.category_groups].filter(
    (c, i, all) => all.findIndex((o) => o.handle === c.handle) === i
  )
  const keyRaw = join([
    source.subtitle,
    source.county?.name_zh,
    source.county?.full_zh,
    source.township,
    ...categories.map((c) => c.name),
  ])
  const titlePinyin = pinyinForms(source.title)
  const keyPinyin = pinyinForms(join([source.county?.full_zh ?? source.county?.name_zh, source.township, ...categories.map((c) => c.name)]))
  return {
    id: source.id,
    handle: source.handle,
    title: source.title,
    title_en: source.title_en,
    subtitle: source.subtitle,
    description: source.description,
    description_en: source.description_en,
    thumbnail: source.thumbnail,
    county_handle: source.county?.handle ?? null,
    county_zh: source.county?.name_zh ?? null,
    county_en: source.county?.name_en ?? null,
    township: source.township,
    supplier_id: source.supplier?.id ?? null,
    supplier_name: source.supplier?.name ?? null,
    categories,
    category_handles: categories.map((c) => c.handle),
    variants: source.variants.map(({ id, title, price }) => ({ id, title, price })),
    price_min: priceMin,
    price_max: priceMax,
    price_band: priceMin === null ? null : priceBandOf(priceMin),
    in_stock: source.variants.some((v) => v.in_stock),
    certified: source.certificate?.status === "certified",
    certificate: source.certificate
      ? { number: source.certificate.number, status: source.certificate.status, expires_at: source.certificate.expires_at }
      : null,
    popularity: source.popularity,
    title_norm: compact(source.title),
    title_grams: textGrams(source.title),
    // one space between names, so that a word never spans two of them
    category_text: source.categories.map((c) => compact(c.name)).join(" "),
    key_text: compact(keyRaw),
    key_grams: textGrams(keyRaw),
    body_text: compact(source.description),
    body_grams: textGrams(source.description),
    supplier_text: compact(source.supplier?.name),
    supplier_grams: textGrams(source.supplier?.name),
    py_title: titlePinyin.full.replace(/ /g, ""),
    py_initials: titlePinyin.initials.replace(/ /g, ""),
    py_fuzzy: titlePinyin.suffixes,
    py_key: keyPinyin.full,
    en_title: normalize(source.title_en),
    en_text: normalize(
      join([source.title_en, source.county?.name_en, ...categories.map((c) => c.name_en), source.description_en])
    ),
    vocab: vocabulary([
      source.title,
      source.title_en,
      source.county?.full_zh ?? source.county?.name_zh,
      source.county?.name_en,
      source.township,
      ...categories.flatMap((c) => [c.name, c.name_en]),
    ]),
  }
}
