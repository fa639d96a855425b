import type { MedusaResponse } from "@medusajs/framework/http"
import type { SupplierOrderListResponse } from "@fupin/shared"
import { portalOf, type SupplierRequest } from "../../../lib/supplier-portal/context"
import { supplierOrders } from "../../../lib/supplier-portal/orders"
import type { SupplierGetOrdersParamsType } from "../validators"

/**
 * GET /supplier/orders — every order holding its products (a shopper's or an
 * institution's), newest first, each with only its own lines; `status=to_ship`
 * (待发货) or `status=shipped` (已发货) narrows it.
 */
export async function GET(req: SupplierRequest<unknown, SupplierGetOrdersParamsType>, res: MedusaResponse<SupplierOrderListResponse>) {
  const { supplier_id } = portalOf(req)
  const { skip = 0, take = 20 } = req.queryConfig.pagination ?? {}
  const limit = take ?? 20
  const { orders, count } = await supplierOrders(req.scope, supplier_id, { status: req.validatedQuery.status, limit, offset: skip })
  res.json({ orders, count, offset: skip, limit })
}
