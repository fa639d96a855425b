import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { purchaseOrderData, purchaseOrderNumber, renderPurchaseOrder } from "../../../../../../lib/documents/purchase-order"
import { sendPdf } from "../../../../../../lib/documents/send"
import type { StoreGetPurchaseOrderPdfType } from "../../../validators"

/**
 * GET /store/institution/orders/:id/purchase-order.pdf: the order's 采购单 (A4,
 * Chinese fonts embedded). Members of the order's institution only; anyone
 * else gets 404 (src/lib/access/rules.ts). Never cached: it holds the payment status.
 */
export async function GET(req: AuthenticatedMedusaRequest<unknown, StoreGetPurchaseOrderPdfType>, res: MedusaResponse) {
  const data = await purchaseOrderData(req.scope, req.params.id!)
  const pdf = await renderPurchaseOrder(data)
  sendPdf(res, pdf, `${purchaseOrderNumber(data)}.pdf`, req.validatedQuery.download)
}
