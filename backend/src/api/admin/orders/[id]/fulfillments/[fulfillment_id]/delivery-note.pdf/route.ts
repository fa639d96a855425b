import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { deliveryNoteData, deliveryNoteNumber, renderDeliveryNote } from "../../../../../../../lib/documents/delivery-note"
import { sendPdf } from "../../../../../../../lib/documents/send"
import type { StoreGetPurchaseOrderPdfType } from "../../../../../../store/institution/validators"

/** GET /admin/orders/:id/fulfillments/:fulfillment_id/delivery-note.pdf: the operator's copy of a supplier shipment's 送货单. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, StoreGetPurchaseOrderPdfType>, res: MedusaResponse) {
  const data = await deliveryNoteData(req.scope, req.params.id!, req.params.fulfillment_id!)
  sendPdf(res, await renderDeliveryNote(data), `${deliveryNoteNumber(data)}.pdf`, req.validatedQuery.download)
}
