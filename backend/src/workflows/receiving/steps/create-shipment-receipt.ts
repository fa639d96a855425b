import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { fromFen, type ReceiptDecision } from "@fupin/shared"
import { RECEIVING_MODULE } from "../../../modules/receiving"
import type ReceivingModuleService from "../../../modules/receiving/service"
import type { ShipmentReceiptPlan } from "./plan-shipment-receipt"

export type CreateShipmentReceiptInput = {
  plan: ShipmentReceiptPlan
  institution_id: string
  decision: ReceiptDecision
  auto_accepted: boolean
  confirmed_by: string | null
  note: string | null
  photo_url: string | null
}

/** Records the receipt and its lines; undone by deleting them (the shipment can then be confirmed again). */
export const createShipmentReceiptStep = createStep(
  "create-shipment-receipt",
  async (input: CreateShipmentReceiptInput, { container }) => {
    const receiving = container.resolve<ReceivingModuleService>(RECEIVING_MODULE)
    const receipt = await receiving.createShipmentReceipts({
      order_id: input.plan.order_id,
      fulfillment_id: input.plan.fulfillment_id,
      institution_id: input.institution_id,
      supplier_id: input.plan.supplier_id,
      decision: input.decision,
      auto_accepted: input.auto_accepted,
      confirmed_by: input.confirmed_by,
      confirmed_at: new Date(),
      note: input.note,
      photo_url: input.photo_url,
      deduction: fromFen(input.plan.deduction_fen),
    })
    await receiving.createShipmentReceiptLines(
      input.plan.lines.map((l) => ({
        receipt_id: receipt.id,
        line_item_id: l.line_item_id,
        title: l.title,
        shipped_quantity: l.shipped_quantity,
        received_quantity: l.received_quantity,
        damaged_quantity: l.damaged_quantity,
        accepted_quantity: l.accepted_quantity,
        unit_price: fromFen(l.unit_price_fen),
        deduction: fromFen(l.deduction_fen),
      }))
    )
    return new StepResponse({ id: receipt.id }, receipt.id)
  },
  async (receiptId, { container }) => {
    if (!receiptId) return
    await container.resolve<ReceivingModuleService>(RECEIVING_MODULE).deleteShipmentReceipts(receiptId)
  }
)
