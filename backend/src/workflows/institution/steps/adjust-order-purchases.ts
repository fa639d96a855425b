import { MathBN } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { INSTITUTION_MODULE } from "../../../modules/institution"
import type InstitutionModuleService from "../../../modules/institution/service"
import { cny } from "../../../modules/institution/service"
import { splitPaid } from "./load-order-purchases"

export type AdjustOrderPurchasesInput =
  /** the order was cancelled: take its amounts back off the agreements and the reserved share */
  | { order_id: string; cancel: true }
  /** payments changed: the order's paid amount is now `paid` (captured − refunded) */
  | { order_id: string; paid: number }

export type AdjustOrderPurchasesResult = { changed: boolean; ordered_delta: number; paid_delta: number }

type Undo = {
  purchases: Array<{ id: string; paid_amount: number; cancelled_at: Date | null }>
  agreements: Array<{ id: string; ordered_amount: number; paid_amount: number }>
}

/**
 * Applies a cancellation or a payment change of a counted order to its
 * purchases and their agreements. Idempotent: a cancelled order is not
 * cancelled twice, and paid amounts are set (not added).
 */
export const adjustOrderPurchasesStep = createStep(
  "adjust-order-purchases",
  async (input: AdjustOrderPurchasesInput, { container }) => {
    const service = container.resolve<InstitutionModuleService>(INSTITUTION_MODULE)
    const none = new StepResponse<AdjustOrderPurchasesResult, Undo | null>({ changed: false, ordered_delta: 0, paid_delta: 0 }, null)
    const purchases = (await service.listInstitutionPurchases({ order_id: input.order_id }, { take: null })).filter((p) => !p.cancelled_at)
    if (!purchases.length) return none

    const sorted = [...purchases].sort((a, b) => a.county_handle.localeCompare(b.county_handle))
    const next = "cancel" in input
      ? sorted.map((p) => ({ p, ordered: -cny(p.amount), paid: -cny(p.paid_amount) }))
      : splitPaid(sorted.map((p) => ({ county_handle: p.county_handle, amount: cny(p.amount) })), input.paid).map((s, i) => ({
          p: sorted[i]!,
          ordered: 0,
          paid: MathBN.sub(s.paid, cny(sorted[i]!.paid_amount)).toNumber(),
        }))
    if (!("cancel" in input) && next.every((n) => n.paid === 0)) return none

    const agreementIds = [...new Set(sorted.map((p) => p.agreement_id).filter((id): id is string => !!id))]
    const agreements = agreementIds.length ? await service.listIntentAgreements({ id: agreementIds }, { take: null }) : []
    const undo: Undo = {
      purchases: sorted.map((p) => ({ id: p.id, paid_amount: cny(p.paid_amount), cancelled_at: p.cancelled_at ?? null })),
      agreements: agreements.map((a) => ({ id: a.id, ordered_amount: cny(a.ordered_amount), paid_amount: cny(a.paid_amount) })),
    }
    const now = new Date()
    await service.updateInstitutionPurchases(
      next.map((n) =>
        "cancel" in input
          ? { id: n.p.id, cancelled_at: now }
          : { id: n.p.id, paid_amount: MathBN.add(n.p.paid_amount as never, n.paid).toNumber() }
      )
    )
    if (agreements.length) {
      await service.updateIntentAgreements(
        agreements.map((a) => {
          const mine = next.filter((n) => n.p.agreement_id === a.id)
          return {
            id: a.id,
            ordered_amount: MathBN.add(a.ordered_amount as never, MathBN.sum(0, ...mine.map((n) => n.ordered))).toNumber(),
            paid_amount: MathBN.add(a.paid_amount as never, MathBN.sum(0, ...mine.map((n) => n.paid))).toNumber(),
          }
        })
      )
    }
    return new StepResponse<AdjustOrderPurchasesResult, Undo | null>(
      {
        changed: true,
        ordered_delta: MathBN.sum(0, ...next.map((n) => n.ordered)).toNumber(),
        paid_delta: MathBN.sum(0, ...next.map((n) => n.paid)).toNumber(),
      },
      undo
    )
  },
  async (undo, { container }) => {
    if (!undo) return
    const service = container.resolve<InstitutionModuleService>(INSTITUTION_MODULE)
    if (undo.agreements.length) await service.updateIntentAgreements(undo.agreements)
    await service.updateInstitutionPurchases(undo.purchases)
  }
)
