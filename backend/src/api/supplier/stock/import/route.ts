import type { MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { SupplierStockImportResponse } from "@fupin/shared"
import { portalOf, type SupplierRequest } from "../../../../lib/supplier-portal/context"
import { importStock, parseStockFile } from "../../../../lib/supplier-portal/stock"

/** POST /supplier/stock/import — multipart `file`, CSV or XLSX with columns sku (or variant_id) and stock: a row-by-row report. */
export async function POST(req: SupplierRequest, res: MedusaResponse<SupplierStockImportResponse>) {
  const { supplier_id } = portalOf(req)
  const file = (req as unknown as { file?: { buffer: Buffer; originalname: string } }).file
  if (!file) throw new MedusaError(MedusaError.Types.INVALID_DATA, 'file: 请上传 CSV 或 XLSX 文件 / upload a CSV or XLSX file (multipart field "file")')
  const rows = await parseStockFile(file.buffer)
  res.json(await importStock(req.scope, supplier_id, rows))
}
