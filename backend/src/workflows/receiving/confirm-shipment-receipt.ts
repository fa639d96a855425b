import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, emitEventStep, markOrderFulfillmentAsDeliveredWorkflow, releaseLockStep } from "@medusajs/medusa/core-flows"
import type { ReceiptDecision, ReceiptLineInput } from "@fupin/shared"
import { captureIfSettledStep } from "../settlement/steps/capture-if-settled"
import { countDeliveredStep } from "./steps/count-delivered"
import { createShipmentReceiptStep } from "./steps/create-shipment-receipt"
import { planShipmentReceiptStep, type ShipmentReceiptPlan } from "./steps/plan-shipment-receipt"

export const CONFIRM_SHIPMENT_RECEIPT_WORKFLOW = "confirm-shipment-receipt"
/** Emitted once the receipt is recorded (after the workflow succeeded): subscribers/receipt-disputed.ts tells the operators and the supplier of a dispute. */
export const SHIPMENT_RECEIPT_CONFIRMED_EVENT = "shipment_receipt.confirmed"

export type ConfirmShipmentReceiptInput = {
  order_id: string
  fulfillment_id: string
  institution_id: string
  decision: ReceiptDecision
  /** lines not listed arrived in full */
  lines?: ReceiptLineInput[]
  note?: string | null
  photo_url?: string | null
  /** the member (customer id) confirming; null for the automatic acceptance */
  confirmed_by: string | null
  auto_accepted?: boolean
}

/**
 * 验收: the institution confirms one supplier shipment. The receipt is checked
 * against what was shipped, recorded with what it deducts (short or damaged
 * units × unit price), the fulfilment is marked delivered in Medusa, and if
 * the transfers already recorded now cover what the order owes, its payment is
 * captured. One shipment is confirmed once (a lock, then the unique receipt);
 * a failure at any step undoes the steps before it.
 */
export const confirmShipmentReceiptWorkflow = createWorkflow(CONFIRM_SHIPMENT_RECEIPT_WORKFLOW, (input: ConfirmShipmentReceiptInput) => {
  const key = transform({ input }, ({ input }) => `receipt:${input.fulfillment_id}`)
  acquireLockStep({ key, timeout: 30, ttl: 120 })
  const plan = planShipmentReceiptStep(
    transform({ input }, ({ input }) => ({ order_id: input.order_id, fulfillment_id: input.fulfillment_id, decision: input.decision, lines: input.lines }))
  )
  const receipt = createShipmentReceiptStep(
    transform({ input, plan }, ({ input, plan }) => ({
      plan,
      institution_id: input.institution_id,
      decision: input.decision,
      auto_accepted: !!input.auto_accepted,
      confirmed_by: input.confirmed_by,
      note: input.note?.trim() || null,
      photo_url: input.photo_url ?? null,
    }))
  )
  countDeliveredStep(plan)
  when("not-yet-delivered", plan, (p: ShipmentReceiptPlan) => !p.already_delivered).then(() => {
    markOrderFulfillmentAsDeliveredWorkflow.runAsStep({
      input: transform({ plan }, ({ plan }) => ({ orderId: plan.order_id, fulfillmentId: plan.fulfillment_id })),
    })
  })
  captureIfSettledStep(transform({ input }, ({ input }) => ({ order_id: input.order_id, captured_by: input.confirmed_by })))
  emitEventStep({
    eventName: SHIPMENT_RECEIPT_CONFIRMED_EVENT,
    data: transform({ receipt, input }, ({ receipt, input }) => ({ id: receipt.id, order_id: input.order_id, decision: input.decision })),
  })
  releaseLockStep({ key })
  return new WorkflowResponse(receipt)
})
