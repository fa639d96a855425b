import { MedusaService } from "@medusajs/framework/utils"
import { fenOf } from "../settlement/service"
import ShipmentReceipt from "./models/shipment-receipt"
import ShipmentReceiptLine from "./models/shipment-receipt-line"

export default class ReceivingModuleService extends MedusaService({ ShipmentReceipt, ShipmentReceiptLine }) {
  /** Fen deducted from each of these orders over its receipts (0 for an order without any). */
  async deductionFenByOrder(orderIds: string[]): Promise<Map<string, number>> {
    const out = new Map<string, number>(orderIds.map((id) => [id, 0]))
    if (!orderIds.length) return out
    const rows = await this.listShipmentReceipts({ order_id: orderIds }, { take: null, select: ["order_id", "deduction"] })
    for (const r of rows) out.set(r.order_id, (out.get(r.order_id) ?? 0) + fenOf(r.deduction))
    return out
  }
}
