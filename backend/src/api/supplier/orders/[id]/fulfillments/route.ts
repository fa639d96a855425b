import type { MedusaResponse } from "@medusajs/framework/http"
import type { SupplierOrderResponse } from "@fupin/shared"
import { portalOf, type SupplierRequest } from "../../../../../lib/supplier-portal/context"
import { supplierOrder } from "../../../../../lib/supplier-portal/orders"
import { SUPPLIER_MODULE } from "../../../../../modules/supplier"
import type SupplierModuleService from "../../../../../modules/supplier/service"
import { shipSupplierLinesWorkflow } from "../../../../../workflows/supplier/ship-supplier-lines"
import type { SupplierCreateFulfillmentType } from "../../../validators"

/**
 * POST /supplier/orders/:id/fulfillments — ships some of its own lines (owner
 * or staff): by courier (carrier + tracking number) or handed to a service
 * station, with the lot number and origin village. Answers the order as the
 * supplier now sees it. A suspended supplier is refused by the portal's door.
 */
export async function POST(req: SupplierRequest<SupplierCreateFulfillmentType>, res: MedusaResponse<SupplierOrderResponse>) {
  const ctx = portalOf(req)
  const body = req.validatedBody
  const supplier = await req.scope.resolve<SupplierModuleService>(SUPPLIER_MODULE).retrieveSupplier(ctx.supplier_id, { select: ["id", "legal_name"] })
  await shipSupplierLinesWorkflow(req.scope).run({
    input: {
      order_id: req.params.id!,
      supplier_id: ctx.supplier_id,
      supplier_name: supplier.legal_name,
      member_id: ctx.member.id,
      items: body.items,
      lot_number: body.lot_number,
      origin_village: body.origin_village,
      carrier: body.carrier ?? null,
      tracking_number: body.tracking_number ?? null,
      station_id: body.station_id ?? null,
    },
  })
  res.status(201).json({ order: await supplierOrder(req.scope, ctx.supplier_id, req.params.id!) })
}
