import type { MedusaResponse } from "@medusajs/framework/http"
import { deliveryNoteData, deliveryNoteNumber, renderDeliveryNote } from "../../../../../../../lib/documents/delivery-note"
import { sendPdf } from "../../../../../../../lib/documents/send"
import { portalOf, type SupplierRequest } from "../../../../../../../lib/supplier-portal/context"
import type { SupplierGetDocumentType } from "../../../../../validators"

/**
 * GET /supplier/orders/:id/fulfillments/:fulfillment_id/delivery-note.pdf: the
 * 送货单 to print and put in the box. The supplier's own shipments only:
 * another supplier's shipment of the same order is 404.
 */
export async function GET(req: SupplierRequest & { validatedQuery: SupplierGetDocumentType }, res: MedusaResponse) {
  const { supplier_id } = portalOf(req)
  const data = await deliveryNoteData(req.scope, req.params.id!, req.params.fulfillment_id!, supplier_id)
  sendPdf(res, await renderDeliveryNote(data), `${deliveryNoteNumber(data)}.pdf`, req.validatedQuery.download)
}
