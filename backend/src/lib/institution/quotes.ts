import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { needsApproval, type PortalDeliveryDTO, type QuoteDTO, type QuoteLineDTO, type QuoteStatus, quoteGrandTotal, quoteStatusAt, quoteTotal } from "@fupin/shared"
import { INSTITUTION_MODULE } from "../../modules/institution"
import type InstitutionModuleService from "../../modules/institution/service"
import { cny } from "../../modules/institution/service"
import { deliveryOf } from "./canteens"
import { type PadContext, padVariants } from "./pad"
import { people } from "./portal"

/** A quote as the institution module keeps it. */
export type QuoteRow = {
  id: string
  institution_id: string
  status: QuoteStatus
  draft_order_id: string
  lines: unknown
  currency_code: string
  note: string | null
  requested_by: string
  answer_note: string | null
  answered_at: Date | string | null
  valid_until: Date | string | null
  shipping_total?: unknown
  decided_by: string | null
  decided_at: Date | string | null
  decline_note?: string | null
  order_id: string | null
  created_at: Date | string
}

/** A line as the quote keeps it (QuoteLineDTO). */
export type StoredQuoteLine = QuoteLineDTO

export const quoteLinesOf = (row: Pick<QuoteRow, "lines">): StoredQuoteLine[] => (Array.isArray(row.lines) ? (row.lines as StoredQuoteLine[]) : [])

const iso = (d: Date | string | null | undefined) => (d ? new Date(d).toISOString() : null)

/**
 * The pad's lines as a quote asks for them: the same variant twice added up,
 * each one on sale (certified, listed, priced) today, with its price of the day.
 * Anything else is a 400 naming the line.
 */
export async function quoteLinesFor(
  container: MedusaContainer,
  ctx: PadContext,
  lines: Array<{ variant_id: string; quantity: number }>
): Promise<Array<{ variant_id: string; quantity: number; sku: string | null; title: string; list_unit_price: number }>> {
  const merged = new Map<string, number>()
  for (const l of lines) merged.set(l.variant_id, (merged.get(l.variant_id) ?? 0) + l.quantity)
  const variants = new Map((await padVariants(container, ctx, { variant_ids: [...merged.keys()] })).map((v) => [v.variant_id, v]))
  return [...merged.entries()].map(([variant_id, quantity], i) => {
    const v = variants.get(variant_id)
    if (!v) throw new MedusaError(MedusaError.Types.INVALID_DATA, `lines.${i}.variant_id: 找不到商品 ${variant_id} / no such product variant`)
    if (!v.on_sale || v.unit_price === null) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `lines.${i}.variant_id: ${v.product_title || v.sku} 暂不可售，不能询价 / is not on sale: it cannot be quoted`)
    }
    const title = [v.product_title, v.variant_title].filter((t) => t && t !== "Default variant").join(" · ")
    return { variant_id, quantity, sku: v.sku, title, list_unit_price: v.unit_price }
  })
}

/** The institution's approval amount, in CNY, or null (never). */
async function thresholdsOf(container: MedusaContainer, institutionIds: string[]): Promise<Map<string, { name: string; threshold: number | null }>> {
  const service = container.resolve<InstitutionModuleService>(INSTITUTION_MODULE)
  const rows = institutionIds.length ? await service.listInstitutions({ id: [...new Set(institutionIds)] }, { select: ["id", "name", "approval_threshold"] }) : []
  return new Map(rows.map((i) => [i.id, { name: i.name, threshold: i.approval_threshold === null || i.approval_threshold === undefined ? null : cny(i.approval_threshold) }]))
}

/** Whether accepting this quote needs an approver: its quoted total is above the institution's approval amount (the pad's rule). */
export function quoteNeedsApprover(row: Pick<QuoteRow, "lines">, threshold: number | null): boolean {
  const total = quoteTotal(quoteLinesOf(row))
  return total !== null && needsApproval(total, threshold)
}

export async function quoteNeedsApproverOf(container: MedusaContainer, row: Pick<QuoteRow, "lines" | "institution_id">): Promise<boolean> {
  return quoteNeedsApprover(row, (await thresholdsOf(container, [row.institution_id])).get(row.institution_id)?.threshold ?? null)
}

/** Quotes as the portal and the admin show them. */
export async function quoteDTOs(container: MedusaContainer, rows: QuoteRow[], now: Date = new Date()): Promise<QuoteDTO[]> {
  if (!rows.length) return []
  const who = await people(container, rows.flatMap((r) => [r.requested_by, r.decided_by]))
  const institutions = await thresholdsOf(container, rows.map((r) => r.institution_id))
  // the accepted quotes' orders (for their numbers) and every draft (for the delivery asked for, in its metadata)
  const orderIds = [...new Set(rows.flatMap((r) => [r.order_id, r.draft_order_id]).filter((id): id is string => !!id))]
  const displayIds = new Map<string, number>()
  const deliveries = new Map<string, PortalDeliveryDTO | null>()
  if (orderIds.length) {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "order", fields: ["id", "display_id", "metadata"], filters: { id: orderIds } })
    for (const o of data as unknown as Array<{ id: string; display_id: number; metadata: Record<string, unknown> | null }>) {
      displayIds.set(o.id, o.display_id)
      deliveries.set(o.id, deliveryOf(o.metadata))
    }
  }
  return rows.map((r) => {
    const lines = quoteLinesOf(r)
    const inst = institutions.get(r.institution_id)
    const itemTotal = quoteTotal(lines)
    // answered before quotes carried delivery: their draft has no shipping method, so nothing is charged for it
    const shippingTotal = itemTotal === null ? null : cny(r.shipping_total)
    return {
      id: r.id,
      institution_id: r.institution_id,
      institution_name: inst?.name,
      status: quoteStatusAt({ status: r.status, valid_until: r.valid_until }, now),
      note: r.note,
      answer_note: r.answer_note,
      valid_until: iso(r.valid_until),
      currency_code: r.currency_code,
      lines,
      list_total: quoteTotal(lines.map((l) => ({ quantity: l.quantity, unit_price: l.list_unit_price }))) ?? 0,
      item_total: itemTotal,
      shipping_total: shippingTotal,
      total: quoteGrandTotal(itemTotal, shippingTotal),
      requested_by: who.get(r.requested_by) ?? null,
      answered_at: iso(r.answered_at),
      decided_by: r.decided_by ? (who.get(r.decided_by) ?? null) : null,
      decided_at: iso(r.decided_at),
      decline_note: r.decline_note ?? null,
      draft_order_id: r.draft_order_id,
      order_id: r.order_id,
      order_display_id: r.order_id ? (displayIds.get(r.order_id) ?? null) : null,
      needs_approver: quoteNeedsApprover(r, inst?.threshold ?? null),
      delivery: deliveries.get(r.draft_order_id) ?? null,
      created_at: new Date(r.created_at).toISOString(),
    }
  })
}

export async function quoteDTO(container: MedusaContainer, id: string): Promise<QuoteDTO> {
  const service = container.resolve<InstitutionModuleService>(INSTITUTION_MODULE)
  const [row] = await service.listInstitutionQuotes({ id })
  if (!row) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Quote with id: ${id} was not found`)
  return (await quoteDTOs(container, [row as unknown as QuoteRow]))[0]!
}
