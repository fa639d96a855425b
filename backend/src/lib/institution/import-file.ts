import ExcelJS from "exceljs"
import Papa from "papaparse"
import {
  INSTITUTION_IMPORT_COLUMNS,
  INSTITUTION_IMPORT_MAX_ROWS,
  INSTITUTION_IMPORT_REQUIRED,
  type InstitutionImportField,
  type RawImportRow,
} from "@fupin/shared"

/**
 * Reads the operator's institution file (CSV or XLSX) into rows keyed by field,
 * with papaparse and exceljs. A file whose header misses a required column, or
 * that has no rows or too many, is refused whole with a message naming why.
 */

export class ImportFileError extends Error {}

export type ImportFileFormat = "csv" | "xlsx"

const FIELD_BY_HEADER = new Map<string, InstitutionImportField>(
  (Object.entries(INSTITUTION_IMPORT_COLUMNS) as Array<[InstitutionImportField, string]>).flatMap(([field, header]) => [
    [header, field],
    [field, field],
  ])
)

/** XLSX is a zip (starts "PK"); anything else is read as CSV text. */
export function formatOf(buffer: Buffer, filename = ""): ImportFileFormat {
  if (buffer.subarray(0, 2).toString("latin1") === "PK" || /\.xlsx$/i.test(filename)) return "xlsx"
  return "csv"
}

function fieldsOf(headers: string[]): Array<InstitutionImportField | undefined> {
  const fields = headers.map((h) => FIELD_BY_HEADER.get(h.replace(/^\uFEFF/, "").trim()))
  const missing = INSTITUTION_IMPORT_REQUIRED.filter((f) => !fields.includes(f))
  if (missing.length) {
    throw new ImportFileError(
      `file: 缺少列 ${missing.map((f) => INSTITUTION_IMPORT_COLUMNS[f]).join("、")} / missing columns ${missing.join(", ")} (download the template)`
    )
  }
  return fields
}

function toRows(table: string[][]): RawImportRow[] {
  const [header, ...body] = table
  if (!header) throw new ImportFileError("file: 文件为空 / the file is empty")
  const fields = fieldsOf(header)
  const rows = body
    .filter((cells) => cells.some((c) => c.trim() !== ""))
    .map((cells) => {
      const row: RawImportRow = {}
      fields.forEach((f, i) => {
        if (f) row[f] = cells[i] ?? ""
      })
      return row
    })
  if (rows.length === 0) throw new ImportFileError("file: 文件没有数据行 / the file has no rows below its header")
  if (rows.length > INSTITUTION_IMPORT_MAX_ROWS) {
    throw new ImportFileError(`file: 最多 ${INSTITUTION_IMPORT_MAX_ROWS} 行，请拆分文件 / at most ${INSTITUTION_IMPORT_MAX_ROWS} rows per file`)
  }
  return rows
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return ""
  if (value instanceof Date) return value.toISOString().slice(0, 10)
  if (typeof value === "object") {
    if ("richText" in value) return value.richText.map((r) => r.text).join("")
    if ("text" in value) return String(value.text)
    if ("result" in value) return cellText(value.result as ExcelJS.CellValue)
    return ""
  }
  return String(value)
}

export async function readImportFile(buffer: Buffer, filename?: string): Promise<RawImportRow[]> {
  if (formatOf(buffer, filename) === "xlsx") {
    const workbook = new ExcelJS.Workbook()
    try {
      await workbook.xlsx.load(buffer as unknown as ArrayBuffer)
    } catch {
      throw new ImportFileError("file: 无法读取 XLSX 文件 / this XLSX file cannot be read")
    }
    const sheet = workbook.worksheets[0]
    if (!sheet) throw new ImportFileError("file: 文件为空 / the file is empty")
    const table: string[][] = []
    sheet.eachRow({ includeEmpty: false }, (row) => {
      const cells: string[] = []
      for (let c = 1; c <= Math.max(row.cellCount, 1); c++) cells.push(cellText(row.getCell(c).value))
      table.push(cells)
    })
    return toRows(table)
  }
  const parsed = Papa.parse<string[]>(buffer.toString("utf8").replace(/^\uFEFF/, ""), { skipEmptyLines: "greedy" })
  return toRows(parsed.data)
}

const TEMPLATE_EXAMPLE: Record<InstitutionImportField, string> = {
  name: "昆明市某小学（示例99）",
  credit_code: "12530100MB0KD0099U",
  kind: "学校",
  parent_name: "昆明市教育体育局",
  contact_name: "联系人（示例）",
  contact_phone: "13800009999",
  address: "昆明市五华区 示例路99号",
}

/** The template: Chinese headers and one example row to overwrite. */
export async function importTemplate(format: ImportFileFormat): Promise<Buffer> {
  const headers = Object.values(INSTITUTION_IMPORT_COLUMNS)
  const example = (Object.keys(INSTITUTION_IMPORT_COLUMNS) as InstitutionImportField[]).map((f) => TEMPLATE_EXAMPLE[f])
  if (format === "csv") {
    // the BOM makes Excel open the Chinese headers as UTF-8
    return Buffer.from("\uFEFF" + Papa.unparse([headers, example]), "utf8")
  }
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet("采购单位")
  sheet.addRow(headers).font = { bold: true }
  sheet.addRow(example)
  sheet.columns.forEach((col) => (col.width = 24))
  return Buffer.from(await workbook.xlsx.writeBuffer())
}
