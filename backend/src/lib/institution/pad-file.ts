import ExcelJS from "exceljs"
import Papa from "papaparse"
import { PAD_HEADER_ALIASES, PAD_MAX_LINES, PAD_TEMPLATE_COLUMNS, type PadColumn } from "@fupin/shared"

/** One data row of an uploaded order-pad file, as typed; `row` is its number in the file (header = 1). */
export type PadFileRow = { row: number; sku: string; quantity: string; requested_delivery_date: string; canteen: string }

export class PadFileError extends Error {}

const norm = (s: unknown) => String(s ?? "").trim().toLowerCase()

/** Which column holds what, from the header row; the SKU and quantity columns are required. */
function columnsOf(header: unknown[]): Partial<Record<PadColumn, number>> {
  const map: Partial<Record<PadColumn, number>> = {}
  header.forEach((cell, i) => {
    const name = norm(cell).replace(/^\ufeff/, "")
    for (const [key, aliases] of Object.entries(PAD_HEADER_ALIASES) as Array<[PadColumn, readonly string[]]>) {
      if (map[key] === undefined && aliases.includes(name)) map[key] = i
    }
  })
  for (const c of PAD_TEMPLATE_COLUMNS) {
    if (c.required && map[c.key] === undefined) {
      throw new PadFileError(`第 1 行缺少「${c.header}」列，请使用模板 / row 1: the "${c.header}" column is missing; use the template`)
    }
  }
  return map
}

/** A cell as text: dates become YYYY-MM-DD (Kunming), numbers their digits, rich text its plain text. */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return ""
  if (value instanceof Date) return new Date(value.getTime() + 8 * 3600_000).toISOString().slice(0, 10)
  if (typeof value === "object") {
    const v = value as { text?: unknown; result?: unknown; richText?: Array<{ text: string }> }
    if (Array.isArray(v.richText)) return v.richText.map((r) => r.text).join("")
    if (v.result !== undefined) return cellText(v.result)
    if (v.text !== undefined) return String(v.text)
  }
  return String(value).trim()
}

function toRows(table: Array<{ row: number; cells: unknown[] }>): PadFileRow[] {
  const [header, ...data] = table
  if (!header) throw new PadFileError("文件是空的 / the file is empty")
  const cols = columnsOf(header.cells)
  const at = (cells: unknown[], key: PadColumn) => (cols[key] === undefined ? "" : cellText(cells[cols[key]!]))
  const rows = data
    .filter((r) => r.cells.some((c) => cellText(c) !== ""))
    .map((r) => ({
      row: r.row,
      sku: at(r.cells, "sku"),
      quantity: at(r.cells, "quantity"),
      requested_delivery_date: at(r.cells, "requested_delivery_date"),
      canteen: at(r.cells, "canteen"),
    }))
  if (!rows.length) throw new PadFileError("文件中没有数据行 / the file has no data rows")
  if (rows.length > PAD_MAX_LINES) throw new PadFileError(`最多 ${PAD_MAX_LINES} 行 / at most ${PAD_MAX_LINES} rows per file`)
  return rows
}

/** Reads an uploaded CSV (papaparse) or XLSX (exceljs) order-pad file into its data rows. */
export async function readPadFile(file: { originalname?: string; mimetype?: string; buffer: Buffer }): Promise<PadFileRow[]> {
  const name = (file.originalname ?? "").toLowerCase()
  const isXlsx = name.endsWith(".xlsx") || file.mimetype === "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" || file.buffer.subarray(0, 2).toString("latin1") === "PK"
  if (isXlsx) {
    const workbook = new ExcelJS.Workbook()
    try {
      await workbook.xlsx.load(file.buffer as unknown as ArrayBuffer)
    } catch {
      throw new PadFileError("无法读取该 XLSX 文件 / this XLSX file cannot be read")
    }
    const sheet = workbook.worksheets[0]
    if (!sheet) throw new PadFileError("文件是空的 / the file is empty")
    const table: Array<{ row: number; cells: unknown[] }> = []
    sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const values = row.values as unknown[]
      table.push({ row: rowNumber, cells: values.slice(1) })
    })
    if (table[0] && table[0].row !== 1) throw new PadFileError("第 1 行须为表头 / row 1 must be the header")
    return toRows(table)
  }
  if (name && !name.endsWith(".csv") && !name.endsWith(".txt")) throw new PadFileError("请上传 CSV 或 XLSX 文件 / upload a CSV or XLSX file")
  const text = file.buffer.toString("utf8").replace(/^\ufeff/, "")
  if (text.includes("\u0000")) throw new PadFileError("请上传 CSV 或 XLSX 文件 / upload a CSV or XLSX file")
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: false })
  return toRows(parsed.data.map((cells, i) => ({ row: i + 1, cells })))
}

/** The order-pad template with its Chinese headers. */
export async function padTemplate(format: "csv" | "xlsx"): Promise<{ body: Buffer; type: string; filename: string }> {
  const headers = PAD_TEMPLATE_COLUMNS.map((c) => c.header)
  if (format === "csv") {
    return { body: Buffer.from("\ufeff" + Papa.unparse([headers]) + "\r\n", "utf8"), type: "text/csv; charset=utf-8", filename: "order-pad-template.csv" }
  }
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet("批量下单")
  sheet.columns = PAD_TEMPLATE_COLUMNS.map((c) => ({ header: c.header, key: c.key, width: c.key === "sku" ? 24 : 16 }))
  sheet.getRow(1).font = { bold: true }
  sheet.getColumn("requested_delivery_date").numFmt = "yyyy-mm-dd"
  const body = Buffer.from(await workbook.xlsx.writeBuffer())
  return { body, type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", filename: "order-pad-template.xlsx" }
}
