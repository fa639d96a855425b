import { MathBN, MedusaService } from "@medusajs/framework/utils"
import BankTransfer from "./models/bank-transfer"
import BankTransferAllocation from "./models/bank-transfer-allocation"
import InvoiceRequest from "./models/invoice-request"

/**
 * Whole fen of an amount Medusa stored or computed (numbers, strings or
 * BigNumber objects). What we store has at most two decimals and converts
 * exactly; a computed order total with a tax remainder (¥84.0000001) is taken
 * to the nearest fen, as the order page shows it. Callers' input is checked by
 * toFen instead, which refuses a third decimal.
 */
export function fenOf(value: unknown): number {
  if (value === null || value === undefined) return 0
  // a serialized BigNumber ({ numeric, raw: { value } }) or a raw amount ({ value: "19.9" })
  const v = value as { numeric?: unknown; value?: unknown; raw?: { value?: unknown } }
  const plain = typeof value === "object" && !MathBN.convert(value as unknown as number).isFinite() ? (v.raw?.value ?? v.value ?? v.numeric) : value
  const fen = plain === undefined || plain === null ? NaN : MathBN.convert(plain as number).multipliedBy(100).decimalPlaces(0).toNumber()
  if (!Number.isFinite(fen)) throw new TypeError(`not an amount: ${JSON.stringify(value)}`)
  return fen
}

/** A quantity Medusa stored as a big number (a line's or a fulfilment item's), as a plain number. */
export const quantityOf = (value: unknown): number => fenOf(value) / 100

export default class SettlementModuleService extends MedusaService({ BankTransfer, BankTransferAllocation, InvoiceRequest }) {
  /** Fen allocated to each of these orders over every recorded transfer. */
  async paidFenByOrder(orderIds: string[]): Promise<Map<string, number>> {
    const paid = new Map<string, number>(orderIds.map((id) => [id, 0]))
    if (!orderIds.length) return paid
    const rows = await this.listBankTransferAllocations({ order_id: orderIds }, { take: null })
    for (const r of rows) paid.set(r.order_id, (paid.get(r.order_id) ?? 0) + fenOf(r.amount))
    return paid
  }
}
