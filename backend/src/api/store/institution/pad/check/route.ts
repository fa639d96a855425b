import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { PadCheckRowDTO, StorePadCheckResponse } from "@fupin/shared"
import { padContextOf } from "../../../../../lib/institution/context"
import { checkPadLines } from "../../../../../lib/institution/pad"
import { PadFileError, readPadFile } from "../../../../../lib/institution/pad-file"
import { membershipFrom } from "../../../../../lib/institution/request"

type UploadRequest = AuthenticatedMedusaRequest & { file?: { originalname?: string; mimetype?: string; buffer: Buffer } }

/**
 * POST /store/institution/pad/check (purchaser; multipart, field "file": a CSV
 * or XLSX with 商品编码/SKU, 数量, optional 要求送达日期 and 收货食堂): every row
 * checked as the pad checks lines, reported by its row number; the cart is
 * not touched.
 */
export async function POST(req: UploadRequest, res: MedusaResponse<StorePadCheckResponse>) {
  const member = membershipFrom(req)
  if (!req.file) throw new MedusaError(MedusaError.Types.INVALID_DATA, "file: 请上传 CSV 或 XLSX 文件 / upload a CSV or XLSX file in the field \"file\"")
  let rows
  try {
    rows = await readPadFile(req.file)
  } catch (e) {
    if (e instanceof PadFileError) throw new MedusaError(MedusaError.Types.INVALID_DATA, `file: ${e.message}`)
    throw e
  }
  const ctx = await padContextOf(req, undefined, member.customer_id)
  const { problems, variants } = await checkPadLines(req.scope, ctx, rows, { rowOf: (i) => rows[i]!.row })
  const problemOf = new Map(problems.map((p) => [p.row, p]))
  const report: PadCheckRowDTO[] = rows.map((r) => {
    const p = problemOf.get(r.row)
    const q = Number(r.quantity.replace(/[,，\s]/g, ""))
    return {
      row: r.row,
      sku: r.sku,
      quantity: r.quantity !== "" && Number.isFinite(q) ? q : null,
      requested_delivery_date: r.requested_delivery_date || null,
      canteen: r.canteen || null,
      ok: !p,
      ...(p ? { reason: p.reason, field: p.field, message: p.message } : {}),
      ...(variants.get(r.row) ? { variant: variants.get(r.row)! } : {}),
    }
  })
  res.json({ rows: report, ok: problems.length === 0, errors: problems.length })
}
