import type { MedusaResponse } from "@medusajs/framework/http"
import type { SupplierMeResponse } from "@fupin/shared"
import { portalOf, portalSupplier, type SupplierRequest } from "../../../lib/supplier-portal/context"

/** GET /supplier/me — the member and its supplier, whatever the supplier's status (a pending one sees its application). */
export async function GET(req: SupplierRequest, res: MedusaResponse<SupplierMeResponse>) {
  const ctx = portalOf(req)
  res.json({ member: ctx.member, supplier: await portalSupplier(req.scope, ctx.supplier_id) })
}
