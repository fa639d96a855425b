import {
  countyByHandle,
  type CountyInfo,
  isCertificateValidOn,
  type Locale,
  type ProductOriginMetadata,
  type StoreProductCertificate,
  type StoreProductSupplier,
} from "@fupin/shared"
import type { HttpTypes } from "@medusajs/types"

/**
 * Pure helpers that turn a Medusa store product into what the shop displays.
 * Typed structurally so they accept HttpTypes.StoreProduct and plain test objects alike.
 */

type Metadata = Record<string, unknown> | null | undefined

export interface ProductTextLike {
  title: string
  subtitle?: string | null
  description?: string | null
  metadata?: Metadata
}

export interface VariantPriceLike {
  calculated_price?: {
    calculated_amount?: number | null
    original_amount?: number | null
  } | null
}

export const PLACEHOLDER_IMAGE = "/images/products/placeholder.svg"

function nonEmptyString(value: unknown): string | undefined {
  return typeof value === "string" && value.trim() !== "" ? value.trim() : undefined
}

/** The origin metadata the demo data writes, ignoring keys of the wrong type. */
export function readOriginMetadata(metadata: Metadata): ProductOriginMetadata {
  if (!metadata || typeof metadata !== "object") return {}
  const result: ProductOriginMetadata = {}
  const county = nonEmptyString(metadata.county_handle)
  const township = nonEmptyString(metadata.township)
  const titleEn = nonEmptyString(metadata.title_en)
  const descriptionEn = nonEmptyString(metadata.description_en)
  if (county) result.county_handle = county
  if (township) result.township = township
  if (titleEn) result.title_en = titleEn
  if (descriptionEn) result.description_en = descriptionEn
  if (metadata.demo === true || metadata.demo === "true") result.demo = true
  return result
}

/** Chinese title, or metadata.title_en on English pages when the product has one. */
export function productTitle(product: ProductTextLike, locale: Locale): string {
  if (locale === "en") return readOriginMetadata(product.metadata).title_en ?? product.title
  return product.title
}

/** Chinese description, or metadata.description_en on English pages when present. */
export function productDescription(product: ProductTextLike, locale: Locale): string | null {
  if (locale === "en") {
    const en = readOriginMetadata(product.metadata).description_en
    if (en) return en
  }
  return nonEmptyString(product.description) ?? null
}

/** The subtitle is Chinese only; English pages omit it rather than mix languages under an English title. */
export function productSubtitle(product: ProductTextLike, locale: Locale): string | null {
  if (locale === "en" && readOriginMetadata(product.metadata).title_en) return null
  return nonEmptyString(product.subtitle) ?? null
}

export interface ProductOrigin {
  county: CountyInfo
  /** "寻甸" / "Xundian": for cards */
  shortName: string
  /** "寻甸回族彝族自治县" / "Xundian Hui and Yi Autonomous County" */
  fullName: string
  /** township in Chinese (the data has no English form) */
  township: string | null
}

/** The marketplace's source counties, in the order the shop names them: 东川, 寻甸, 禄劝. */
export const SOURCE_COUNTIES: readonly CountyInfo[] = ["dongchuan", "xundian", "luquan"]
  .map((handle) => countyByHandle(handle))
  .filter((county): county is CountyInfo => county?.delisted_poverty_county === true)

/** "寻甸" in Chinese, "Xundian" in English. */
export function countyShortName(county: CountyInfo, locale: Locale): string {
  return locale === "zh" ? county.short_zh : (county.name_en.split(" ")[0] ?? county.name_en)
}

/** Where the product comes from, when its county handle is one of Kunming's counties. */
export function productOrigin(metadata: Metadata, locale: Locale): ProductOrigin | null {
  const meta = readOriginMetadata(metadata)
  const county = meta.county_handle ? countyByHandle(meta.county_handle) : undefined
  if (!county) return null
  return {
    county,
    shortName: countyShortName(county, locale),
    fullName: locale === "zh" ? county.name_zh : county.name_en,
    township: meta.township ?? null,
  }
}

/** Category name: Chinese `name`, or `metadata.name_en` on English pages. */
export function categoryName(category: { name: string; metadata?: Metadata }, locale: Locale): string {
  if (locale === "en") return nonEmptyString(category.metadata?.name_en) ?? category.name
  return category.name
}

export interface VariantPrice {
  /** what the customer pays, CNY major units */
  amount: number
  /** the price before a sale, when higher than amount */
  original: number | null
}

/** A variant's price in the region, or null when the backend sent none. */
export function variantPrice(variant: VariantPriceLike): VariantPrice | null {
  const amount = variant.calculated_price?.calculated_amount
  if (typeof amount !== "number" || !Number.isFinite(amount)) return null
  const original = variant.calculated_price?.original_amount
  return {
    amount,
    original: typeof original === "number" && Number.isFinite(original) && original > amount ? original : null,
  }
}

export interface PriceRange {
  min: number
  max: number
}

/** Lowest and highest variant price, ignoring variants without a price; null if none has one. */
export function priceRange(variants: readonly VariantPriceLike[] | null | undefined): PriceRange | null {
  let range: PriceRange | null = null
  for (const variant of variants ?? []) {
    const price = variantPrice(variant)
    if (!price) continue
    range = range
      ? { min: Math.min(range.min, price.amount), max: Math.max(range.max, price.amount) }
      : { min: price.amount, max: price.amount }
  }
  return range
}

/**
 * An image URL safe to put in <img src>: storefront paths ("/images/…") and absolute
 * http(s) URLs pass; anything else (empty, relative, javascript:, data:) becomes the placeholder.
 */
export function resolveImageUrl(src: string | null | undefined): string {
  const value = src?.trim()
  if (!value) return PLACEHOLDER_IMAGE
  if (value.startsWith("/") && !value.startsWith("//")) return value
  try {
    const url = new URL(value)
    if (url.protocol === "http:" || url.protocol === "https:") return url.toString()
  } catch {
    // not a URL
  }
  return PLACEHOLDER_IMAGE
}

/** Thumbnail first, then the other images, each URL once; at least the placeholder. */
export function productImages(product: {
  thumbnail?: string | null
  images?: readonly { url: string }[] | null
}): string[] {
  const candidates = [product.thumbnail, ...(product.images ?? []).map((i) => i.url)]
  const urls: string[] = []
  for (const candidate of candidates) {
    if (!candidate?.trim()) continue
    const url = resolveImageUrl(candidate)
    if (!urls.includes(url)) urls.push(url)
  }
  return urls.length ? urls : [PLACEHOLDER_IMAGE]
}

/** Variants cheapest first (as Chinese shops list SKUs); variants without a price last; ties keep their order. */
export function sortVariantsByPrice<T extends VariantPriceLike>(variants: readonly T[] | null | undefined): T[] {
  return (variants ?? [])
    .map((variant, index) => ({ variant, index, amount: variantPrice(variant)?.amount ?? Number.POSITIVE_INFINITY }))
    .sort((a, b) => a.amount - b.amount || a.index - b.index)
    .map((entry) => entry.variant)
}

type WithLinks = {
  certificate?: StoreProductCertificate | StoreProductCertificate[] | null
  supplier?: StoreProductSupplier | StoreProductSupplier[] | null
}

/** A store product with its certificate and supplier links (`fields=*certificate,*supplier`). */
export type CatalogueVariant = HttpTypes.StoreProductVariant & { inventory_quantity?: number | null }
export type CatalogueProduct = Omit<HttpTypes.StoreProduct, "variants"> & { variants: CatalogueVariant[] | null } & WithLinks

function one<T>(value: T | T[] | null | undefined): T | null {
  if (Array.isArray(value)) return value[0] ?? null
  return value ?? null
}

export function productCertificate(product: WithLinks): StoreProductCertificate | null {
  const cert = one(product.certificate)
  return cert && typeof cert.number === "string" ? cert : null
}

export function productSupplier(product: WithLinks): StoreProductSupplier | null {
  const supplier = one(product.supplier)
  return supplier && typeof supplier.id === "string" ? supplier : null
}

/** The product's certificate is valid on `on` (the shared rule, isCertificateValidOn): for "certified" badges and filters. */
export function isCertifiedNow(product: WithLinks, on: Date = new Date()): boolean {
  const cert = productCertificate(product)
  return !!cert && isCertificateValidOn(cert, on)
}

/** metadata.featured (national catalogue entries such as 东川面条, 寻甸牛干巴). */
export function isFeatured(product: { metadata?: Metadata }): boolean {
  const featured = product.metadata?.featured
  return featured === true || featured === "true"
}

/** metadata.gi: a geographical-indication product. */
export function isGeographicalIndication(product: { metadata?: Metadata }): boolean {
  const gi = product.metadata?.gi
  return gi === true || gi === "true"
}

export interface StockLike {
  manage_inventory?: boolean | null
  allow_backorder?: boolean | null
  inventory_quantity?: number | null
}

/** How many a shopper may put in the cart: null means no limit (stock not managed or backorders allowed). */
export function availableQuantity(variant: StockLike): number | null {
  if (variant.manage_inventory === false || variant.allow_backorder === true) return null
  const qty = variant.inventory_quantity
  if (typeof qty !== "number" || !Number.isFinite(qty)) return null
  return Math.max(0, Math.floor(qty))
}

/** How people name a county in a sentence: 寻甸县, 东川区, 安宁市 / Xundian County, Dongchuan District. */
export function countyCommonName(county: CountyInfo, locale: Locale): string {
  if (locale === "en") {
    const [first = county.name_en] = county.name_en.split(" ")
    const kind = county.name_en.endsWith("District") ? "District" : county.name_en.endsWith("City") ? "City" : "County"
    return `${first} ${kind}`
  }
  const last = county.name_zh.slice(-1)
  return `${county.short_zh}${last === "区" || last === "市" ? last : "县"}`
}

/** Each delisted county's signature product (the hero shows their pictures): 东川面条, 寻甸牛干巴, 禄劝苦荞米. */
export const SIGNATURE_PRODUCT_HANDLES: readonly string[] = ["dongchuan-noodles", "xundian-dried-beef", "luquan-tartary-buckwheat"]

/**
 * The home page's picks: national-catalogue products (metadata.featured), then the
 * counties' signature products, then geographical-indication products from the
 * delisted counties, each once, at most `limit`.
 */
export function homePicks<T extends { handle: string; metadata?: Metadata }>(catalogue: readonly T[], limit = 8): T[] {
  const delisted = new Set(SOURCE_COUNTIES.map((c) => c.handle))
  const ordered = [
    ...catalogue.filter((p) => isFeatured(p)),
    ...SIGNATURE_PRODUCT_HANDLES.map((h) => catalogue.find((p) => p.handle === h)).filter((p): p is T => !!p),
    ...catalogue.filter((p) => isGeographicalIndication(p) && delisted.has(readOriginMetadata(p.metadata).county_handle ?? "")),
  ]
  const picks: T[] = []
  for (const p of ordered) {
    if (picks.length >= limit) break
    if (!picks.includes(p)) picks.push(p)
  }
  return picks
}
