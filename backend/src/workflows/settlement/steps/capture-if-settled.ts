import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { capturePaymentWorkflow } from "@medusajs/medusa/core-flows"
import { fromFen, orderDueFen } from "@fupin/shared"
import { settlementOrders } from "../../../lib/settlement/orders"
import { RECEIVING_MODULE } from "../../../modules/receiving"
import type ReceivingModuleService from "../../../modules/receiving/service"
import { SETTLEMENT_MODULE } from "../../../modules/settlement"
import type SettlementModuleService from "../../../modules/settlement/service"
import { undoCaptures } from "./capture-settled-payments"

/**
 * After a receipt lowered what an order owes: if the transfers recorded for it
 * already reach the new amount, its bank-transfer payment is captured for that
 * amount (undone by a refund when a later step fails). Orders paid otherwise,
 * or already captured, are left alone.
 */
export const captureIfSettledStep = createStep(
  "capture-order-if-settled",
  async (input: { order_id: string; captured_by?: string | null }, { container }) => {
    const order = (await settlementOrders(container, [input.order_id])).get(input.order_id)
    const payment = order?.payment
    if (!order || !payment || payment.captured || payment.canceled || order.status === "canceled") return new StepResponse({ captured: false }, null)
    const paid = (await container.resolve<SettlementModuleService>(SETTLEMENT_MODULE).paidFenByOrder([order.id])).get(order.id) ?? 0
    const deducted = (await container.resolve<ReceivingModuleService>(RECEIVING_MODULE).deductionFenByOrder([order.id])).get(order.id) ?? 0
    const due = orderDueFen(payment.amount_fen, deducted)
    if (due === 0 || paid < due || payment.captured_fen >= due) return new StepResponse({ captured: false }, null)
    await capturePaymentWorkflow(container).run({ input: { payment_id: payment.id, amount: fromFen(due), captured_by: input.captured_by ?? undefined } })
    return new StepResponse({ captured: true }, { payment_id: payment.id, amount: fromFen(due) })
  },
  async (done, { container }) => {
    if (!done) return
    await undoCaptures(container, [done])
  }
)
