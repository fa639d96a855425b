import type { MedusaResponse } from "@medusajs/framework/http"

/** Answers with a PDF: shown in the browser, or saved when `download` is "1"; never cached (documents carry live statuses). */
export function sendPdf(res: MedusaResponse, pdf: Buffer, file: string, download?: string) {
  res.setHeader("Content-Type", "application/pdf")
  res.setHeader("Content-Length", String(pdf.length))
  res.setHeader("Cache-Control", "private, no-store")
  res.setHeader("Content-Disposition", `${download === "1" ? "attachment" : "inline"}; filename="${file}"`)
  res.end(pdf)
}
