import type { MedusaContainer } from "@medusajs/framework/types"
import { type AdminBankTransferDTO, fromFen, orderPaymentStatus, orderDueFen } from "@fupin/shared"
import { RECEIVING_MODULE } from "../../modules/receiving"
import type ReceivingModuleService from "../../modules/receiving/service"
import { SETTLEMENT_MODULE } from "../../modules/settlement"
import type SettlementModuleService from "../../modules/settlement/service"
import { fenOf } from "../../modules/settlement/service"
import { settlementOrders } from "./orders"

type TransferRow = {
  id: string
  amount: unknown
  received_at: Date | string
  payer_name: string
  payer_account: string
  bank_reference: string
  note?: string | null
  created_at: Date | string
  allocations?: Array<{ order_id: string; amount: unknown }> | null
}

const iso = (d: Date | string) => (d instanceof Date ? d.toISOString() : new Date(d).toISOString())

/** Transfers as the admin shows them, each allocation with its order's status after every transfer so far. */
export async function adminBankTransfers(container: MedusaContainer, rows: TransferRow[]): Promise<AdminBankTransferDTO[]> {
  const orderIds = [...new Set(rows.flatMap((r) => (r.allocations ?? []).map((a) => a.order_id)))]
  const settlement = container.resolve<SettlementModuleService>(SETTLEMENT_MODULE)
  const receiving = container.resolve<ReceivingModuleService>(RECEIVING_MODULE)
  const [orders, paid, deducted] = await Promise.all([
    settlementOrders(container, orderIds),
    settlement.paidFenByOrder(orderIds),
    receiving.deductionFenByOrder(orderIds),
  ])
  return rows.map((r) => ({
    id: r.id,
    amount: fromFen(fenOf(r.amount)),
    received_at: iso(r.received_at),
    payer_name: r.payer_name,
    payer_account: r.payer_account,
    bank_reference: r.bank_reference,
    note: r.note ?? null,
    created_at: iso(r.created_at),
    allocations: (r.allocations ?? []).map((a) => {
      const order = orders.get(a.order_id)
      return {
        order_id: a.order_id,
        display_id: order?.display_id ?? null,
        amount: fromFen(fenOf(a.amount)),
        // against what the order owes: its total less what receipts deducted
        order_status: orderPaymentStatus(orderDueFen(order?.total_fen ?? 0, deducted.get(a.order_id) ?? 0), paid.get(a.order_id) ?? 0),
      }
    }),
  }))
}

export async function adminBankTransfer(container: MedusaContainer, id: string): Promise<AdminBankTransferDTO> {
  const settlement = container.resolve<SettlementModuleService>(SETTLEMENT_MODULE)
  const row = await settlement.retrieveBankTransfer(id, { relations: ["allocations"] })
  const [dto] = await adminBankTransfers(container, [row as unknown as TransferRow])
  return dto!
}

export async function listAdminBankTransfers(
  container: MedusaContainer,
  page: { limit: number; offset: number; order_id?: string }
): Promise<{ bank_transfers: AdminBankTransferDTO[]; count: number }> {
  const settlement = container.resolve<SettlementModuleService>(SETTLEMENT_MODULE)
  let ids: string[] | undefined
  if (page.order_id) {
    const allocations = await settlement.listBankTransferAllocations({ order_id: page.order_id }, { take: null, relations: ["transfer"] })
    ids = allocations.map((a) => a.transfer.id)
  }
  const [rows, count] = await settlement.listAndCountBankTransfers(ids ? { id: ids } : {}, {
    relations: ["allocations"],
    order: { received_at: "DESC", created_at: "DESC" },
    take: page.limit,
    skip: page.offset,
  })
  return { bank_transfers: await adminBankTransfers(container, rows as unknown as TransferRow[]), count }
}
