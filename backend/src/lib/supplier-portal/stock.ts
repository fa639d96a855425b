import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import ExcelJS from "exceljs"
import Papa from "papaparse"
import type { SupplierStockImportResponse, SupplierStockImportRow } from "@fupin/shared"
import { setVariantStockWorkflow } from "../../workflows/supplier-portal/set-stock"
import { marketplacePlaces } from "./marketplace"
import { stockOf, type VariantRow } from "./listings"
import { supplierProductIds } from "./listing-input"

type OwnVariant = { id: string; sku: string | null; stock: number }

/** Every variant of this supplier's listings, with its stock. */
export async function ownVariants(container: MedusaContainer, supplierId: string): Promise<OwnVariant[]> {
  const ids = await supplierProductIds(container, supplierId)
  if (!ids.length) return []
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product_variant",
    fields: ["id", "sku", "inventory_items.inventory.location_levels.stocked_quantity", "inventory_items.inventory.location_levels.location_id"],
    filters: { product_id: ids },
  })
  return (data as unknown as VariantRow[]).map((v) => ({ id: v.id, sku: v.sku ?? null, stock: stockOf(v) }))
}

export async function setSupplierStock(container: MedusaContainer, supplierId: string, items: Array<{ variant_id: string; stock: number }>) {
  const own = new Map((await ownVariants(container, supplierId)).map((v) => [v.id, v]))
  for (const i of items) {
    if (!own.has(i.variant_id)) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Variant with id: ${i.variant_id} was not found`)
  }
  const { location_id } = await marketplacePlaces(container)
  await setVariantStockWorkflow(container).run({ input: { location_id, items } })
  return items.map((i) => ({ variant_id: i.variant_id, sku: own.get(i.variant_id)!.sku, stock: i.stock }))
}

type RawRow = { row: number; sku: string | null; variant_id: string | null; stock: string | null }

const cell = (v: unknown): string | null => {
  if (v === null || v === undefined) return null
  const s = String(typeof v === "object" && v && "result" in v ? (v as { result: unknown }).result : v).trim()
  return s === "" ? null : s
}

/** Rows of a CSV or XLSX stock file (XLSX by its zip signature), header row 1: sku / variant_id / stock (or 库存). */
export async function parseStockFile(buffer: Buffer): Promise<RawRow[]> {
  let table: unknown[][]
  if (buffer[0] === 0x50 && buffer[1] === 0x4b) {
    const book = new ExcelJS.Workbook()
    await book.xlsx.load(buffer as unknown as ArrayBuffer)
    const sheet = book.worksheets[0]
    table = []
    sheet?.eachRow({ includeEmpty: true }, (row, n) => {
      table[n - 1] = (row.values as unknown[]).slice(1)
    })
  } else {
    const parsed = Papa.parse<string[]>(buffer.toString("utf8").replace(/^\uFEFF/, ""), { skipEmptyLines: false })
    table = parsed.data
  }
  const header = (table[0] ?? []).map((h) => (cell(h) ?? "").toLowerCase())
  const col = (...names: string[]) => header.findIndex((h) => names.includes(h))
  const [skuCol, idCol, stockCol] = [col("sku", "货号"), col("variant_id"), col("stock", "库存")]
  if (stockCol < 0 || (skuCol < 0 && idCol < 0)) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "file: 第一行须有 sku（或 variant_id）和 stock 列 / the header row needs sku (or variant_id) and stock")
  }
  const rows: RawRow[] = []
  table.slice(1).forEach((r, i) => {
    const values = r ?? []
    const raw = { row: i + 2, sku: skuCol >= 0 ? cell(values[skuCol]) : null, variant_id: idCol >= 0 ? cell(values[idCol]) : null, stock: cell(values[stockCol]) }
    if (raw.sku || raw.variant_id || raw.stock) rows.push(raw)
  })
  if (rows.length > 2000) throw new MedusaError(MedusaError.Types.INVALID_DATA, "file: 最多 2000 行 / at most 2000 rows")
  return rows
}

/** Applies the good rows (only its own variants) and reports each row. */
export async function importStock(container: MedusaContainer, supplierId: string, raw: RawRow[]): Promise<SupplierStockImportResponse> {
  const own = await ownVariants(container, supplierId)
  const bySku = new Map(own.filter((v) => v.sku).map((v) => [v.sku!, v]))
  const byId = new Map(own.map((v) => [v.id, v]))
  const rows: SupplierStockImportRow[] = []
  const updates: Array<{ variant_id: string; stock: number }> = []
  const seen = new Set<string>()
  for (const r of raw) {
    const variant = (r.variant_id ? byId.get(r.variant_id) : undefined) ?? (r.sku ? bySku.get(r.sku) : undefined)
    const stock = r.stock !== null && /^\d+$/.test(r.stock) ? Number(r.stock) : null
    const base = { row: r.row, sku: r.sku, variant_id: variant?.id ?? r.variant_id, stock }
    let message: string | null = null
    if (!variant) message = `找不到货号「${r.sku ?? r.variant_id ?? ""}」/ no such variant among your listings`
    else if (stock === null || stock > 10_000_000) message = `库存须为 0 到 10000000 的整数，不是「${r.stock ?? ""}」/ stock must be a whole number`
    else if (seen.has(variant.id)) message = "同一规格出现两次 / the same variant appears twice"
    if (message || !variant || stock === null) {
      rows.push({ ...base, outcome: "error", message })
      continue
    }
    seen.add(variant.id)
    if (variant.stock === stock) rows.push({ ...base, outcome: "unchanged", message: null })
    else {
      rows.push({ ...base, outcome: "updated", message: null })
      updates.push({ variant_id: variant.id, stock })
    }
  }
  if (updates.length) {
    const { location_id } = await marketplacePlaces(container)
    await setVariantStockWorkflow(container).run({ input: { location_id, items: updates } })
  }
  return { rows, updated: updates.length, errors: rows.filter((r) => r.outcome === "error").length }
}
