/**
 * 验收 (receiving): each supplier's shipment of an institution order arrives at
 * a canteen, and the institution confirms it, line by line: how many arrived,
 * how many of those were damaged, and whether it accepts the shipment or
 * disputes it. What was not accepted (short or damaged) is deducted from what
 * the institution owes and from what the supplier is paid. A shipment nobody
 * confirmed is accepted in full after RECEIPT_AUTO_ACCEPT_DAYS.
 */
import type { PortalPersonDTO } from "./institution-portal"

/** accepted: 验收通过 (with any shortfall deducted); disputed: 有异议 (the operator follows up; the shortfall is deducted meanwhile). */
export const RECEIPT_DECISIONS = ["accepted", "disputed"] as const
export type ReceiptDecision = (typeof RECEIPT_DECISIONS)[number]

export const RECEIPT_DECISION_LABELS: Record<ReceiptDecision, { zh: string; en: string }> = {
  accepted: { zh: "验收通过", en: "Accepted" },
  disputed: { zh: "有异议", en: "Disputed" },
}

/** Days after shipping when a shipment nobody confirmed is accepted in full (RECEIPT_AUTO_ACCEPT_DAYS overrides it). */
export const DEFAULT_RECEIPT_AUTO_ACCEPT_DAYS = 7

/** Longest note on a receipt. */
export const RECEIPT_NOTE_MAX = 500

/** What the institution says about one line of a shipment. */
export interface ReceiptLineInput {
  line_item_id: string
  /** how many arrived (0 … shipped) */
  received_quantity: number
  /** of those, how many were damaged and refused (0 … received) */
  damaged_quantity?: number
}

/** POST /store/institution/orders/:id/shipments/:fulfillment_id/receipt */
export interface StoreConfirmReceiptBody {
  decision: ReceiptDecision
  /** lines not listed arrived in full, undamaged */
  lines?: ReceiptLineInput[]
  note?: string | null
  /** a photo of the shortfall or damage, uploaded first (POST /store/institution/uploads) */
  photo_url?: string | null
}

export interface ShipmentReceiptLineDTO {
  line_item_id: string
  title: string
  shipped_quantity: number
  received_quantity: number
  damaged_quantity: number
  /** received − damaged: what counts as delivered */
  accepted_quantity: number
  unit_price: number
  /** (shipped − accepted) × unit price, in yuan */
  deduction: number
}

export interface ShipmentReceiptDTO {
  id: string
  fulfillment_id: string
  decision: ReceiptDecision
  decision_label: { zh: string; en: string }
  /** true when nobody confirmed it and it was accepted after the waiting days */
  auto_accepted: boolean
  confirmed_at: string
  /** the member who confirmed it (null when accepted automatically) */
  confirmed_by: PortalPersonDTO | null
  note: string | null
  photo_url: string | null
  /** the sum of the lines' deductions, in yuan */
  deduction: number
  lines: ShipmentReceiptLineDTO[]
}

/** One supplier's shipment of an institution order, as the portal's receiving section shows it. */
export interface InstitutionShipmentDTO {
  fulfillment_id: string
  supplier_id: string
  supplier_name: string
  lot_number: string | null
  origin_village: string | null
  carrier: string | null
  tracking_number: string | null
  station_id: string | null
  shipped_at: string | null
  /** when it is accepted in full if nobody confirms it first (null once confirmed) */
  auto_accept_at: string | null
  lines: Array<{ line_item_id: string; title: string; quantity: number; unit_price: number }>
  receipt: ShipmentReceiptDTO | null
}

/** GET /store/institution/orders/:id/shipments */
export interface StoreListInstitutionShipmentsResponse {
  shipments: InstitutionShipmentDTO[]
  auto_accept_days: number
  /** what was deducted over all receipts so far, in yuan */
  deduction: number
}

/** POST …/receipt */
export interface StoreConfirmReceiptResponse {
  receipt: ShipmentReceiptDTO
}

/**
 * A line's accepted quantity and its deduction in whole fen, from what was
 * shipped, received and damaged and the unit price in fen. Throws RangeError
 * naming the quantity that is out of range.
 */
export function receiptLine(
  shippedQuantity: number,
  receivedQuantity: number,
  damagedQuantity: number,
  unitPriceFen: number
): { accepted_quantity: number; shortfall_quantity: number; deduction_fen: number } {
  const whole = (n: number) => Number.isInteger(n) && n >= 0
  if (!whole(receivedQuantity) || receivedQuantity > shippedQuantity) {
    throw new RangeError(`received_quantity must be a whole number from 0 to ${shippedQuantity}`)
  }
  if (!whole(damagedQuantity) || damagedQuantity > receivedQuantity) {
    throw new RangeError(`damaged_quantity must be a whole number from 0 to ${receivedQuantity} (what arrived)`)
  }
  const accepted = receivedQuantity - damagedQuantity
  const shortfall = shippedQuantity - accepted
  return { accepted_quantity: accepted, shortfall_quantity: shortfall, deduction_fen: shortfall * unitPriceFen }
}
