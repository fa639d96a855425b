import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  cancelIntentOrderWorkflow,
  countIntentOrderWorkflow,
  syncIntentOrderPaymentWorkflow,
} from "../workflows/institution/count-intent-order"

const ORDER_PLACED = "order.placed"
const ORDER_CANCELED = "order.canceled"
const PAYMENT_CAPTURED = "payment.captured"
const PAYMENT_REFUNDED = "payment.refunded"

/**
 * Keeps intent agreements (意向性采购) in step with their buyers' orders:
 * an order placed with metadata.intent_agreement_id is counted into the
 * agreement's ordered_amount; captured (minus refunded) payments into its
 * paid_amount; a cancellation takes both back. Every handler is idempotent,
 * so a replayed event changes nothing.
 */
export default async function orderPlacedIntentHandler({ event, container }: SubscriberArgs<{ id: string }>) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)

  if (event.name === ORDER_PLACED) {
    const { result } = await countIntentOrderWorkflow(container).run({ input: { order_id: event.data.id } })
    if (result.counted) {
      logger.info(`intent: order ${event.data.id} counted ¥${result.amount} against ${result.agreement_id}`)
    } else if (result.reason !== "order carries no intent agreement" && result.reason !== "order already counted") {
      logger.warn(`intent: order ${event.data.id} not counted: ${result.reason}`)
    }
    return
  }

  if (event.name === ORDER_CANCELED) {
    await cancelIntentOrderWorkflow(container).run({ input: { order_id: event.data.id } })
    return
  }

  // payment events carry the payment id: find its order through the payment collection
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "payment",
    fields: ["id", "payment_collection.order.id"],
    filters: { id: event.data.id },
  })
  const orderId = (data[0]?.payment_collection as { order?: { id?: string } } | undefined)?.order?.id
  if (orderId) await syncIntentOrderPaymentWorkflow(container).run({ input: { order_id: orderId } })
}

export const config: SubscriberConfig = {
  event: [ORDER_PLACED, ORDER_CANCELED, PAYMENT_CAPTURED, PAYMENT_REFUNDED],
  context: { subscriberId: "intent-agreement-orders" },
}
