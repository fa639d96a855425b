import type { MedusaContainer } from "@medusajs/framework/types"
import {
  fromFen,
  type InstitutionStatementDTO,
  type InstitutionStatementEntryDTO,
  type InstitutionStatementOrderDTO,
  ORDER_PAYMENT_STATUS_LABELS,
  orderDueFen,
  orderPaymentStatus,
  type StatementEntryKind,
} from "@fupin/shared"
import { INSTITUTION_MODULE } from "../../modules/institution"
import type InstitutionModuleService from "../../modules/institution/service"
import { RECEIVING_MODULE } from "../../modules/receiving"
import type ReceivingModuleService from "../../modules/receiving/service"
import { SETTLEMENT_MODULE } from "../../modules/settlement"
import type SettlementModuleService from "../../modules/settlement/service"
import { fenOf } from "../../modules/settlement/service"
import { invoiceDetailsFrom } from "../institution/invoice-details"
import { institutionOrderRows, people, personLabel } from "../institution/portal"
import { ordersAgainstTerms } from "../settlement/terms"
import { type Period, supplierNames } from "./period"

/**
 * The institution's 对账单 for a month, built as a ledger from dated events
 * (an order placed adds its total, a cancellation takes it back, a deduction on
 * receipt and a received transfer reduce what is owed), so the month opens with
 * what was owed at its first moment and closes with what is owed at its end,
 * and every line between can be ticked off against the finance office's books.
 * Amounts are summed in fen: the figures agree with the supplier statements
 * and the order pages to the fen.
 */

type OrderRow = {
  id: string
  display_id?: number | null
  created_at: string | Date
  canceled_at?: string | Date | null
  status: string
  total: unknown
  customer_id?: string | null
  metadata?: Record<string, unknown> | null
  fulfillments?: Array<{ id: string; canceled_at?: string | Date | null } | null> | null
}

type Event = { at: Date; kind: StatementEntryKind; order_id: string; display_id: number | null; detail: string; fen: number }

const iso = (d: string | Date) => new Date(d).toISOString()

export async function institutionStatement(container: MedusaContainer, institutionId: string, month: string, period: Period): Promise<InstitutionStatementDTO> {
  const institution = await container.resolve<InstitutionModuleService>(INSTITUTION_MODULE).retrieveInstitution(institutionId)
  const orders = await institutionOrderRows<OrderRow>(container, institutionId, [
    "id", "display_id", "created_at", "canceled_at", "status", "total", "customer_id", "metadata", "fulfillments.id", "fulfillments.canceled_at",
  ])
  const ids = orders.map((o) => o.id)
  const receipts = ids.length
    ? await container.resolve<ReceivingModuleService>(RECEIVING_MODULE).listShipmentReceipts({ order_id: ids }, { take: null })
    : []
  const allocations = ids.length
    ? await container.resolve<SettlementModuleService>(SETTLEMENT_MODULE).listBankTransferAllocations({ order_id: ids }, { relations: ["transfer"], take: null })
    : []
  const suppliers = await supplierNames(container, receipts.map((r) => r.supplier_id))

  const displayOf = new Map(orders.map((o) => [o.id, o.display_id ?? null]))
  const events: Event[] = []
  for (const o of orders) {
    const fen = fenOf(o.total)
    events.push({ at: new Date(o.created_at), kind: "order", order_id: o.id, display_id: o.display_id ?? null, detail: "", fen })
    if (o.status === "canceled") {
      events.push({ at: new Date(o.canceled_at ?? o.created_at), kind: "cancellation", order_id: o.id, display_id: o.display_id ?? null, detail: "", fen: -fen })
    }
  }
  for (const r of receipts) {
    const fen = fenOf(r.deduction)
    if (fen > 0) {
      events.push({ at: new Date(r.confirmed_at), kind: "deduction", order_id: r.order_id, display_id: displayOf.get(r.order_id) ?? null, detail: suppliers.get(r.supplier_id) ?? r.supplier_id, fen: -fen })
    }
  }
  for (const a of allocations) {
    events.push({
      at: new Date(a.transfer.received_at),
      kind: "payment",
      order_id: a.order_id,
      display_id: displayOf.get(a.order_id) ?? null,
      detail: `${a.transfer.payer_name} · ${a.transfer.bank_reference}`,
      fen: -fenOf(a.amount),
    })
  }
  // by time; at the same moment an order comes before what settles it
  const rank: Record<StatementEntryKind, number> = { order: 0, deduction: 1, payment: 2, cancellation: 3 }
  events.sort((a, b) => a.at.getTime() - b.at.getTime() || rank[a.kind] - rank[b.kind] || a.order_id.localeCompare(b.order_id))

  const before = events.filter((e) => e.at < period.from)
  const within = events.filter((e) => e.at >= period.from && e.at < period.to)
  const opening = before.reduce((sum, e) => sum + e.fen, 0)
  let balance = opening
  const entries: InstitutionStatementEntryDTO[] = within.map((e) => {
    balance += e.fen
    return { at: e.at.toISOString(), kind: e.kind, order_id: e.order_id, display_id: e.display_id, detail: e.detail, amount: fromFen(e.fen), balance: fromFen(balance) }
  })
  const sumOf = (kind: StatementEntryKind) => within.filter((e) => e.kind === kind).reduce((sum, e) => sum + e.fen, 0)

  // the month's orders, as they stand now
  const placed = orders
    .filter((o) => new Date(o.created_at) >= period.from && new Date(o.created_at) < period.to)
    .sort((a, b) => new Date(a.created_at).getTime() - new Date(b.created_at).getTime())
  const who = await people(container, placed.map((o) => o.customer_id))
  const monthOrders: Array<Omit<InstitutionStatementOrderDTO, "due_date" | "overdue">> = placed.map((o) => {
    const canceled = o.status === "canceled"
    const total = canceled ? 0 : fenOf(o.total)
    const mine = receipts.filter((r) => r.order_id === o.id)
    const deduction = mine.reduce((sum, r) => sum + fenOf(r.deduction), 0)
    const due = orderDueFen(total, deduction)
    const paid = allocations.filter((a) => a.order_id === o.id).reduce((sum, a) => sum + fenOf(a.amount), 0)
    const status = orderPaymentStatus(due, paid)
    return {
      order_id: o.id,
      display_id: o.display_id ?? null,
      placed_at: iso(o.created_at),
      placed_by: personLabel(o.customer_id ? who.get(o.customer_id) : undefined),
      status: o.status,
      total: fromFen(total),
      deduction: fromFen(deduction),
      due: fromFen(due),
      paid: fromFen(paid),
      outstanding: fromFen(Math.max(0, due - paid)),
      overpaid: fromFen(Math.max(0, paid - due)),
      shipments: (o.fulfillments ?? []).filter((f) => f && !f.canceled_at).length,
      accepted_shipments: mine.length,
      payment_status_label: ORDER_PAYMENT_STATUS_LABELS[status],
    }
  })

  const terms = await ordersAgainstTerms(
    container,
    monthOrders.map((o) => ({ id: o.order_id, institution_id: institutionId, placed_at: o.placed_at, canceled: o.status === "canceled", outstanding_fen: Math.round(o.outstanding * 100) }))
  )

  // who placed each order of the month, on its ledger line
  const placedBy = new Map(placed.map((o) => [o.id, o.customer_id ? personLabel(who.get(o.customer_id)) : ""]))
  for (const e of entries) if (e.kind === "order" && !e.detail) e.detail = placedBy.get(e.order_id) ?? ""

  return {
    month,
    from: period.from.toISOString(),
    to: period.to.toISOString(),
    generated_at: new Date().toISOString(),
    institution: {
      id: institution.id,
      name: institution.name,
      credit_code: institution.credit_code,
      address: institution.address,
      contact: `${institution.contact_name} ${institution.contact_phone}`,
      invoice: invoiceDetailsFrom(institution.invoice_details),
    },
    currency_code: "cny",
    opening: fromFen(opening),
    purchases: fromFen(sumOf("order")),
    cancellations: fromFen(-sumOf("cancellation")),
    deductions: fromFen(-sumOf("deduction")),
    payments: fromFen(-sumOf("payment")),
    closing: fromFen(balance),
    entries,
    orders: monthOrders.map((o) => ({ ...o, due_date: terms.get(o.order_id)?.due_date ?? null, overdue: terms.get(o.order_id)?.overdue ?? false })),
  }
}
