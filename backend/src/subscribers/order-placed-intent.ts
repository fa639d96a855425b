import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  cancelInstitutionOrderWorkflow,
  countInstitutionOrderWorkflow,
  syncInstitutionOrderPaymentWorkflow,
} from "../workflows/institution/count-institution-order"

const ORDER_PLACED = "order.placed"
const ORDER_CANCELED = "order.canceled"
const PAYMENT_CAPTURED = "payment.captured"
const PAYMENT_REFUNDED = "payment.refunded"

/**
 * Keeps intent agreements (意向性采购) and reserved shares (预留份额) in step
 * with institution members' orders: each line of an order placed on an
 * institution cart counts toward the agreement with the line's county (and
 * every line toward the reserved share); captured (minus refunded) payments
 * into paid_amount; a cancellation takes them back. Every handler is
 * idempotent, so a replayed event changes nothing.
 */
export default async function orderPlacedIntentHandler({ event, container }: SubscriberArgs<{ id: string }>) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)

  if (event.name === ORDER_PLACED) {
    const { result } = await countInstitutionOrderWorkflow(container).run({ input: { order_id: event.data.id } })
    if (result.counted) {
      const parts = result.purchases.map((p) => `${p.county_handle} ¥${p.amount}${p.agreement_id ? ` → ${p.agreement_id}` : ""}`)
      logger.info(`institution: order ${event.data.id} counted ${parts.join(", ")}`)
    } else if (!["not an institution order", "order already counted"].includes(result.reason)) {
      logger.warn(`institution: order ${event.data.id} not counted: ${result.reason}`)
    }
    return
  }

  if (event.name === ORDER_CANCELED) {
    await cancelInstitutionOrderWorkflow(container).run({ input: { order_id: event.data.id } })
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
  if (orderId) await syncInstitutionOrderPaymentWorkflow(container).run({ input: { order_id: orderId } })
}

export const config: SubscriberConfig = {
  event: [ORDER_PLACED, ORDER_CANCELED, PAYMENT_CAPTURED, PAYMENT_REFUNDED],
  context: { subscriberId: "intent-agreement-orders" },
}
