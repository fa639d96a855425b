import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { StoreGetInstitutionOrderPaymentResponse } from "@fupin/shared"
import { orderPayment } from "../../../../../../lib/settlement/orders"

/**
 * GET /store/institution/orders/:id/payment: where to transfer, the reference
 * to quote, what arrived and the status (待付款 / 部分付款 / 已付款 / 多付). Only
 * the institution's members reach it (src/lib/access/rules.ts: another's order is 404).
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse<StoreGetInstitutionOrderPaymentResponse>) {
  const payment = await orderPayment(req.scope, req.params.id!)
  if (!payment) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order with id: ${req.params.id} was not found`)
  res.json({ payment })
}
