import { MedusaService } from "@medusajs/framework/utils"
import { toFen } from "@fupin/shared"
import BankTransfer from "./models/bank-transfer"
import BankTransferAllocation from "./models/bank-transfer-allocation"

/** Money columns come back as numbers or BigNumber objects: whole fen, exactly. */
export function fenOf(value: unknown): number {
  if (value === null || value === undefined) return 0
  if (typeof value === "number" || typeof value === "string") return toFen(value)
  const v = value as { numeric?: number; toString?: () => string }
  if (typeof v.numeric === "number") return toFen(v.numeric)
  return toFen(String(value))
}

export default class SettlementModuleService extends MedusaService({ BankTransfer, BankTransferAllocation }) {
  /** Fen allocated to each of these orders over every recorded transfer. */
  async paidFenByOrder(orderIds: string[]): Promise<Map<string, number>> {
    const paid = new Map<string, number>(orderIds.map((id) => [id, 0]))
    if (!orderIds.length) return paid
    const rows = await this.listBankTransferAllocations({ order_id: orderIds }, { take: null })
    for (const r of rows) paid.set(r.order_id, (paid.get(r.order_id) ?? 0) + fenOf(r.amount))
    return paid
  }
}
