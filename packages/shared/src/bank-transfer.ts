import type { OrderPaymentTermsDTO } from "./payment-terms"
/**
 * 对公转账 (bank transfer): how institutions pay. The order is placed with its
 * payment authorized but not captured; the institution transfers the amount to
 * the platform's receiving account quoting the order's payment reference; the
 * operator records the transfer (one transfer may settle several orders,
 * 合并货款认领) and each order's payment is captured once what was allocated to
 * it reaches its total. Amounts here are CNY in major units (Medusa's), compared
 * in whole fen so nothing is ever rounded silently.
 */

/** Medusa's id of the bank-transfer provider (`pp_<identifier>_<id>`, src/modules/bank-transfer). */
export const BANK_TRANSFER_PROVIDER_ID = "pp_bank-transfer_bank-transfer" as const

/** Letters and digits a person reads off a transfer slip without confusing them: no 0/O, 1/I/L. */
export const PAYMENT_REFERENCE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"

/** FP + date (Beijing time, YYYYMMDD) + 6 characters of the alphabet above, e.g. FP20261202K7QW3M. */
export const PAYMENT_REFERENCE_PATTERN = /^FP\d{8}[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{6}$/

/** A new payment reference for `date`; `random` yields integers in [0, 256) (crypto in production). */
export function paymentReference(date: Date, random: (n: number) => Uint8Array): string {
  const beijing = new Date(date.getTime() + 8 * 3600 * 1000)
  const ymd = beijing.toISOString().slice(0, 10).replace(/-/g, "")
  const alphabet = PAYMENT_REFERENCE_ALPHABET
  // rejection sampling: 256 is not a multiple of 31, so bytes ≥ 248 are drawn again (no bias)
  const limit = 256 - (256 % alphabet.length)
  let out = ""
  while (out.length < 6) {
    for (const b of random(12)) {
      if (b < limit && out.length < 6) out += alphabet[b % alphabet.length]
    }
  }
  return `FP${ymd}${out}`
}

/** The account institutions transfer to (from the backend's environment, BANK_TRANSFER_*). */
export interface ReceivingAccount {
  /** 户名 */
  name: string
  /** 开户行 */
  bank: string
  /** 账号 */
  account: string
}

/**
 * Whole fen of a CNY amount given in yuan (a number or a decimal string).
 * Throws RangeError for anything that is not a finite amount with at most two
 * decimals: an amount is never rounded to fit.
 */
export function toFen(amount: number | string): number {
  const text = typeof amount === "number" ? amountText(amount) : amount.trim()
  const m = /^(-)?(\d+)(?:\.(\d{1,2}))?$/.exec(text)
  if (!m) throw new RangeError(`not an amount in yuan with at most two decimals: ${String(amount)}`)
  const fen = Number(m[2]) * 100 + Number((m[3] ?? "").padEnd(2, "0"))
  if (!Number.isSafeInteger(fen)) throw new RangeError(`amount too large: ${String(amount)}`)
  return m[1] ? -fen : fen
}

/** A number as its shortest decimal text (no exponent for the amounts we meet). */
function amountText(n: number): string {
  if (!Number.isFinite(n)) return String(n)
  const s = String(n)
  return /e/i.test(s) ? n.toFixed(20).replace(/\.?0+$/, "") : s
}

/** Yuan (major units, exact to the fen) from whole fen. */
export const fromFen = (fen: number): number => Number((fen / 100).toFixed(2))

/** Where an order stands with its transfers: 待付款, 部分付款, 已付款, 多付. */
export const ORDER_PAYMENT_STATUSES = ["awaiting", "partial", "paid", "overpaid"] as const
export type OrderPaymentStatus = (typeof ORDER_PAYMENT_STATUSES)[number]

export const ORDER_PAYMENT_STATUS_LABELS: Record<OrderPaymentStatus, { zh: string; en: string }> = {
  awaiting: { zh: "待付款", en: "Awaiting payment" },
  partial: { zh: "部分付款", en: "Partly paid" },
  paid: { zh: "已付款", en: "Paid" },
  overpaid: { zh: "多付", en: "Overpaid" },
}

/** What an order still owes in fen once receipt deductions are taken off its total (never below nothing). */
export const orderDueFen = (totalFen: number, deductedFen: number): number => Math.max(0, totalFen - deductedFen)

/** The status of an order of `totalFen` to which transfers of `paidFen` were allocated. */
export function orderPaymentStatus(totalFen: number, paidFen: number): OrderPaymentStatus {
  if (paidFen <= 0) return "awaiting"
  if (paidFen < totalFen) return "partial"
  if (paidFen === totalFen) return "paid"
  return "overpaid"
}

/** GET /store/institution/orders/:id/payment: what to transfer and what has arrived. */
export interface InstitutionOrderPaymentDTO {
  order_id: string
  display_id: number | null
  provider_id: string | null
  /** the reference to quote on the transfer (null for an order not paid by transfer) */
  reference: string | null
  account: ReceivingAccount | null
  currency_code: string
  total: number
  /** what receipts (验收) deducted for short or damaged goods */
  deduction: number
  /** what is owed: total − deduction */
  due: number
  /** allocated to this order from recorded transfers */
  paid: number
  /** due − paid, never below 0 */
  outstanding: number
  /** paid − due, when more arrived than was owed */
  overpaid: number
  status: OrderPaymentStatus
  status_label: { zh: string; en: string }
  /** Medusa's payment: captured once paid in full */
  captured: boolean
  transfers: Array<{ bank_reference: string; received_at: string; payer_name: string; amount: number }>
  /** the institution's terms (先款后货 or 账期) and the order's due date against them */
  terms: OrderPaymentTermsDTO
}
export interface StoreGetInstitutionOrderPaymentResponse {
  payment: InstitutionOrderPaymentDTO
}

/** POST /admin/bank-transfers */
export interface AdminCreateBankTransferBody {
  /** yuan, at most two decimals, as a number or a string ("1234.50") */
  amount: number | string
  /** ISO date or date-time the money arrived */
  received_at: string
  payer_name: string
  payer_account: string
  /** the bank's own reference of the transfer (流水号): recorded once only */
  bank_reference: string
  note?: string | null
  /** how the amount is split over orders; the parts add up to the amount exactly */
  allocations: Array<{ order_id: string; amount: number | string }>
}

export interface AdminBankTransferDTO {
  id: string
  amount: number
  received_at: string
  payer_name: string
  payer_account: string
  bank_reference: string
  note: string | null
  created_at: string
  allocations: Array<{
    order_id: string
    display_id: number | null
    amount: number
    /** the order's status after all transfers recorded so far */
    order_status: OrderPaymentStatus
  }>
}
export interface AdminBankTransferResponse {
  bank_transfer: AdminBankTransferDTO
}
export interface AdminListBankTransfersResponse {
  bank_transfers: AdminBankTransferDTO[]
  count: number
  limit: number
  offset: number
}
