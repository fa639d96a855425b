import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  isAboveMarket,
  isCertificateValidOn,
  type SupplierChangeRequestDTO,
  type SupplierPriceCheck,
  type SupplierProductDTO,
} from "@fupin/shared"
import { readEnv } from "../../config/env"

export const LISTING_FIELDS = [
  "id",
  "handle",
  "title",
  "description",
  "status",
  "thumbnail",
  "created_at",
  "updated_at",
  "images.url",
  "categories.id",
  "categories.handle",
  "variants.id",
  "variants.title",
  "variants.sku",
  "variants.weight",
  "variants.prices.amount",
  "variants.prices.currency_code",
  "variants.inventory_items.inventory_item_id",
  "variants.inventory_items.inventory.location_levels.stocked_quantity",
  "variants.inventory_items.inventory.location_levels.location_id",
  "certificate.id",
  "certificate.number",
  "certificate.status",
  "certificate.issued_at",
  "certificate.expires_at",
  "certificate.status_reason",
  "supplier.status",
]

type PriceRow = { amount: number | string; currency_code: string }
type LevelRow = { stocked_quantity: number; location_id: string }
export type VariantRow = {
  id: string
  title: string
  sku: string | null
  weight: number | null
  prices?: PriceRow[] | null
  inventory_items?: Array<{ inventory_item_id: string; inventory?: { location_levels?: LevelRow[] | null } | null } | null> | null
}
export type ListingRow = {
  id: string
  handle: string
  title: string
  description: string | null
  status: SupplierProductDTO["status"]
  thumbnail: string | null
  created_at: string
  updated_at: string
  images?: Array<{ url: string } | null> | null
  categories?: Array<{ id: string; handle: string } | null> | null
  variants?: VariantRow[] | null
  certificate?: { id: string; number: string; status: string; issued_at: string; expires_at: string; status_reason: string | null } | null
  supplier?: { status?: string } | null
}

export const cnyPrice = (v: VariantRow): number => Number(v.prices?.find((p) => p.currency_code === "cny")?.amount ?? 0)
export const stockOf = (v: VariantRow): number =>
  (v.inventory_items ?? []).reduce((sum, i) => sum + (i?.inventory?.location_levels ?? []).reduce((s, l) => s + Number(l.stocked_quantity ?? 0), 0), 0)

export function toListing(row: ListingRow, pending: SupplierChangeRequestDTO | null): SupplierProductDTO {
  const cert = row.certificate ?? null
  const onSale =
    row.status === "published" && !!cert && isCertificateValidOn(cert as Parameters<typeof isCertificateValidOn>[0]) && row.supplier?.status === "approved"
  return {
    id: row.id,
    handle: row.handle,
    title: row.title,
    description: row.description ?? null,
    status: row.status,
    on_sale: onSale,
    category_handle: row.categories?.[0]?.handle ?? null,
    thumbnail: row.thumbnail ?? null,
    images: (row.images ?? []).filter((i): i is { url: string } => !!i).map((i) => ({ url: i.url, file_id: null })),
    variants: (row.variants ?? []).map((v) => ({
      id: v.id,
      title: v.title,
      sku: v.sku ?? null,
      weight_g: v.weight ?? null,
      pack: v.title,
      price: cnyPrice(v),
      stock: stockOf(v),
    })),
    certificate: cert
      ? { id: cert.id, number: cert.number, status: cert.status as NonNullable<SupplierProductDTO["certificate"]>["status"], expires_at: cert.expires_at, status_reason: cert.status_reason ?? null }
      : null,
    pending_change: pending,
    created_at: row.created_at,
    updated_at: row.updated_at,
  }
}

export const CHANGE_REQUEST_FIELDS = ["id", "product_id", "kind", "changes", "previous", "status", "reason", "reviewed_at", "created_at"]

/** This supplier's products as the portal shows them, with their newest pending change request. */
export async function listings(container: MedusaContainer, productIds: string[]): Promise<SupplierProductDTO[]> {
  if (!productIds.length) return []
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: rows }, { data: pending }] = await Promise.all([
    query.graph({ entity: "product", fields: LISTING_FIELDS, filters: { id: productIds } }),
    query.graph({ entity: "product_change_request", fields: CHANGE_REQUEST_FIELDS, filters: { product_id: productIds, status: "pending" } }),
  ])
  const pendingOf = (id: string) =>
    ((pending as unknown as SupplierChangeRequestDTO[]).filter((p) => p.product_id === id).sort((a, b) => String(b.created_at).localeCompare(String(a.created_at)))[0] ?? null)
  const byId = new Map((rows as unknown as ListingRow[]).map((r) => [r.id, r]))
  return productIds.map((id) => byId.get(id)).filter((r): r is ListingRow => !!r).map((r) => toListing(r, pendingOf(r.id)))
}

/**
 * The price check: each variant's price against the average price of the
 * same kind (category) and unit (grams per pack) among published products
 * on the marketplace (other than the variant itself); flagged when more than
 * PRICE_CHECK_MARGIN above.
 */
export async function priceCheck(container: MedusaContainer, product: SupplierProductDTO, categoryId: string | null): Promise<SupplierPriceCheck[]> {
  return (await priceChecks(container, [{ categoryId, variants: product.variants }]))[0]!
}

/** What the price check needs of a listing: its kind and each pack's price and grams. */
export type PriceCheckInput = { categoryId: string | null; variants: Array<{ id: string; price: number; weight_g: number | null }> }

/** The price check of several listings with one query (the operator's inbox checks every listing at once). */
export async function priceChecks(container: MedusaContainer, items: PriceCheckInput[]): Promise<SupplierPriceCheck[][]> {
  const margin = readEnv(process.env, { needsDatabase: false }).priceCheckMargin
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const weights = [...new Set(items.flatMap((i) => i.variants.map((v) => v.weight_g)).filter((w): w is number => w !== null))]
  const { data } = weights.length
    ? await query.graph({
        entity: "product_variant",
        fields: ["id", "weight", "prices.amount", "prices.currency_code", "product.status", "product.categories.id"],
        filters: { weight: weights },
      })
    : { data: [] }
  type Row = VariantRow & { product?: { status?: string; categories?: Array<{ id: string } | null> | null } | null }
  const published = (data as unknown as Row[]).filter((r) => r.product?.status === "published" && cnyPrice(r) > 0)
  return items.map(({ categoryId, variants }) => {
    const comparable = categoryId ? published.filter((r) => (r.product?.categories ?? []).some((c) => c?.id === categoryId)) : published
    return variants.map((v) => {
      const others = comparable.filter((r) => r.weight === v.weight_g && r.id !== v.id)
      const average = others.length ? Math.round((others.reduce((s, r) => s + cnyPrice(r), 0) / others.length) * 100) / 100 : null
      return { variant_id: v.id, price: v.price, market_average: average, compared: others.length, margin, above_market: isAboveMarket(v.price, average, margin) }
    })
  })
}
