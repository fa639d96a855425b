import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { fromFen } from "@fupin/shared"
import { SETTLEMENT_MODULE } from "../../../modules/settlement"
import type SettlementModuleService from "../../../modules/settlement/service"
import type { RecordBankTransferInput } from "../record-bank-transfer"
import type { TransferPlan } from "./validate-bank-transfer"

/** Records the transfer and its allocations; undone by deleting them (the bank reference is then free again). */
export const createBankTransferStep = createStep(
  "create-bank-transfer",
  async ({ input, plan }: { input: RecordBankTransferInput; plan: TransferPlan }, { container }) => {
    const settlement = container.resolve<SettlementModuleService>(SETTLEMENT_MODULE)
    const transfer = await settlement.createBankTransfers({
      amount: fromFen(plan.amount_fen),
      received_at: new Date(input.received_at),
      payer_name: input.payer_name,
      payer_account: input.payer_account,
      bank_reference: input.bank_reference,
      note: input.note ?? null,
      recorded_by: input.recorded_by ?? null,
    })
    await settlement.createBankTransferAllocations(
      plan.orders.map((o) => ({ transfer_id: transfer.id, order_id: o.order_id, amount: fromFen(o.this_fen) }))
    )
    return new StepResponse({ id: transfer.id }, transfer.id)
  },
  async (transferId, { container }) => {
    if (!transferId) return
    const settlement = container.resolve<SettlementModuleService>(SETTLEMENT_MODULE)
    await settlement.deleteBankTransfers(transferId)
  }
)
