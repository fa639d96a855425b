import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { deliveryNoteData, deliveryNoteNumber, renderDeliveryNote } from "../../../../../../../../lib/documents/delivery-note"
import { sendPdf } from "../../../../../../../../lib/documents/send"
import type { StoreGetPurchaseOrderPdfType } from "../../../../../validators"

/**
 * GET /store/institution/orders/:id/shipments/:fulfillment_id/delivery-note.pdf:
 * one supplier shipment's 送货单, with a QR code per certified product. Members
 * of the order's institution only (src/lib/access/rules.ts); a shipment of
 * another order is 404.
 */
export async function GET(req: AuthenticatedMedusaRequest<unknown, StoreGetPurchaseOrderPdfType>, res: MedusaResponse) {
  const data = await deliveryNoteData(req.scope, req.params.id!, req.params.fulfillment_id!)
  sendPdf(res, await renderDeliveryNote(data), `${deliveryNoteNumber(data)}.pdf`, req.validatedQuery.download)
}
