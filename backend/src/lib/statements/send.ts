import type { MedusaResponse } from "@medusajs/framework/http"
import type { InstitutionStatementDTO, StatementFormat, SupplierStatementDTO } from "@fupin/shared"
import { sendPdf } from "../documents/send"
import { institutionStatementNumber, renderInstitutionStatement, renderSupplierStatement, supplierStatementNumber } from "../documents/statements"
import { institutionStatementSheets, type Sheet, supplierStatementSheets, toCsv, toXlsx } from "./tables"

export type Statement = { kind: "institution"; data: InstitutionStatementDTO } | { kind: "supplier"; data: SupplierStatementDTO }

/**
 * Answers a statement in the format asked for: JSON `{ statement }` for the
 * portals, the PDF (inline, or saved with download=1), or the tables as XLSX
 * (every sheet) or CSV (the main one). Never cached: the figures move with
 * every receipt and transfer.
 */
export async function sendStatement(res: MedusaResponse, format: StatementFormat, statement: Statement, download?: string) {
  if (format === "json") {
    res.setHeader("Cache-Control", "private, no-store")
    res.json({ statement: statement.data })
    return
  }
  const number = statement.kind === "institution" ? institutionStatementNumber(statement.data) : supplierStatementNumber(statement.data)
  if (format === "pdf") {
    const pdf = statement.kind === "institution" ? await renderInstitutionStatement(statement.data) : await renderSupplierStatement(statement.data)
    sendPdf(res, pdf, `${number}.pdf`, download)
    return
  }
  const sheets = statement.kind === "institution" ? institutionStatementSheets(statement.data) : supplierStatementSheets(statement.data)
  await sendTables(res, format, sheets, number, number)
}

/** The sheets as an XLSX workbook (every sheet) or a CSV (the first), saved as `<filename>.<format>`, never cached. */
export async function sendTables(res: MedusaResponse, format: "csv" | "xlsx", sheets: Sheet[], title: string, filename: string) {
  const file = format === "csv" ? toCsv(sheets[0]!) : await toXlsx(sheets, title)
  res.setHeader("Content-Type", file.type)
  res.setHeader("Content-Length", String(file.body.length))
  res.setHeader("Cache-Control", "private, no-store")
  res.setHeader("Content-Disposition", `attachment; filename="${filename}.${format}"`)
  res.end(file.body)
}
