import { createStep, createWorkflow, StepResponse, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { INSTITUTION_MODULE } from "../../modules/institution"
import type InstitutionModuleService from "../../modules/institution/service"
import { adjustOrderPurchasesStep, type AdjustOrderPurchasesResult } from "./steps/adjust-order-purchases"
import { countOrderPurchasesStep, type CountOrderPurchasesResult } from "./steps/count-order-purchases"
import { type LoadedOrderPurchases, loadOrderPurchasesStep, type OrderPurchaseFacts } from "./steps/load-order-purchases"

export const COUNT_INSTITUTION_ORDER_WORKFLOW = "count-institution-order"
export const CANCEL_INSTITUTION_ORDER_WORKFLOW = "cancel-institution-order"
export const SYNC_INSTITUTION_ORDER_PAYMENT_WORKFLOW = "sync-institution-order-payment"

/** One lock per institution: its agreements' amounts are read and written by one order at a time. */
export const institutionLockKey = (institutionId: string) => `institution_purchases:${institutionId}`
const LOCK = { timeout: 30, ttl: 60 }

/**
 * Counts a placed order for its institution, per county: toward the agreement
 * with each line's county and toward the reserved share (see
 * steps/count-order-purchases.ts). Idempotent per order, serialised per institution.
 */
export const countInstitutionOrderWorkflow = createWorkflow(COUNT_INSTITUTION_ORDER_WORKFLOW, (input: { order_id: string }) => {
  const loaded = loadOrderPurchasesStep(input)
  const result = when("institution-order", loaded, (l: LoadedOrderPurchases) => !!l.facts).then(() => {
    const facts = transform({ loaded }, ({ loaded }) => loaded.facts as OrderPurchaseFacts)
    const key = transform({ facts }, ({ facts }) => institutionLockKey(facts.institution_id))
    acquireLockStep({ key, ...LOCK })
    const counted = countOrderPurchasesStep(facts)
    releaseLockStep({ key })
    return counted
  })
  return new WorkflowResponse(
    transform({ result, loaded }, ({ result, loaded }): CountOrderPurchasesResult => result ?? { counted: false, reason: loaded.reason ?? "not counted" })
  )
})

/** The institution an order was counted for, if it was. */
const countedInstitutionStep = createStep("counted-institution-of-order", async (input: { order_id: string }, { container }) => {
  const service = container.resolve<InstitutionModuleService>(INSTITUTION_MODULE)
  const [row] = await service.listInstitutionPurchases({ order_id: input.order_id }, { take: 1, select: ["institution_id"] })
  return new StepResponse<string | null>(row?.institution_id ?? null)
})

const NOTHING: AdjustOrderPurchasesResult = { changed: false, ordered_delta: 0, paid_delta: 0 }

/** Takes a cancelled order's amounts back off its agreements and the reserved share (once). */
export const cancelInstitutionOrderWorkflow = createWorkflow(CANCEL_INSTITUTION_ORDER_WORKFLOW, (input: { order_id: string }) => {
  const institutionId = countedInstitutionStep(input)
  const result = when("counted", institutionId, (id: string | null) => !!id).then(() => {
    const key = transform({ institutionId }, ({ institutionId }) => institutionLockKey(institutionId!))
    acquireLockStep({ key, ...LOCK })
    const adjusted = adjustOrderPurchasesStep({ order_id: input.order_id, cancel: true as const })
    releaseLockStep({ key })
    return adjusted
  })
  return new WorkflowResponse(transform({ result }, ({ result }) => result ?? NOTHING))
})

/** Sets a counted order's paid amounts to what its payments captured minus refunds, and moves its agreements' paid_amount by the difference. */
export const syncInstitutionOrderPaymentWorkflow = createWorkflow(SYNC_INSTITUTION_ORDER_PAYMENT_WORKFLOW, (input: { order_id: string }) => {
  const institutionId = countedInstitutionStep(input)
  const result = when("counted", institutionId, (id: string | null) => !!id).then(() => {
    const loaded = loadOrderPurchasesStep(input)
    const key = transform({ institutionId }, ({ institutionId }) => institutionLockKey(institutionId!))
    acquireLockStep({ key, ...LOCK })
    const adjustInput = transform({ loaded, input }, ({ loaded, input }) => ({
      order_id: input.order_id,
      paid: Math.round((loaded.facts?.counties ?? []).reduce((sum, c) => sum + c.paid, 0) * 100) / 100,
    }))
    const adjusted = adjustOrderPurchasesStep(adjustInput)
    releaseLockStep({ key })
    return adjusted
  })
  return new WorkflowResponse(transform({ result }, ({ result }) => result ?? NOTHING))
})
