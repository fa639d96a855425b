import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { fromFen, toFen, orderDueFen } from "@fupin/shared"
import { settlementOrders } from "../../../lib/settlement/orders"
import { RECEIVING_MODULE } from "../../../modules/receiving"
import type ReceivingModuleService from "../../../modules/receiving/service"
import { SETTLEMENT_MODULE } from "../../../modules/settlement"
import type SettlementModuleService from "../../../modules/settlement/service"
import type { RecordBankTransferInput } from "../record-bank-transfer"

/** Per order of the transfer: its payment, what it costs and what was allocated to it before. */
export type TransferPlan = {
  amount_fen: number
  orders: Array<{
    order_id: string
    payment_id: string
    total_fen: number
    /** what is owed: the total less what receipts deducted (验收 shortfalls) */
    due_fen: number
    before_fen: number
    this_fen: number
    captured: boolean
  }>
}

const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)

/**
 * Refuses a transfer that cannot be recorded as it stands, naming the field:
 * a bank reference already recorded, allocations that do not add up to the
 * amount to the fen, an order named twice, an order that is not there, not
 * paid by bank transfer, cancelled, or whose payment was cancelled.
 */
export const validateBankTransferStep = createStep("validate-bank-transfer", async (input: RecordBankTransferInput, { container }) => {
  const settlement = container.resolve<SettlementModuleService>(SETTLEMENT_MODULE)
  const [dup] = await settlement.listBankTransfers({ bank_reference: input.bank_reference }, { take: 1 })
  if (dup) throw invalid(`bank_reference: 银行流水号 ${input.bank_reference} 已经登记过 / this bank reference was already recorded`)

  const amountFen = toFen(input.amount)
  const parts = input.allocations.map((a) => ({ order_id: a.order_id, fen: toFen(a.amount) }))
  const seen = new Set<string>()
  parts.forEach((p, i) => {
    if (seen.has(p.order_id)) throw invalid(`allocations.${i}.order_id: 同一订单只能分配一次 / an order can be named only once`)
    seen.add(p.order_id)
  })
  const sum = parts.reduce((s, p) => s + p.fen, 0)
  if (sum !== amountFen) {
    throw invalid(`allocations: 分配合计 ¥${fromFen(sum).toFixed(2)} 与到账金额 ¥${fromFen(amountFen).toFixed(2)} 不一致 / the allocations add up to ${fromFen(sum).toFixed(2)}, not the amount ${fromFen(amountFen).toFixed(2)}`)
  }

  const orders = await settlementOrders(container, parts.map((p) => p.order_id))
  const paidBefore = await settlement.paidFenByOrder(parts.map((p) => p.order_id))
  const deducted = await container.resolve<ReceivingModuleService>(RECEIVING_MODULE).deductionFenByOrder(parts.map((p) => p.order_id))
  const plan: TransferPlan = { amount_fen: amountFen, orders: [] }
  parts.forEach((p, i) => {
    const order = orders.get(p.order_id)
    if (!order) throw invalid(`allocations.${i}.order_id: 订单 ${p.order_id} 不存在 / no such order`)
    if (!order.payment) throw invalid(`allocations.${i}.order_id: 订单 #${order.display_id} 不是对公转账订单 / this order is not paid by bank transfer`)
    if (order.status === "canceled" || order.payment.canceled) throw invalid(`allocations.${i}.order_id: 订单 #${order.display_id} 已取消 / this order was cancelled`)
    const dueFen = orderDueFen(order.payment.amount_fen, deducted.get(order.id) ?? 0)
    plan.orders.push({
      order_id: order.id,
      payment_id: order.payment.id,
      total_fen: order.payment.amount_fen,
      due_fen: dueFen,
      before_fen: paidBefore.get(order.id) ?? 0,
      this_fen: p.fen,
      captured: order.payment.captured || (dueFen > 0 && order.payment.captured_fen >= dueFen),
    })
  })
  return new StepResponse(plan)
})
