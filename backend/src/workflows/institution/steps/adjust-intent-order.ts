import { MathBN } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { INSTITUTION_MODULE } from "../../../modules/institution"
import type InstitutionModuleService from "../../../modules/institution/service"
import { cny } from "../../../modules/institution/service"

export type AdjustIntentOrderInput =
  /** the order was cancelled: take its amounts back off the agreement */
  | { order_id: string; cancel: true }
  /** payments changed: the order's paid amount is now `paid` (captured − refunded) */
  | { order_id: string; paid: number }

export type AdjustIntentOrderResult = { changed: boolean; ordered_delta: number; paid_delta: number }

type Undo = {
  intent_order: { id: string; paid_amount: number; cancelled_at: Date | null }
  agreement: { id: string; ordered_amount: number; paid_amount: number }
}

/**
 * Applies a cancellation or a payment change of a counted order to its agreement.
 * Both are idempotent: a cancelled order is not cancelled twice, and the paid
 * amount is set (not added), so a replayed event changes nothing.
 */
export const adjustIntentOrderStep = createStep(
  "adjust-intent-order",
  async (input: AdjustIntentOrderInput, { container }) => {
    const service = container.resolve<InstitutionModuleService>(INSTITUTION_MODULE)
    const none = new StepResponse<AdjustIntentOrderResult, Undo | null>({ changed: false, ordered_delta: 0, paid_delta: 0 }, null)
    const [intentOrder] = await service.listIntentOrders({ order_id: input.order_id })
    if (!intentOrder || intentOrder.cancelled_at) return none
    const agreement = await service.retrieveIntentAgreement(intentOrder.agreement_id)

    let orderedDelta = 0
    let paidDelta = 0
    if ("cancel" in input) {
      orderedDelta = -cny(intentOrder.amount)
      paidDelta = -cny(intentOrder.paid_amount)
    } else {
      paidDelta = MathBN.sub(input.paid, intentOrder.paid_amount).toNumber()
      if (paidDelta === 0) return none
    }

    const undo: Undo = {
      intent_order: { id: intentOrder.id, paid_amount: cny(intentOrder.paid_amount), cancelled_at: intentOrder.cancelled_at ?? null },
      agreement: { id: agreement.id, ordered_amount: cny(agreement.ordered_amount), paid_amount: cny(agreement.paid_amount) },
    }
    await service.updateIntentOrders(
      "cancel" in input
        ? { id: intentOrder.id, cancelled_at: new Date() }
        : { id: intentOrder.id, paid_amount: input.paid }
    )
    await service.updateIntentAgreements({
      id: agreement.id,
      ordered_amount: MathBN.add(agreement.ordered_amount, orderedDelta).toNumber(),
      paid_amount: MathBN.add(agreement.paid_amount, paidDelta).toNumber(),
    })
    return new StepResponse<AdjustIntentOrderResult, Undo | null>(
      { changed: true, ordered_delta: orderedDelta, paid_delta: paidDelta },
      undo
    )
  },
  async (undo, { container }) => {
    if (!undo) return
    const service = container.resolve<InstitutionModuleService>(INSTITUTION_MODULE)
    await service.updateIntentAgreements(undo.agreement)
    await service.updateIntentOrders(undo.intent_order)
  }
)
