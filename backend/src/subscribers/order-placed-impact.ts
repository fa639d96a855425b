import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { attributeOrderImpactWorkflow } from "../workflows/impact/attribute-order"

/** Every placed order is attributed to the suppliers, counties and households behind it. */
export default async function orderPlacedImpact({ event, container }: SubscriberArgs<{ id: string }>) {
  await attributeOrderImpactWorkflow(container).run({ input: { order_id: event.data.id } })
}

export const config: SubscriberConfig = { event: "order.placed" }
