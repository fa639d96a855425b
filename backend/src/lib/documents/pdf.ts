import PDFDocument from "pdfkit"
import { formatCny, type InstitutionInvoiceDetailsDTO } from "@fupin/shared"

/**
 * The PDF toolkit every document of the marketplace uses (采购单 now; 送货单,
 * 对账单, 结算单 next): A4 portrait, Noto Sans SC embedded (subset by pdfkit, so
 * a document carries only the glyphs it prints), a title block, label/value
 * rows, tables that break across pages with their header repeated, and a
 * footer with page numbers.
 *
 * The font is Google's Noto Sans SC (SIL Open Font License 1.1) from the npm
 * package @expo-google-fonts/noto-sans-sc: a static TTF per weight, simplified
 * Chinese only (10 MB each, not the 16 MB all-language TTC); see docs/documents.md.
 */
const FONT_REGULAR = require.resolve("@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf")
const FONT_BOLD = require.resolve("@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf")

export const A4 = { width: 595.28, height: 841.89 }
export const MARGIN = 48
const CONTENT_WIDTH = A4.width - 2 * MARGIN
const FOOTER_SPACE = 36

export type Doc = InstanceType<typeof PDFDocument>

export type DocumentMeta = { title: string; subject?: string; author?: string }

/** A new A4 document with the Chinese fonts registered as "zh" and "zh-bold". */
export function createDocument(meta: DocumentMeta): Doc {
  const doc = new PDFDocument({
    size: "A4",
    margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
    bufferPages: true,
    info: { Title: meta.title, Subject: meta.subject ?? meta.title, Author: meta.author ?? "昆明消费扶贫电商平台", Creator: "fupin" },
    lang: "zh-CN",
    displayTitle: true,
  } as ConstructorParameters<typeof PDFDocument>[0])
  doc.registerFont("zh", FONT_REGULAR)
  doc.registerFont("zh-bold", FONT_BOLD)
  doc.font("zh").fontSize(10).fillColor("#111")
  return doc
}

/** ¥1,234.50: every amount printed to the fen. */
export const yuan = (amount: number) => formatCny(amount, "zh-CN")

/** Beijing date (and time) of a moment: 2026-12-02 14:05. */
export function beijing(d: Date | string | null | undefined, withTime = false): string {
  if (!d) return "—"
  const t = new Date(new Date(d).getTime() + 8 * 3600 * 1000).toISOString()
  return withTime ? `${t.slice(0, 10)} ${t.slice(11, 16)}` : t.slice(0, 10)
}

/** The document's heading: issuer line, big title, its number on the right. */
export function titleBlock(doc: Doc, opts: { issuer: string; title: string; titleEn: string; number: string; date: string }) {
  doc.font("zh").fontSize(9).fillColor("#555").text(opts.issuer, MARGIN, MARGIN, { width: CONTENT_WIDTH })
  doc.font("zh-bold").fontSize(20).fillColor("#111").text(opts.title, MARGIN, MARGIN + 16, { width: CONTENT_WIDTH, align: "center" })
  doc.font("zh").fontSize(9).fillColor("#555").text(opts.titleEn, { width: CONTENT_WIDTH, align: "center" })
  doc.font("zh").fontSize(9).fillColor("#111")
  const y = doc.y + 6
  doc.text(`编号 No. ${opts.number}`, MARGIN, y, { width: CONTENT_WIDTH / 2 })
  doc.text(`日期 Date ${opts.date}`, MARGIN + CONTENT_WIDTH / 2, y, { width: CONTENT_WIDTH / 2, align: "right" })
  rule(doc, doc.y + 4)
  doc.y += 10
}

export function rule(doc: Doc, y: number, color = "#999") {
  doc.save().moveTo(MARGIN, y).lineTo(A4.width - MARGIN, y).lineWidth(0.6).strokeColor(color).stroke().restore()
}

/** A section heading. */
export function heading(doc: Doc, zh: string, en?: string) {
  ensureSpace(doc, 40)
  doc.moveDown(0.4)
  doc.font("zh-bold").fontSize(11).fillColor("#111").text(en ? `${zh}  ` : zh, MARGIN, doc.y, { continued: !!en })
  if (en) doc.font("zh").fontSize(8).fillColor("#666").text(en)
  doc.font("zh").fontSize(9).fillColor("#111")
  doc.moveDown(0.2)
}

/** The institution's 开票信息, for the supplier who invoices it; a line saying they are missing when its admin has not set them. */
export function invoiceDetails(doc: Doc, invoice: InstitutionInvoiceDetailsDTO | null) {
  heading(doc, "开票信息", "Invoice details")
  if (!invoice) {
    note(doc, "采购单位尚未填写开票信息（管理员可在机构采购 → 开票信息中填写）。 The institution has not given its invoice details yet.")
    return
  }
  fields(doc, [
    ["发票抬头", invoice.title],
    ["纳税人识别号", invoice.tax_id],
    ["地址", invoice.address],
    ["电话", invoice.phone],
    ["开户行", invoice.bank],
    ["账号", invoice.account],
  ])
}

/** Label/value pairs in two columns. */
export function fields(doc: Doc, pairs: Array<[string, string]>) {
  const colWidth = CONTENT_WIDTH / 2
  const labelWidth = 78
  for (let i = 0; i < pairs.length; i += 2) {
    const row = pairs.slice(i, i + 2)
    ensureSpace(doc, 18)
    const y = doc.y
    let bottom = y
    row.forEach(([label, value], j) => {
      const x = MARGIN + j * colWidth
      doc.font("zh").fontSize(9).fillColor("#666").text(label, x, y, { width: labelWidth })
      doc.font("zh").fontSize(9).fillColor("#111").text(value, x + labelWidth, y, { width: colWidth - labelWidth - 6 })
      bottom = Math.max(bottom, doc.y)
    })
    doc.y = bottom + 3
  }
  doc.x = MARGIN
}

export type Column = { header: string; width: number; align?: "left" | "right" | "center" }

/** A table with a shaded header row, repeated on each new page; widths are fractions of the content width. */
export function table(doc: Doc, columns: Column[], rows: string[][], opts: { boldRows?: Set<number> } = {}) {
  const widths = columns.map((c) => c.width * CONTENT_WIDTH)
  const pad = 4
  const header = () => {
    ensureSpace(doc, 40)
    const y = doc.y
    const h = 18
    doc.save().rect(MARGIN, y, CONTENT_WIDTH, h).fill("#eef1ee").restore()
    let x = MARGIN
    columns.forEach((c, i) => {
      doc.font("zh-bold").fontSize(8.5).fillColor("#111").text(c.header, x + pad, y + 4.5, { width: widths[i]! - 2 * pad, align: c.align ?? "left", lineBreak: false })
      x += widths[i]!
    })
    doc.y = y + h
  }
  header()
  rows.forEach((cells, r) => {
    const font = opts.boldRows?.has(r) ? "zh-bold" : "zh"
    doc.font(font).fontSize(8.5)
    const height = Math.max(...cells.map((cell, i) => doc.heightOfString(cell, { width: widths[i]! - 2 * pad }))) + 2 * pad
    if (doc.y + height > A4.height - MARGIN - FOOTER_SPACE) {
      doc.addPage()
      doc.y = MARGIN
      header()
      doc.font(font).fontSize(8.5)
    }
    const y = doc.y
    let x = MARGIN
    cells.forEach((cell, i) => {
      doc.fillColor("#111").text(cell, x + pad, y + pad, { width: widths[i]! - 2 * pad, align: columns[i]!.align ?? "left" })
      x += widths[i]!
    })
    doc.save().moveTo(MARGIN, y + height).lineTo(A4.width - MARGIN, y + height).lineWidth(0.3).strokeColor("#ccc").stroke().restore()
    doc.y = y + height
  })
  doc.x = MARGIN
  doc.moveDown(0.3)
}

/** Starts a new page when fewer than `height` points are left above the footer. */
export function ensureSpace(doc: Doc, height: number) {
  if (doc.y + height > A4.height - MARGIN - FOOTER_SPACE) {
    doc.addPage()
    doc.y = MARGIN
  }
}

/** A paragraph of small print. */
export function note(doc: Doc, text: string) {
  ensureSpace(doc, 24)
  doc.font("zh").fontSize(8).fillColor("#555").text(text, MARGIN, doc.y, { width: CONTENT_WIDTH })
  doc.fillColor("#111")
}

/** Signature boxes side by side (经办人 / 审批人 / 财务). */
export function signatures(doc: Doc, labels: string[]) {
  ensureSpace(doc, 60)
  doc.moveDown(1.2)
  const w = CONTENT_WIDTH / labels.length
  const y = doc.y
  labels.forEach((label, i) => {
    doc.font("zh").fontSize(9).fillColor("#111").text(`${label}：`, MARGIN + i * w, y, { width: w - 10 })
    doc.save().moveTo(MARGIN + i * w + 52, y + 12).lineTo(MARGIN + (i + 1) * w - 14, y + 12).lineWidth(0.5).strokeColor("#666").stroke().restore()
  })
  doc.y = y + 24
  doc.x = MARGIN
}

/** Footer on every page (第 n / N 页), then the finished file as one Buffer. */
export async function finish(doc: Doc, footer: string): Promise<Buffer> {
  const chunks: Buffer[] = []
  doc.on("data", (c: Buffer) => chunks.push(c))
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)))
    doc.on("error", reject)
  })
  const range = doc.bufferedPageRange()
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i)
    const y = A4.height - MARGIN + 10
    // writing below the bottom margin would add a page: lift the margin while printing the footer
    const bottom = doc.page.margins.bottom
    doc.page.margins.bottom = 0
    doc.font("zh").fontSize(7.5).fillColor("#777")
    doc.text(footer, MARGIN, y, { width: CONTENT_WIDTH * 0.75, lineBreak: false })
    doc.text(`第 ${i + 1} / ${range.count} 页`, MARGIN, y, { width: CONTENT_WIDTH, align: "right", lineBreak: false })
    doc.page.margins.bottom = bottom
  }
  doc.end()
  return done
}
