import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, getVariantAvailability, QueryContext } from "@medusajs/framework/utils"
import {
  countyByHandle,
  PAD_PROBLEM_LABELS,
  type PadLineInput,
  type PadProblem,
  type PadRowProblemDTO,
  type PadVariantDTO,
  unitPriceAt,
} from "@fupin/shared"
import { pricingContextOf, priceTiersOf } from "./price-tiers"
import { provenanceOf, supplierMinimumNote } from "./provenance"

/** Where prices and stock are read: the cart's (or the store's) region and sales channel. */
export type PadContext = {
  region_id: string
  currency_code: string
  sales_channel_id: string | null
  customer_id?: string | null
  /** the member's customer groups (institutional price lists have a customer-group rule) */
  customer_group_ids?: string[]
}

type VariantRow = {
  id: string
  sku: string | null
  title: string | null
  product_id: string
  weight: number | null
  manage_inventory: boolean
  product?: { weight?: number | null } | null
  calculated_price?: { calculated_amount?: number | null; currency_code?: string | null } | null
  price_set?: { id: string } | null
}

const VARIANT_FIELDS = [
  "id",
  "sku",
  "title",
  "product_id",
  "weight",
  "manage_inventory",
  "product.weight",
  "calculated_price.calculated_amount",
  "calculated_price.currency_code",
  "price_set.id",
]

/** SKUs compare case-insensitively and without surrounding spaces. */
export const skuKey = (sku: string) => sku.trim().toUpperCase()

/**
 * What a pad line needs per variant, for variants named by id, by SKU, or
 * found by product title through the store search: the price that will be
 * charged in this region, stock in this sales channel, county, pack size and
 * the supplier's minimum, and whether it may be sold.
 */
export async function padVariants(
  container: MedusaContainer,
  ctx: PadContext,
  by: { variant_ids?: string[]; skus?: string[]; product_ids?: string[] }
): Promise<PadVariantDTO[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const rows: VariantRow[] = []
  const context = { calculated_price: QueryContext(pricingContextOf(ctx)) }
  const read = async (filters: Record<string, unknown>) => {
    const { data } = await query.graph({ entity: "product_variant", fields: VARIANT_FIELDS, filters, context })
    rows.push(...(data as unknown as VariantRow[]))
  }
  if (by.variant_ids?.length) await read({ id: by.variant_ids })
  if (by.product_ids?.length) await read({ product_id: by.product_ids })
  if (by.skus?.length) {
    // SKUs are stored upper-case in the demo; also try them as typed
    const wanted = [...new Set(by.skus.flatMap((s) => [s.trim(), skuKey(s)]))]
    await read({ sku: wanted })
  }
  const unique = [...new Map(rows.map((r) => [r.id, r])).values()]
  if (!unique.length) return []

  const provenance = await provenanceOf(container, unique.map((r) => r.product_id))
  const tiers = await priceTiersOf(
    container,
    ctx,
    unique.flatMap((r) => (r.price_set?.id && typeof r.calculated_price?.calculated_amount === "number" ? [{ price_set_id: r.price_set.id, unit_price: r.calculated_price.calculated_amount }] : []))
  )
  const availability = ctx.sales_channel_id
    ? await getVariantAvailability(query, { variant_ids: unique.map((r) => r.id), sales_channel_id: ctx.sales_channel_id })
    : {}

  return unique.map((r) => {
    const p = provenance.get(r.product_id)
    const county = p?.county_handle ? countyByHandle(p.county_handle) : undefined
    const weight = r.weight ?? r.product?.weight ?? null
    const stock = r.manage_inventory ? (availability[r.id]?.availability ?? 0) : null
    return {
      variant_id: r.id,
      sku: r.sku,
      product_id: r.product_id,
      product_title: p?.title ?? "",
      variant_title: r.title,
      pack_size: p?.pack_size ?? 1,
      min_quantity: p?.min_quantity ?? 1,
      min_order_note: supplierMinimumNote(p?.supplier_minimum ?? null, weight),
      unit_price: typeof r.calculated_price?.calculated_amount === "number" ? r.calculated_price.calculated_amount : null,
      price_tiers: (r.price_set?.id && tiers.get(r.price_set.id)) || [],
      currency_code: r.calculated_price?.currency_code ?? ctx.currency_code,
      stock,
      county_handle: p?.county_handle ?? null,
      county_name: county?.name_zh ?? null,
      supplier_name: p?.supplier_name ?? null,
      certified: !!p?.certified,
      on_sale: !!p?.on_sale && typeof r.calculated_price?.calculated_amount === "number",
    }
  })
}

/** A line, resolved and checked: what addToCartWorkflow gets. */
export type GoodLine = {
  row: number
  variant: PadVariantDTO
  quantity: number
  requested_delivery_date: string | null
  canteen: string | null
}

export type PadCheck = { good: GoodLine[]; problems: PadRowProblemDTO[]; variants: Map<number, PadVariantDTO> }

const problem = (row: number, field: PadRowProblemDTO["field"], reason: PadProblem, detail?: string): PadRowProblemDTO => {
  const label = PAD_PROBLEM_LABELS[reason]
  return { row, field, reason, message: detail ? `${label.zh}：${detail} / ${label.en}: ${detail}` : `${label.zh} / ${label.en}` }
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/

/** Whether a requested delivery date is refused: not a real calendar day (YYYY-MM-DD), or before today in Kunming. */
export function deliveryDateProblem(value: string, today: Date = new Date()): boolean {
  const m = DATE.exec(value)
  if (!m) return true
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  const day = new Date(Date.UTC(y, mo - 1, d))
  if (day.getUTCFullYear() !== y || day.getUTCMonth() !== mo - 1 || day.getUTCDate() !== d) return true
  const kunmingToday = new Date(today.getTime() + 8 * 3600_000).toISOString().slice(0, 10)
  return value < kunmingToday
}

/** A quantity as typed: a number, or a string of digits (spaces and thousands separators allowed). */
function parseQuantity(value: unknown): { n: number | null; reason: PadProblem | null } {
  if (value === undefined || value === null || value === "") return { n: null, reason: "missing" }
  const n = typeof value === "number" ? value : Number(String(value).trim().replace(/[,，\s]/g, ""))
  if (!Number.isFinite(n)) return { n: null, reason: "not_a_number" }
  if (!Number.isInteger(n) || n <= 0) return { n, reason: "not_whole" }
  return { n, reason: null }
}

/**
 * Checks every line before anything reaches a cart: a known SKU or variant,
 * certified and on sale, a whole positive quantity, at least the supplier's
 * minimum, a multiple of the pack size, enough stock (over all lines of the
 * variant, plus what `alreadyInCart` holds), a valid delivery date, and no
 * line repeated (same variant, date and canteen). `rowOf` numbers the lines
 * (1-based in a request; the file's row numbers in an upload).
 */
export async function checkPadLines(
  container: MedusaContainer,
  ctx: PadContext,
  lines: Array<Omit<PadLineInput, "quantity"> & { quantity?: unknown }>,
  options: { rowOf?: (index: number) => number; alreadyInCart?: Map<string, number> } = {}
): Promise<PadCheck> {
  const rowOf = options.rowOf ?? ((i: number) => i + 1)
  const skus = lines.map((l) => l.sku?.trim()).filter((s): s is string => !!s)
  const ids = lines.map((l) => l.variant_id?.trim()).filter((s): s is string => !!s)
  const found = await padVariants(container, ctx, { skus, variant_ids: ids })
  const bySku = new Map(found.filter((v) => v.sku).map((v) => [skuKey(v.sku!), v]))
  const byId = new Map(found.map((v) => [v.variant_id, v]))

  const problems: PadRowProblemDTO[] = []
  const good: GoodLine[] = []
  const variants = new Map<number, PadVariantDTO>()
  const seen = new Map<string, number>()
  const used = new Map<string, number>(options.alreadyInCart ?? [])

  lines.forEach((line, index) => {
    const row = rowOf(index)
    const sku = line.sku?.trim()
    const variantId = line.variant_id?.trim()
    if (!sku && !variantId) return problems.push(problem(row, "sku", "missing"))
    const variant = variantId ? byId.get(variantId) : bySku.get(skuKey(sku!))
    if (!variant) return problems.push(problem(row, variantId ? "variant_id" : "sku", "unknown_sku", (variantId ?? sku)!.slice(0, 60)))
    variants.set(row, variant)
    const field = variantId ? "variant_id" : "sku"
    if (!variant.certified) return problems.push(problem(row, field, "not_certified", variant.product_title))
    if (!variant.on_sale) return problems.push(problem(row, field, "not_on_sale", variant.product_title))

    const { n, reason } = parseQuantity(line.quantity)
    if (reason) return problems.push(problem(row, "quantity", reason, reason === "missing" ? undefined : String(line.quantity).slice(0, 40)))
    const quantity = n!
    if (quantity < variant.min_quantity) {
      return problems.push(problem(row, "quantity", "below_minimum", `${quantity} < ${variant.min_quantity}`))
    }
    if (quantity % variant.pack_size !== 0) return problems.push(problem(row, "quantity", "not_pack_multiple", `${quantity} / ${variant.pack_size}`))

    const date = line.requested_delivery_date?.trim() || null
    if (date && deliveryDateProblem(date)) return problems.push(problem(row, "requested_delivery_date", "bad_date", date.slice(0, 40)))
    const canteen = line.canteen?.trim() || null

    const key = `${variant.variant_id}|${date ?? ""}|${canteen ?? ""}`
    const first = seen.get(key)
    if (first !== undefined) return problems.push(problem(row, field, "duplicate", `= ${first}`))
    seen.set(key, row)

    if (variant.stock !== null) {
      const wanted = (used.get(variant.variant_id) ?? 0) + quantity
      if (wanted > variant.stock) {
        return problems.push(problem(row, "quantity", "out_of_stock", `${quantity} > ${Math.max(variant.stock - (used.get(variant.variant_id) ?? 0), 0)}`))
      }
      used.set(variant.variant_id, wanted)
    }
    // the price charged at this line's quantity (a quantity break may apply)
    const charged = { ...variant, unit_price: unitPriceAt(variant, quantity) }
    variants.set(row, charged)
    good.push({ row, variant: charged, quantity, requested_delivery_date: date, canteen })
  })
  return { good, problems, variants }
}
