import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { CertificateStatus } from "@fupin/shared"
import { supplierBlocksSale, supplierStatusOf, unsellableReason } from "../certification/sellable"

type Certificate = { number: string; status: CertificateStatus; issued_at: string | Date; expires_at: string | Date; county_handle?: string | null }
type Supplier = {
  legal_name?: string | null
  county_handle?: string | null
  status?: string | null
  supply_demand_file?: { minimum_order_quantity?: number | null; minimum_order_unit?: string | null } | null
}
type ProductRow = {
  id: string
  title: string
  status: string
  metadata: Record<string, unknown> | null
  certificate?: Certificate | null
  supplier?: Supplier | Supplier[] | null
}

/** Where a product comes from and whether it may be sold now. */
export type Provenance = {
  product_id: string
  title: string
  county_handle: string | null
  supplier_name: string | null
  /** a certificate valid today and a supplier in good standing */
  certified: boolean
  /** why not, zh + en (null when certified) */
  certified_problem: string | null
  /** published in the store */
  on_sale: boolean
  /** the supplier's supply/demand file minimum (a whole-order figure in 公斤/吨/箱), when it has one */
  supplier_minimum: { quantity: number; unit: string } | null
  /** product metadata min_order_quantity (units per line), when set */
  min_quantity: number | null
  /** product metadata pack_size (units per case), when set */
  pack_size: number | null
}

/**
 * The county of a product, as impact attribution finds it: its certificate's
 * county, else its supplier's, else the county in its metadata.
 */
export function countyOf(product: { certificate?: { county_handle?: string | null } | null; supplier?: Supplier | Supplier[] | null; metadata?: Record<string, unknown> | null }): string | null {
  const supplier = Array.isArray(product.supplier) ? product.supplier[0] : product.supplier
  return (
    product.certificate?.county_handle ??
    supplier?.county_handle ??
    (typeof product.metadata?.county_handle === "string" ? product.metadata.county_handle : null)
  )
}

/** Provenance of many products in one query, by product id. */
export async function provenanceOf(container: MedusaContainer, productIds: string[], on: Date = new Date()): Promise<Map<string, Provenance>> {
  const out = new Map<string, Provenance>()
  const ids = [...new Set(productIds)]
  if (!ids.length) return out
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: [
      "id",
      "title",
      "status",
      "metadata",
      "certificate.number",
      "certificate.status",
      "certificate.issued_at",
      "certificate.expires_at",
      "certificate.county_handle",
      "supplier.legal_name",
      "supplier.county_handle",
      "supplier.status",
      "supplier.supply_demand_file.minimum_order_quantity",
      "supplier.supply_demand_file.minimum_order_unit",
    ],
    filters: { id: ids },
  })
  for (const row of data as unknown as ProductRow[]) {
    const supplier = Array.isArray(row.supplier) ? row.supplier[0] : row.supplier
    const problem = unsellableReason(row.title, row.certificate, on)
    const blocked = supplierBlocksSale(supplierStatusOf(row.supplier ?? null))
    const file = supplier?.supply_demand_file
    const pack = Number(row.metadata?.pack_size)
    const min = Number(row.metadata?.min_order_quantity)
    out.set(row.id, {
      product_id: row.id,
      title: row.title,
      county_handle: countyOf(row),
      supplier_name: supplier?.legal_name ?? null,
      certified: !problem && !blocked,
      certified_problem: problem ?? (blocked ? `「${row.title}」的供应商已暂停或未通过审核 / supplier not in good standing` : null),
      on_sale: row.status === "published",
      min_quantity: Number.isInteger(min) && min > 1 ? min : null,
      supplier_minimum:
        file && typeof file.minimum_order_quantity === "number" && file.minimum_order_quantity > 0
          ? { quantity: file.minimum_order_quantity, unit: file.minimum_order_unit ?? "" }
          : null,
      pack_size: Number.isInteger(pack) && pack > 1 ? pack : null,
    })
  }
  return out
}

const GRAMS_PER: Record<string, number> = { 公斤: 1000, 千克: 1000, kg: 1000, 斤: 500, 吨: 1_000_000, t: 1_000_000, 克: 1, g: 1 }

/**
 * A supplier's minimum (供求信息档案) as the pad shows it: "50 公斤", with the
 * number of units of this variant it comes to when it is a weight. It is the
 * supplier's figure for a whole wholesale order, shown to the purchaser; the
 * per-line minimum the pad enforces is the product's own min_order_quantity.
 */
export function supplierMinimumNote(minimum: Provenance["supplier_minimum"], variantWeightGrams: number | null | undefined): string | null {
  if (!minimum) return null
  const grams = GRAMS_PER[minimum.unit.trim()] ?? GRAMS_PER[minimum.unit.trim().toLowerCase()]
  const units = grams && variantWeightGrams && variantWeightGrams > 0 ? Math.ceil((minimum.quantity * grams) / variantWeightGrams) : null
  return `供应商起订量 ${minimum.quantity} ${minimum.unit}${units ? `（约 ${units} 件）` : ""} / supplier minimum ${minimum.quantity} ${minimum.unit}${units ? ` (≈${units} units)` : ""}`
}
