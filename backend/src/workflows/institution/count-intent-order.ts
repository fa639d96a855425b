import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { adjustIntentOrderStep, type AdjustIntentOrderResult } from "./steps/adjust-intent-order"
import { countOrderAgainstIntentStep, type CountOrderResult } from "./steps/count-order-against-intent"
import { type IntentOrderFacts, loadIntentOrderStep } from "./steps/load-intent-order"

export const COUNT_INTENT_ORDER_WORKFLOW = "count-intent-order"
export const CANCEL_INTENT_ORDER_WORKFLOW = "cancel-intent-order"
export const SYNC_INTENT_ORDER_PAYMENT_WORKFLOW = "sync-intent-order-payment"

const lockKey = (facts: IntentOrderFacts | null) => `intent_agreement:${facts?.agreement_id ?? "none"}`
const hasAgreement = (facts: IntentOrderFacts | null) => Boolean(facts?.agreement_id)

/**
 * Counts a placed order against the intent agreement named in its metadata
 * (intent_agreement_id). Idempotent per order; serialised per agreement so that
 * concurrent orders do not lose each other's amounts.
 */
export const countIntentOrderWorkflow = createWorkflow(COUNT_INTENT_ORDER_WORKFLOW, (input: { order_id: string }) => {
  const facts = loadIntentOrderStep(input)
  const result = when("has-agreement", facts, hasAgreement).then(() => {
    const key = transform({ facts }, ({ facts }) => lockKey(facts))
    acquireLockStep({ key, timeout: 30, ttl: 60 })
    const counted = countOrderAgainstIntentStep(facts as unknown as IntentOrderFacts)
    releaseLockStep({ key })
    return counted
  })
  return new WorkflowResponse(
    transform({ result }, ({ result }): CountOrderResult => result ?? { counted: false, reason: "order carries no intent agreement" })
  )
})

/** Takes a cancelled order's amounts back off its agreement (once). */
export const cancelIntentOrderWorkflow = createWorkflow(CANCEL_INTENT_ORDER_WORKFLOW, (input: { order_id: string }) => {
  const facts = loadIntentOrderStep(input)
  const result = when("has-agreement", facts, hasAgreement).then(() => {
    const key = transform({ facts }, ({ facts }) => lockKey(facts))
    acquireLockStep({ key, timeout: 30, ttl: 60 })
    const adjusted = adjustIntentOrderStep({ order_id: input.order_id, cancel: true as const })
    releaseLockStep({ key })
    return adjusted
  })
  return new WorkflowResponse(
    transform({ result }, ({ result }): AdjustIntentOrderResult => result ?? { changed: false, ordered_delta: 0, paid_delta: 0 })
  )
})

/** Sets a counted order's paid amount to what its payments captured minus refunds, and moves the agreement's paid_amount by the difference. */
export const syncIntentOrderPaymentWorkflow = createWorkflow(
  SYNC_INTENT_ORDER_PAYMENT_WORKFLOW,
  (input: { order_id: string }) => {
    const facts = loadIntentOrderStep(input)
    const result = when("has-agreement", facts, hasAgreement).then(() => {
      const key = transform({ facts }, ({ facts }) => lockKey(facts))
      acquireLockStep({ key, timeout: 30, ttl: 60 })
      const adjustInput = transform({ facts }, ({ facts }) => ({ order_id: facts!.order_id, paid: facts!.paid }))
      const adjusted = adjustIntentOrderStep(adjustInput)
      releaseLockStep({ key })
      return adjusted
    })
    return new WorkflowResponse(
      transform({ result }, ({ result }): AdjustIntentOrderResult => result ?? { changed: false, ordered_delta: 0, paid_delta: 0 })
    )
  }
)
