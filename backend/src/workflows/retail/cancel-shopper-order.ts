import type { ShopperCancelReason } from "@fupin/shared"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { cancelOrderWorkflow, updateOrdersStep } from "@medusajs/medusa/core-flows"
import { validateShopperCancelStep } from "./steps/validate-shopper-cancel"

export const CANCEL_SHOPPER_ORDER_WORKFLOW_ID = "cancel-shopper-order"

export type CancelShopperOrderInput = {
  order_id: string
  customer_id: string
  reason: ShopperCancelReason
  note: string | null
}

/**
 * A shopper cancels its own order before anything ships (取消订单): the reason
 * is kept on the order, then Medusa's cancelOrderWorkflow releases the stock
 * reservations and cancels the authorized payment (a captured one is
 * refunded); order.canceled reverses the order's impact. One workflow: a
 * failure in Medusa's part puts the metadata back.
 */
export const cancelShopperOrderWorkflow = createWorkflow(CANCEL_SHOPPER_ORDER_WORKFLOW_ID, (input: CancelShopperOrderInput) => {
  const { metadata } = validateShopperCancelStep(transform({ input }, ({ input }) => ({ order_id: input.order_id, customer_id: input.customer_id })))
  updateOrdersStep(
    transform({ input, metadata }, ({ input, metadata }) => ({
      selector: { id: input.order_id },
      update: {
        metadata: {
          ...metadata,
          cancellation: { by: "customer", reason: input.reason, note: input.note, at: new Date().toISOString() },
        },
      },
    }))
  )
  cancelOrderWorkflow.runAsStep({
    input: transform({ input }, ({ input }) => ({ order_id: input.order_id, canceled_by: input.customer_id })),
  })
  return new WorkflowResponse(transform({ input }, ({ input }) => ({ order_id: input.order_id })))
})
