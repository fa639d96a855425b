/**
 * Issue 10: 询价 (requests for a quote). An institution's purchaser asks for a price on the pad's
 * lines; the operator answers with a unit price per line and a validity date; a purchaser (or, above
 * the institution's approval amount, an approver other than the one who asked) accepts it, and the
 * quote's Medusa draft order becomes the order at those prices; or the institution declines it.
 */
import type { PortalDeliveryDTO, PortalPersonDTO } from "./institution-portal"

export const QUOTE_STATUSES = ["requested", "answered", "accepted", "declined", "expired"] as const
export type QuoteStatus = (typeof QUOTE_STATUSES)[number]

export const QUOTE_STATUS_LABELS: Record<QuoteStatus, { zh: string; en: string }> = {
  requested: { zh: "待报价", en: "Awaiting prices" },
  answered: { zh: "已报价", en: "Answered" },
  accepted: { zh: "已接受", en: "Accepted" },
  declined: { zh: "已拒绝", en: "Declined" },
  expired: { zh: "已过期", en: "Expired" },
}

/** At most this many lines in one request; a line's quantity is a whole number from 1 to MAX_QUOTE_QUANTITY. */
export const MAX_QUOTE_LINES = 500
export const MAX_QUOTE_QUANTITY = 99_999
export const MAX_QUOTE_NOTE_LENGTH = 500

export const QUOTE_MESSAGES = {
  expired: (date: string) => `valid_until: 报价已于 ${date} 过期，不能再接受；请重新询价 / This quote expired on ${date} and can no longer be accepted: request a new one`,
  notAnswered: "status: 运营方尚未报价，暂不能接受 / The operator has not answered this quote yet",
  closed: (status: QuoteStatus) =>
    `status: 此询价单${QUOTE_STATUS_LABELS[status].zh}，不能再操作 / This quote is ${QUOTE_STATUS_LABELS[status].en.toLowerCase()}: nothing more can be done with it`,
  needsApprover:
    "此报价超过本单位的审批金额，需由提交人以外的「审批人」接受 / This quote is above your institution's approval amount: an approver other than the member who asked must accept it",
  unknownLine: (id: string) => `lines: 询价单没有行 ${id} / the quote has no line ${id}`,
  everyLine: "lines: 每一行都要报价 / every line needs a price",
  pastDate: "valid_until: 有效期必须晚于现在 / valid_until must be in the future",
} as const

/**
 * What a quote's status is at a moment: an answered quote whose validity date has passed is
 * expired, whether or not anyone has looked at it since.
 */
export function quoteStatusAt(quote: { status: QuoteStatus; valid_until: string | Date | null }, now: Date = new Date()): QuoteStatus {
  if (quote.status === "answered" && quote.valid_until && new Date(quote.valid_until).getTime() < now.getTime()) return "expired"
  return quote.status
}

/** Σ quantity × unit price, in yuan rounded to fen; null while a line has no price. */
export function quoteTotal(lines: Array<{ quantity: number; unit_price: number | null }>): number | null {
  let fen = 0
  for (const l of lines) {
    if (l.unit_price === null || l.unit_price === undefined) return null
    fen += Math.round(l.unit_price * 100) * l.quantity
  }
  return fen / 100
}

/** The quote's goods and delivery added up, in yuan rounded to fen; null while either is unknown. */
export function quoteGrandTotal(itemTotal: number | null, shippingTotal: number | null): number | null {
  if (itemTotal === null || shippingTotal === null) return null
  return (Math.round(itemTotal * 100) + Math.round(shippingTotal * 100)) / 100
}

/** One line of a quote: what was asked (variant, quantity, the list price of the day) and the operator's price. */
export interface QuoteLineDTO {
  /** the draft order's line item */
  id: string
  variant_id: string
  sku: string | null
  title: string
  quantity: number
  /** the catalogue (or institutional) price when the quote was requested */
  list_unit_price: number
  /** the operator's price; null until answered */
  unit_price: number | null
}

export interface QuoteDTO {
  id: string
  institution_id: string
  institution_name?: string
  status: QuoteStatus
  note: string | null
  /** the operator's note with the answer */
  answer_note: string | null
  valid_until: string | null
  currency_code: string
  lines: QuoteLineDTO[]
  /** Σ list prices, and Σ quoted prices once answered */
  list_total: number
  item_total: number | null
  /** the delivery fee the operator quoted (by default the home-delivery rule's for the quoted goods); null until answered */
  shipping_total: number | null
  /** what the order will cost: the quoted goods and the delivery; null until answered */
  total: number | null
  requested_by: PortalPersonDTO | null
  answered_at: string | null
  decided_by: PortalPersonDTO | null
  decided_at: string | null
  /** why the member declined, when they said */
  decline_note: string | null
  draft_order_id: string
  /** the order an accepted quote became */
  order_id: string | null
  order_display_id: number | null
  /** true when accepting needs an approver (the total is above the institution's approval amount) */
  needs_approver: boolean
  /** the canteen and date the member asked delivery to (they become the order's), or null */
  delivery: PortalDeliveryDTO | null
  created_at: string
}

export interface StoreCreateQuoteRequest {
  lines: Array<{ variant_id: string; quantity: number }>
  note?: string
  /** the canteen to deliver to (the institution's own address when none) */
  canteen_id?: string
  /** the day wanted (YYYY-MM-DD, Kunming; today up to 60 days ahead) */
  requested_delivery_date?: string
}
export interface StoreQuoteResponse {
  quote: QuoteDTO
}
export interface StoreListQuotesResponse {
  quotes: QuoteDTO[]
  count: number
}
export interface AdminAnswerQuoteRequest {
  lines: Array<{ id: string; unit_price: number }>
  /** ISO date-time (or YYYY-MM-DD: the end of that day in Beijing) */
  valid_until: string
  note?: string
  /** the delivery fee (元, 0 for free); when left out, the home-delivery rule's price for the quoted goods */
  shipping_total?: number
}
export type AdminQuoteResponse = StoreQuoteResponse
export type AdminListQuotesResponse = StoreListQuotesResponse
