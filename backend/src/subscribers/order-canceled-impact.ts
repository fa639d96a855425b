import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { reverseOrderImpactWorkflow } from "../workflows/impact/reverse-order-impact"

/** A canceled order supports nobody: its impact is reversed in full. */
export default async function orderCanceledImpact({ event, container }: SubscriberArgs<{ id: string }>) {
  await reverseOrderImpactWorkflow(container).run({ input: { order_id: event.data.id, reference: "cancel" } })
}

export const config: SubscriberConfig = { event: "order.canceled" }
