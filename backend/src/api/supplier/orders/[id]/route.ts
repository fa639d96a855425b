import type { MedusaResponse } from "@medusajs/framework/http"
import type { SupplierOrderResponse } from "@fupin/shared"
import { portalOf, type SupplierRequest } from "../../../../lib/supplier-portal/context"
import { supplierOrder } from "../../../../lib/supplier-portal/orders"

/** GET /supplier/orders/:id — one order with only its own lines, where it goes, and its own shipments (another supplier's order: 404). */
export async function GET(req: SupplierRequest, res: MedusaResponse<SupplierOrderResponse>) {
  const { supplier_id } = portalOf(req)
  res.json({ order: await supplierOrder(req.scope, supplier_id, req.params.id!) })
}
