import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { institutionOfCart } from "../../../lib/institution/membership"

export type ValidateShopperCancelInput = { order_id: string; customer_id: string }

type OrderRow = {
  id: string
  status: string
  customer_id: string | null
  metadata: Record<string, unknown> | null
  fulfillments?: Array<{ id: string; canceled_at: string | Date | null } | null> | null
}

/**
 * May this shopper cancel this order now? Only its own (anyone else: 404, as
 * if it did not exist), not an institution's (its portal has its own flow),
 * not one already cancelled, and only while no supplier packed or shipped
 * any of it (after that it is a return). Returns the order's metadata, which
 * the cancellation adds to.
 */
export const validateShopperCancelStep = createStep("validate-shopper-cancel", async (input: ValidateShopperCancelInput, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: ["id", "status", "customer_id", "metadata", "fulfillments.id", "fulfillments.canceled_at"],
    filters: { id: input.order_id },
  })
  const order = data[0] as unknown as OrderRow | undefined
  if (!order || order.customer_id !== input.customer_id) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order with id: ${input.order_id} was not found`)
  }
  if (institutionOfCart(order.metadata)) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "order: 机构采购订单请联系平台运营取消 / an institution's order is cancelled by the operator, not from the shop")
  }
  if (order.status === "canceled") throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "order: 订单已取消 / the order is cancelled already")
  if (order.status !== "pending") throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `order: 订单状态为 ${order.status}，不能取消 / an order that is ${order.status} cannot be cancelled`)
  if ((order.fulfillments ?? []).some((f) => f && !f.canceled_at)) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      "order: 已有商品备货或发货，不能取消；收到后可以申请退货 / a supplier has packed or shipped part of it: ask for a return once it arrives"
    )
  }
  return new StepResponse({ metadata: order.metadata ?? {} })
})
