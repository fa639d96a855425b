import { MathBN } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { INSTITUTION_MODULE } from "../../../modules/institution"
import type InstitutionModuleService from "../../../modules/institution/service"
import { cny } from "../../../modules/institution/service"
import type { OrderPurchaseFacts } from "./load-order-purchases"

export type CountOrderPurchasesResult =
  | { counted: true; purchases: Array<{ county_handle: string; amount: number; agreement_id: string | null }> }
  | { counted: false; reason: string }

type Undo = { purchase_ids: string[]; agreements: Array<{ id: string; ordered_amount: number; paid_amount: number }> }

type AgreementRow = { id: string; county_handle: string; period_start: Date | string; period_end: Date | string; ordered_amount: unknown; paid_amount: unknown }

/** The institution's active agreement with a county on a date: one whose period holds the date, else the first active one. */
export function agreementFor<T extends AgreementRow>(agreements: T[], county: string, when: Date | string): T | undefined {
  // a date passed between workflow steps arrives serialized
  const on = new Date(when)
  const mine = agreements.filter((a) => a.county_handle === county)
  return (
    mine.find((a) => new Date(a.period_start).getTime() <= on.getTime() && on.getTime() <= new Date(a.period_end).getTime()) ?? mine[0]
  )
}

/**
 * Counts what an order bought, per county, for its institution, once: each
 * county's amount goes to the institution's agreement with that county (an
 * institution order; a member's personal order counts only toward the
 * reserved share), and every row counts toward the reserved share. An order
 * already counted (even cancelled since) adds nothing. Runs under the
 * institution's lock (see count-institution-order.ts).
 */
export const countOrderPurchasesStep = createStep(
  "count-order-purchases",
  async (facts: OrderPurchaseFacts, { container }) => {
    const service = container.resolve<InstitutionModuleService>(INSTITUTION_MODULE)
    const [already] = await service.listInstitutionPurchases({ order_id: facts.order_id }, { withDeleted: true, take: 1 })
    if (already) return new StepResponse<CountOrderPurchasesResult, Undo | null>({ counted: false, reason: "order already counted" }, null)

    const agreements = (facts.source === "institution"
      ? await service.listIntentAgreements({ institution_id: facts.institution_id, status: "active" }, { take: null, order: { created_at: "ASC" } })
      : []) as unknown as AgreementRow[]
    const rows = facts.counties.map((c) => ({ ...c, agreement: agreementFor(agreements, c.county_handle, facts.placed_at) }))
    const created = await service.createInstitutionPurchases(
      rows.map((r) => ({
        order_id: facts.order_id,
        customer_id: facts.customer_id,
        institution_id: facts.institution_id,
        county_handle: r.county_handle,
        amount: r.amount,
        paid_amount: r.paid,
        source: facts.source,
        placed_at: facts.placed_at,
        agreement_id: r.agreement?.id ?? null,
      }))
    )
    const undo: Undo = { purchase_ids: created.map((p) => p.id), agreements: [] }
    const updates = rows.filter((r) => r.agreement)
    for (const r of updates) {
      const a = r.agreement!
      undo.agreements.push({ id: a.id, ordered_amount: cny(a.ordered_amount), paid_amount: cny(a.paid_amount) })
    }
    if (updates.length) {
      await service.updateIntentAgreements(
        updates.map((r) => ({
          id: r.agreement!.id,
          ordered_amount: MathBN.add(r.agreement!.ordered_amount as never, r.amount).toNumber(),
          paid_amount: MathBN.add(r.agreement!.paid_amount as never, r.paid).toNumber(),
        }))
      )
    }
    return new StepResponse<CountOrderPurchasesResult, Undo | null>(
      { counted: true, purchases: rows.map((r) => ({ county_handle: r.county_handle, amount: r.amount, agreement_id: r.agreement?.id ?? null })) },
      undo
    )
  },
  async (undo, { container }) => {
    if (!undo) return
    const service = container.resolve<InstitutionModuleService>(INSTITUTION_MODULE)
    if (undo.agreements.length) await service.updateIntentAgreements(undo.agreements)
    await service.deleteInstitutionPurchases(undo.purchase_ids)
  }
)
