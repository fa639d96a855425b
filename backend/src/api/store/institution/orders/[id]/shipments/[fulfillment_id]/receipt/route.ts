import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { StoreConfirmReceiptResponse } from "@fupin/shared"
import { membershipFrom } from "../../../../../../../../lib/institution/request"
import { orderShipments } from "../../../../../../../../lib/receiving/shipments"
import { confirmShipmentReceiptWorkflow } from "../../../../../../../../workflows/receiving/confirm-shipment-receipt"
import type { StoreConfirmReceiptType } from "../../../../../validators"

/**
 * POST /store/institution/orders/:id/shipments/:fulfillment_id/receipt — 验收:
 * a purchaser confirms what arrived of one supplier shipment (lines not named
 * arrived in full), accepting it or disputing it; short or damaged units are
 * deducted from what the order owes. Once per shipment.
 */
export async function POST(req: AuthenticatedMedusaRequest<StoreConfirmReceiptType>, res: MedusaResponse<StoreConfirmReceiptResponse>) {
  const member = membershipFrom(req)
  const body = req.validatedBody
  await confirmShipmentReceiptWorkflow(req.scope).run({
    input: {
      order_id: req.params.id!,
      fulfillment_id: req.params.fulfillment_id!,
      institution_id: member.institution_id,
      decision: body.decision,
      lines: body.lines,
      note: body.note ?? null,
      photo_url: body.photo_url ?? null,
      confirmed_by: member.customer_id,
    },
  })
  const shipment = (await orderShipments(req.scope, req.params.id!))?.find((s) => s.fulfillment_id === req.params.fulfillment_id)
  if (!shipment?.receipt) throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, "the receipt was recorded but could not be read back")
  res.status(201).json({ receipt: shipment.receipt })
}
