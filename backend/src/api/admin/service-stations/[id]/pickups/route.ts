import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { markOrderFulfillmentAsDeliveredWorkflow } from "@medusajs/medusa/core-flows"
import type { AdminRedeemPickupResponse } from "@fupin/shared"
import { handedOverAt, pickupOrdersByCode, type PickupOrder } from "../../../../../lib/checkout/pickup-code"
import type { AdminRedeemPickupType } from "./validators"

/** Everything of the order has reached the station: each line fully in shipped, live fulfilments. */
function allShipped(order: PickupOrder): boolean {
  const shipped = new Map<string, number>()
  for (const f of order.fulfillments ?? []) {
    if (f.canceled_at || !f.shipped_at) continue
    for (const i of f.items ?? []) shipped.set(i.line_item_id, (shipped.get(i.line_item_id) ?? 0) + i.quantity)
  }
  return (order.items ?? []).every((i) => (shipped.get(i.id) ?? 0) >= Number(i.detail?.quantity ?? i.quantity ?? Infinity))
}

/**
 * POST /admin/service-stations/:id/pickups — the station (its operator) hands a
 * parcel over against the shopper's 取货码: each shipped fulfilment is marked
 * delivered (Medusa's workflow) and the order records when and by whom. Refused,
 * naming `code`, for a code that is not one of this station's open pickups, an
 * order already collected or cancelled, or one not all arrived yet. A retry after
 * a failure part-way finishes what is left.
 */
export async function POST(req: AuthenticatedMedusaRequest<AdminRedeemPickupType>, res: MedusaResponse<AdminRedeemPickupResponse>) {
  const stationId = req.params.id!
  const found = (await pickupOrdersByCode(req.scope, stationId, req.validatedBody.code)).filter((o) => o.status !== "canceled")
  if (!found.length) throw new MedusaError(MedusaError.Types.INVALID_DATA, "code: 本服务站没有这个取货码的订单 / no pickup at this station has that code")
  const open = found.filter((o) => !handedOverAt(o.metadata))
  if (!open.length) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `code: 订单 #${found[0]!.display_id} 已于 ${handedOverAt(found[0]!.metadata)} 取走 / already collected`)
  }
  if (open.length > 1) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "code: 有两笔订单取货码相同，请核对订单号后在订单页处理 / two orders share this code: check the order number")
  }
  const order = open[0]!
  if (!allShipped(order)) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `code: 订单 #${order.display_id} 还有商品没送到服务站 / part of order #${order.display_id} has not reached the station`)
  }
  for (const f of order.fulfillments) {
    if (f.canceled_at || !f.shipped_at || f.delivered_at) continue
    await markOrderFulfillmentAsDeliveredWorkflow(req.scope).run({ input: { orderId: order.id, fulfillmentId: f.id } })
  }
  const at = new Date().toISOString()
  await req.scope.resolve(Modules.ORDER).updateOrders(order.id, {
    metadata: { ...(order.metadata ?? {}), pickup: { handed_over_at: at, handed_over_by: req.auth_context.actor_id, station_id: stationId } },
  })
  res.json({ order: { id: order.id, display_id: order.display_id, handed_over_at: at } })
}
