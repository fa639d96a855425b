import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, ProductStatus } from "@medusajs/framework/utils"
import { CURRENCY_CODE, countyByHandle, isCertificateValidOn } from "@fupin/shared"
import type { SearchSource } from "../../modules/product-search/lib/document"

/** What the indexer reads of a product through query.graph (product, prices, stock, certificate, supplier). */
export const SEARCH_SOURCE_FIELDS = [
  "id",
  "handle",
  "title",
  "subtitle",
  "description",
  "thumbnail",
  "status",
  "metadata",
  "categories.handle",
  "categories.name",
  "categories.metadata",
  // the groups above each kind (the demo's tree has two levels; a third is read too)
  "categories.parent_category.handle",
  "categories.parent_category.name",
  "categories.parent_category.metadata",
  "categories.parent_category.parent_category.handle",
  "categories.parent_category.parent_category.name",
  "categories.parent_category.parent_category.metadata",
  "variants.id",
  "variants.title",
  "variants.manage_inventory",
  "variants.allow_backorder",
  "variants.prices.amount",
  "variants.prices.currency_code",
  "variants.prices.min_quantity",
  "variants.inventory_items.inventory.location_levels.stocked_quantity",
  "variants.inventory_items.inventory.location_levels.reserved_quantity",
  "certificate.number",
  "certificate.status",
  "certificate.issued_at",
  "certificate.expires_at",
  "supplier.id",
  "supplier.legal_name",
  "supplier.status",
]

type Meta = Record<string, unknown> | null | undefined
type GraphCategory = { handle: string; name: string; metadata?: Meta; parent_category?: GraphCategory | null }
type GraphProduct = {
  id: string
  handle: string
  title: string
  subtitle?: string | null
  description?: string | null
  thumbnail?: string | null
  status: string
  metadata?: Meta
  categories?: Array<GraphCategory | null> | null
  variants?: Array<{
    id: string
    title: string
    manage_inventory?: boolean | null
    allow_backorder?: boolean | null
    prices?: Array<{ amount: number | string; currency_code: string; min_quantity?: number | null } | null> | null
    inventory_items?: Array<{
      inventory?: { location_levels?: Array<{ stocked_quantity: number | string; reserved_quantity: number | string } | null> | null } | null
    } | null> | null
  } | null> | null
  certificate?: { number: string; status: string; issued_at: string | Date; expires_at: string | Date } | null
  supplier?: { id: string; legal_name: string; status?: string } | null
}

const str = (v: unknown) => (typeof v === "string" && v.trim() ? v : null)
const iso = (v: string | Date) => new Date(v).toISOString()

/**
 * May the storefront sell this product now? Published, and its certificate
 * certified and within its dates (the certification domain's rule: a product
 * without a certificate cannot be ordered).
 */
export function isSellable(product: Pick<GraphProduct, "status" | "certificate">, on = new Date()): boolean {
  if (product.status !== ProductStatus.PUBLISHED) return false
  const cert = product.certificate
  return !!cert && isCertificateValidOn({ status: cert.status, issued_at: cert.issued_at, expires_at: cert.expires_at }, on)
}

function toSource(p: GraphProduct): SearchSource {
  const meta = p.metadata ?? {}
  const county = countyByHandle(String(meta.county_handle ?? ""))
  const variants = (p.variants ?? []).filter((v): v is NonNullable<typeof v> => !!v)
  const categories = (p.categories ?? []).filter((c): c is NonNullable<typeof c> => !!c)
  const named = (c: GraphCategory) => ({ handle: c.handle, name: c.name, name_en: str((c.metadata ?? {}).name_en) })
  const popularity = (meta.featured ? 4 : 0) + (meta.showcase ? 2 : 0) + (meta.gi ? 1 : 0)
  return {
    id: p.id,
    handle: p.handle,
    title: p.title,
    title_en: str(meta.title_en),
    subtitle: str(p.subtitle),
    description: str(p.description),
    description_en: str(meta.description_en),
    thumbnail: str(p.thumbnail),
    county: county ? { handle: county.handle, name_zh: county.short_zh, full_zh: county.name_zh, name_en: county.name_en } : null,
    township: str(meta.township),
    supplier: p.supplier && p.supplier.status !== "rejected" ? { id: p.supplier.id, name: p.supplier.legal_name } : null,
    categories: categories.map(named),
    category_groups: categories.flatMap((c) => {
      const groups: SearchSource["category_groups"] = []
      for (let g = c.parent_category; g; g = g.parent_category) groups.push(named(g))
      return groups
    }),
    variants: variants.map((v) => {
      const prices = (v.prices ?? [])
        .filter((pr): pr is NonNullable<typeof pr> => !!pr && pr.currency_code === CURRENCY_CODE && (pr.min_quantity ?? 1) <= 1)
        .map((pr) => Number(pr.amount))
      const available = (v.inventory_items ?? []).reduce(
        (sum, item) =>
          sum +
          (item?.inventory?.location_levels ?? []).reduce(
            (s, l) => s + (l ? Number(l.stocked_quantity) - Number(l.reserved_quantity) : 0),
            0
          ),
        0
      )
      return {
        id: v.id,
        title: v.title,
        price: prices.length ? Math.min(...prices) : null,
        in_stock: !v.manage_inventory || !!v.allow_backorder || available > 0,
      }
    }),
    certificate: p.certificate
      ? { number: p.certificate.number, status: p.certificate.status, issued_at: iso(p.certificate.issued_at), expires_at: iso(p.certificate.expires_at) }
      : null,
    popularity,
  }
}

/**
 * Reads products for the index. Returns the sellable ones as search sources and
 * the ids that must leave the index (unpublished, uncertified, expired, deleted).
 */
export async function loadSearchSources(
  container: MedusaContainer,
  productIds: string[]
): Promise<{ sources: SearchSource[]; remove_ids: string[] }> {
  if (!productIds.length) return { sources: [], remove_ids: [] }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "product", fields: SEARCH_SOURCE_FIELDS, filters: { id: productIds } })
  const products = data as unknown as GraphProduct[]
  const now = new Date()
  const sellable = products.filter((p) => isSellable(p, now))
  const keep = new Set(sellable.map((p) => p.id))
  return { sources: sellable.map(toSource), remove_ids: productIds.filter((id) => !keep.has(id)) }
}
