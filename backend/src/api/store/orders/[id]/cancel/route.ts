import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { getOrderDetailWorkflow } from "@medusajs/medusa/core-flows"
import type { StoreCancelOrderResponse } from "@fupin/shared"
import { cancelShopperOrderWorkflow } from "../../../../../workflows/retail/cancel-shopper-order"
import type { StoreCancelOrderType } from "./validators"

/**
 * POST /store/orders/:id/cancel — the logged-in shopper cancels its own order
 * while nothing of it is packed or shipped; 404 for anyone else's, 400 naming
 * `order` once a supplier has shipped (then it is a return).
 */
export async function POST(req: AuthenticatedMedusaRequest<StoreCancelOrderType>, res: MedusaResponse<StoreCancelOrderResponse>) {
  const orderId = req.params.id!
  await cancelShopperOrderWorkflow(req.scope).run({
    input: { order_id: orderId, customer_id: req.auth_context.actor_id, reason: req.validatedBody.reason, note: req.validatedBody.note?.trim() || null },
  })
  const { result } = await getOrderDetailWorkflow(req.scope).run({
    input: { order_id: orderId, fields: ["id", "status", "payment_status", "canceled_at"] },
  })
  const order = result as unknown as { id: string; status: string; payment_status: string; canceled_at: string | Date | null }
  res.json({
    order: {
      id: order.id,
      status: order.status,
      payment_status: order.payment_status,
      canceled_at: order.canceled_at ? new Date(order.canceled_at).toISOString() : null,
    },
  })
}
