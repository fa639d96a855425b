import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { purchaseOrderData, purchaseOrderNumber, renderPurchaseOrder } from "../../../../../lib/documents/purchase-order"
import { sendPdf } from "../../../../../lib/documents/send"
import type { StoreGetPurchaseOrderPdfType } from "../../../../store/institution/validators"

/** GET /admin/orders/:id/purchase-order.pdf: the operator's copy of an institution order's 采购单 (404 for a shopper's order). */
export async function GET(req: AuthenticatedMedusaRequest<unknown, StoreGetPurchaseOrderPdfType>, res: MedusaResponse) {
  const data = await purchaseOrderData(req.scope, req.params.id!)
  sendPdf(res, await renderPurchaseOrder(data), `${purchaseOrderNumber(data)}.pdf`, req.validatedQuery.download)
}
