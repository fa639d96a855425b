import type { MedusaResponse } from "@medusajs/framework/http"
import type { SupplierMeResponse } from "@fupin/shared"
import { portalMember, portalOf, portalSupplier, type SupplierRequest } from "../../../../lib/supplier-portal/context"
import { updateSupplierWorkflow } from "../../../../workflows/supplier/update-supplier"
import type { SupplierSetLowStockThresholdType } from "../../validators"

/**
 * POST /supplier/stock/threshold — the producer's own low-stock alert (低库存提醒): 今日 lists
 * every size with this many or fewer. Owner and staff alike (stock is their daily work).
 */
export async function POST(req: SupplierRequest<SupplierSetLowStockThresholdType>, res: MedusaResponse<SupplierMeResponse>) {
  const ctx = portalOf(req)
  await updateSupplierWorkflow(req.scope).run({ input: { id: ctx.supplier_id, data: { low_stock_threshold: req.validatedBody.low_stock_threshold } } })
  const [supplier, member] = await Promise.all([portalSupplier(req.scope, ctx.supplier_id), portalMember(req.scope, ctx.member.id)])
  res.json({ supplier, member: member! })
}
