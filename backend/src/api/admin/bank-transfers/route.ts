import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminBankTransferResponse, AdminListBankTransfersResponse } from "@fupin/shared"
import { adminBankTransfer, listAdminBankTransfers } from "../../../lib/settlement/transfers"
import { recordBankTransferWorkflow } from "../../../workflows/settlement/record-bank-transfer"
import type { AdminCreateBankTransferType, AdminListBankTransfersType } from "./validators"

/** GET /admin/bank-transfers?order_id=: recorded transfers, newest first, with how each was allocated. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminListBankTransfersType>, res: MedusaResponse<AdminListBankTransfersResponse>) {
  const { limit, offset, order_id } = req.validatedQuery
  const { bank_transfers, count } = await listAdminBankTransfers(req.scope, { limit, offset, order_id })
  res.json({ bank_transfers, count, limit, offset })
}

/** POST /admin/bank-transfers: records a received transfer and captures the orders it pays in full. */
export async function POST(req: AuthenticatedMedusaRequest<AdminCreateBankTransferType>, res: MedusaResponse<AdminBankTransferResponse>) {
  const { result } = await recordBankTransferWorkflow(req.scope).run({
    input: { ...req.validatedBody, recorded_by: req.auth_context?.actor_id ?? null },
  })
  res.status(201).json({ bank_transfer: await adminBankTransfer(req.scope, result.id) })
}
