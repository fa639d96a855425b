import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { reverseOrderImpactWorkflow } from "../workflows/impact/reverse-order-impact"

/** A refund reverses its share of the order's impact, once per refund. */
export default async function paymentRefundedImpact({ event, container }: SubscriberArgs<{ id: string }>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "payment",
    fields: ["id", "refunds.id", "refunds.amount", "payment_collection.order.id"],
    filters: { id: event.data.id },
  })
  const payment = data[0] as
    | { refunds?: Array<{ id: string; amount: unknown }>; payment_collection?: { order?: { id: string } | null } | null }
    | undefined
  const orderId = payment?.payment_collection?.order?.id
  if (!payment || !orderId) return
  for (const refund of payment.refunds ?? []) {
    await reverseOrderImpactWorkflow(container).run({
      input: { order_id: orderId, reference: `refund:${refund.id}`, amount: Number(refund.amount) },
    })
  }
}

export const config: SubscriberConfig = { event: "payment.refunded" }
