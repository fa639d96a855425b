import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { purchaseOrderData, purchaseOrderNumber, renderPurchaseOrder } from "../../../../../../lib/documents/purchase-order"
import type { StoreGetPurchaseOrderPdfType } from "../../../validators"

/**
 * GET /store/institution/orders/:id/purchase-order.pdf: the order's 采购单 (A4,
 * Chinese fonts embedded). Members of the order's institution only; anyone
 * else gets 404 (src/lib/access/rules.ts). Never cached: it holds the payment status.
 */
export async function GET(req: AuthenticatedMedusaRequest<unknown, StoreGetPurchaseOrderPdfType>, res: MedusaResponse) {
  const data = await purchaseOrderData(req.scope, req.params.id!)
  const pdf = await renderPurchaseOrder(data)
  const file = `${purchaseOrderNumber(data)}.pdf`
  res.setHeader("Content-Type", "application/pdf")
  res.setHeader("Content-Length", String(pdf.length))
  res.setHeader("Cache-Control", "private, no-store")
  res.setHeader("Content-Disposition", `${req.validatedQuery.download === "1" ? "attachment" : "inline"}; filename="${file}"`)
  res.end(pdf)
}
