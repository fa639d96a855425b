import type { InstitutionInvoiceDetailsDTO } from "./payment-terms"
/**
 * Monthly statements (issue 11): the institution's 对账单 (what it bought, what
 * was deducted on receipt, what it paid, what it still owes) and the supplier's
 * 结算单 (what it sold, what was accepted, what was deducted, what it is owed).
 * A month is a calendar month in Beijing time (UTC+8), named "2026-12".
 */

/** "2026-12": a calendar month. */
export const STATEMENT_MONTH_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/

/** How a statement is answered: JSON for the portal, a PDF to file, a table for the finance office. */
export const STATEMENT_FORMATS = ["json", "pdf", "csv", "xlsx"] as const
export type StatementFormat = (typeof STATEMENT_FORMATS)[number]

const BEIJING_MS = 8 * 3600 * 1000

/** The month's first moment and the next month's first moment, Beijing time; null for a malformed month. */
export function statementPeriod(month: string): { from: Date; to: Date } | null {
  const m = STATEMENT_MONTH_PATTERN.exec(month)
  if (!m) return null
  const year = Number(m[1])
  const index = Number(m[2]) - 1
  if (year < 2000 || year > 2999) return null
  return { from: new Date(Date.UTC(year, index, 1) - BEIJING_MS), to: new Date(Date.UTC(year, index + 1, 1) - BEIJING_MS) }
}

/** The Beijing month a moment falls in. */
export function statementMonthOf(at: Date | string = new Date()): string {
  return new Date(new Date(at).getTime() + BEIJING_MS).toISOString().slice(0, 7)
}

/** This month and the `count − 1` before it, newest first (the portal's month picker). */
export function recentStatementMonths(count = 12, now: Date = new Date()): string[] {
  const [y, m] = statementMonthOf(now).split("-").map(Number) as [number, number]
  return Array.from({ length: count }, (_, i) => {
    const d = new Date(Date.UTC(y, m - 1 - i, 1))
    return d.toISOString().slice(0, 7)
  })
}

/** What moved an institution's balance: an order placed or cancelled, a deduction on receipt, a transfer. */
export const STATEMENT_ENTRY_KINDS = ["order", "cancellation", "deduction", "payment"] as const
export type StatementEntryKind = (typeof STATEMENT_ENTRY_KINDS)[number]

export const STATEMENT_ENTRY_LABELS: Record<StatementEntryKind, { zh: string; en: string }> = {
  order: { zh: "采购下单", en: "Order placed" },
  cancellation: { zh: "订单取消", en: "Order cancelled" },
  deduction: { zh: "验收扣减", en: "Deducted on receipt" },
  payment: { zh: "转账到账", en: "Transfer received" },
}

/** One line of the institution's ledger; amounts in yuan, positive when they add to what is owed. */
export interface InstitutionStatementEntryDTO {
  at: string
  kind: StatementEntryKind
  order_id: string
  display_id: number | null
  /** e.g. the supplier of a receipt, or the bank reference of a transfer */
  detail: string
  amount: number
  /** what the institution owed after this entry */
  balance: number
}

/** An order placed in the month, with where it stands now. */
export interface InstitutionStatementOrderDTO {
  order_id: string
  display_id: number | null
  placed_at: string
  placed_by: string
  status: string
  total: number
  deduction: number
  due: number
  paid: number
  outstanding: number
  overpaid: number
  shipments: number
  accepted_shipments: number
  payment_status_label: { zh: string; en: string }
  /** when the money is due under the institution's terms (null: goods still to ship or be accepted) */
  due_date: string | null
  overdue: boolean
}

/** GET /store/institution/statements/:month (and the operator's copy): the 对账单. */
export interface InstitutionStatementDTO {
  month: string
  from: string
  to: string
  generated_at: string
  institution: { id: string; name: string; credit_code: string; address: string; contact: string; invoice?: InstitutionInvoiceDetailsDTO | null }
  currency_code: "cny"
  /** owed at the start of the month (negative: paid in advance) */
  opening: number
  purchases: number
  cancellations: number
  deductions: number
  payments: number
  /** owed at the end of the month, or now for the current month */
  closing: number
  entries: InstitutionStatementEntryDTO[]
  orders: InstitutionStatementOrderDTO[]
}

/** A line of a supplier's sale: its product in an order placed in the month. */
export interface SupplierStatementSaleDTO {
  order_id: string
  display_id: number | null
  placed_at: string
  /** the institution's name, or 零售 for a shopper's order */
  buyer: string
  channel: "institution" | "retail"
  order_status: string
  title: string
  sku: string | null
  quantity: number
  unit_price: number
  amount: number
  shipped_quantity: number
}

/** A shipment accepted in the month (an institution's 验收, or a retail parcel shipped): what the supplier is owed for it. */
export interface SupplierStatementSettlementDTO {
  order_id: string
  display_id: number | null
  fulfillment_id: string
  buyer: string
  channel: "institution" | "retail"
  shipped_at: string | null
  accepted_at: string
  /** accepted automatically after the waiting days */
  auto_accepted: boolean
  shipped_amount: number
  deduction: number
  /** shipped − deduction: what this shipment earns the supplier */
  accepted_amount: number
}

/** GET /supplier/statements/:month (and the operator's copy): the 结算单. */
export interface SupplierStatementDTO {
  month: string
  from: string
  to: string
  generated_at: string
  supplier: { id: string; legal_name: string; credit_code: string; county: string }
  currency_code: "cny"
  /** what it sold in orders placed this month */
  sold: number
  /** the value shipped in the shipments settled this month, what was deducted from them, and what they earn */
  shipped: number
  deductions: number
  owed: number
  /** now, over every month: shipped to institutions and not yet accepted */
  awaiting_acceptance: number
  sales: SupplierStatementSaleDTO[]
  settlements: SupplierStatementSettlementDTO[]
}

/** Medusa's order statuses as statements print them. */
export const ORDER_STATUS_LABELS: Record<string, { zh: string; en: string }> = {
  pending: { zh: "进行中", en: "Open" },
  completed: { zh: "已完成", en: "Completed" },
  canceled: { zh: "已取消", en: "Cancelled" },
  requires_action: { zh: "待处理", en: "Needs action" },
  archived: { zh: "已归档", en: "Archived" },
  draft: { zh: "草稿", en: "Draft" },
}

/** GET /store/institution/statements/:month (format json). */
export interface StoreGetInstitutionStatementResponse {
  statement: InstitutionStatementDTO
}

/** GET /supplier/statements/:month (format json). */
export interface SupplierStatementResponse {
  statement: SupplierStatementDTO
}
