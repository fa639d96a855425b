import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { IMPACT_MODULE } from "../../../modules/impact"
import type ImpactModuleService from "../../../modules/impact/service"
import type { NewImpactEntry } from "./build-sale-entries"

export type ReverseImpactInput = {
  order_id: string
  /** "cancel" reverses what is left of every line; "refund:<id>" a share of it */
  reference: string
  /** for refunds: the refunded amount, spread over the lines in proportion to what is left */
  amount?: number
}

export const buildReversalEntriesStepId = "build-impact-reversal-entries"

/** Reversal lines that bring the order's net down by the cancellation or refund, never below zero. */
export const buildReversalEntriesStep = createStep(buildReversalEntriesStepId, async (input: ReverseImpactInput, { container }) => {
  const impact = container.resolve<ImpactModuleService>(IMPACT_MODULE)
  const entries = await impact.listImpactEntries({ order_id: input.order_id }, { take: null })
  if (entries.some((e) => e.reference === input.reference)) return new StepResponse([] as NewImpactEntry[])

  type Entry = (typeof entries)[number]
  const lines = new Map<string, { sale: Entry; net: number }>()
  for (const e of entries) if (e.kind === "sale") lines.set(e.line_item_id, { sale: e, net: Number(e.amount) })
  for (const e of entries) {
    const line = lines.get(e.line_item_id)
    if (e.kind === "reversal" && line) line.net += Number(e.amount)
  }
  const open = [...lines.values()].filter((l) => l.net > 0)
  const remaining = open.reduce((n, l) => n + l.net, 0)
  if (remaining <= 0) return new StepResponse([] as NewImpactEntry[])

  const share = input.amount === undefined ? 1 : Math.min(1, Math.max(0, input.amount) / remaining)
  const now = new Date()
  const reversals: NewImpactEntry[] = open.map(({ sale, net }) => ({
    order_id: sale.order_id,
    line_item_id: sale.line_item_id,
    reference: input.reference,
    kind: "reversal",
    product_id: sale.product_id,
    product_title: sale.product_title,
    product_kind: sale.product_kind,
    product_kind_name: sale.product_kind_name,
    supplier_id: sale.supplier_id,
    supplier_name: sale.supplier_name,
    county_handle: sale.county_handle,
    certificate_number: sale.certificate_number,
    quantity: share === 1 ? -sale.quantity : 0,
    amount: -Math.round(net * share * 100) / 100,
    households: 0,
    occurred_at: now,
  }))
  return new StepResponse(reversals.filter((r) => r.amount !== 0))
})
