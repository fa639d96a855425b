import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { capturePaymentWorkflow } from "@medusajs/medusa/core-flows"
import { fromFen } from "@fupin/shared"
import type { TransferPlan } from "./validate-bank-transfer"

/** Compensation note on a refund that undoes a capture of a transfer that could not be recorded. */
export const UNDO_CAPTURE_NOTE = "撤销：转账登记失败 / undone: the transfer could not be recorded"

/**
 * Captures the payment of every order of the transfer whose allocations now
 * reach what it owes (its total less receipt deductions; a partly paid order stays authorized). If one capture
 * fails, the ones this step made are refunded before the failure goes on, and
 * the workflow then deletes the transfer: nothing is left half-recorded.
 */
export const captureSettledPaymentsStep = createStep(
  "capture-settled-payments",
  async ({ plan, captured_by }: { plan: TransferPlan; captured_by?: string | null }, { container }) => {
    const due = plan.orders.filter((o) => !o.captured && o.due_fen > 0 && o.before_fen + o.this_fen >= o.due_fen)
    const done: Array<{ payment_id: string; amount: number }> = []
    try {
      for (const o of due) {
        // what is owed, which a receipt's shortfall may have made less than what was authorized
        await capturePaymentWorkflow(container).run({ input: { payment_id: o.payment_id, amount: fromFen(o.due_fen), captured_by: captured_by ?? undefined } })
        done.push({ payment_id: o.payment_id, amount: fromFen(o.due_fen) })
      }
    } catch (e) {
      await undoCaptures(container, done)
      throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, `付款确认失败，本次登记已撤销 / capturing a payment failed, nothing was recorded: ${(e as Error).message}`)
    }
    return new StepResponse({ captured: done.map((d) => d.payment_id) }, done)
  },
  async (done, { container }) => {
    if (!done?.length) return
    await undoCaptures(container, done)
  }
)

export async function undoCaptures(container: MedusaContainer, done: Array<{ payment_id: string; amount: number }>) {
  const payments = container.resolve(Modules.PAYMENT)
  for (const d of done) await payments.refundPayment({ payment_id: d.payment_id, amount: d.amount, note: UNDO_CAPTURE_NOTE })
}
