import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys, Modules, OrderWorkflowEvents } from "@medusajs/framework/utils"
import { formatCny } from "@fupin/shared"

export const RETURN_RECEIVED_TEMPLATE = "shopper-return-received"
export const REFUNDED_TEMPLATE = "shopper-refunded"

type OrderRow = { id: string; display_id?: number; email: string | null }

/**
 * 售后, what the shopper hears: when the operator has received the goods sent
 * back (order.return_received) and when money goes back (payment.refunded,
 * after a return or a cancellation), an e-mail through the notification
 * module to the order's address, once per return or refund (idempotency key).
 * An order placed with a mobile and no e-mail is told on its order page only:
 * the SMS provider has just the login-code template so far.
 */
export default async function afterSaleShopperNotice({ event, container }: SubscriberArgs<{ id?: string; order_id?: string; return_id?: string }>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const notifications = container.resolve(Modules.NOTIFICATION)
  const send = async (order: OrderRow, template: string, key: string, subject: string, text: string) => {
    if (!order.email) return void logger.info(`after-sale notice: order ${order.id} has no e-mail; shown on its page only`)
    await notifications.createNotifications({
      to: order.email,
      channel: "email",
      template,
      data: { subject, text, order_id: order.id },
      idempotency_key: key,
    })
  }

  if (event.name === OrderWorkflowEvents.RETURN_RECEIVED) {
    const { data } = await query.graph({ entity: "order", fields: ["id", "display_id", "email"], filters: { id: event.data.order_id! } })
    const order = data[0] as OrderRow | undefined
    if (!order) return
    const number = `#${order.display_id ?? order.id}`
    await send(
      order,
      RETURN_RECEIVED_TEMPLATE,
      `return-received:${event.data.return_id}`,
      `订单 ${number} 的退货已收到 / The goods you sent back for order ${number} have arrived`,
      `您为订单 ${number} 寄回的商品已收到，退款处理后会再通知您。\nThe goods you sent back for order ${number} have arrived; we will tell you once the refund is made.`
    )
    return
  }

  const { data } = await query.graph({
    entity: "payment",
    fields: ["id", "refunds.id", "refunds.amount", "payment_collection.order.id", "payment_collection.order.display_id", "payment_collection.order.email"],
    filters: { id: event.data.id! },
  })
  const payment = data[0] as { refunds?: Array<{ id: string; amount: unknown }>; payment_collection?: { order?: OrderRow | null } | null } | undefined
  const order = payment?.payment_collection?.order
  if (!order) return
  const number = `#${order.display_id ?? order.id}`
  for (const refund of payment.refunds ?? []) {
    const amount = formatCny(Number(refund.amount))
    await send(
      order,
      REFUNDED_TEMPLATE,
      `refunded:${refund.id}`,
      `订单 ${number} 已退款 ${amount} / ${amount} refunded for order ${number}`,
      `订单 ${number} 已退款 ${amount}，原路退回您的付款账户，到账时间以支付机构为准。\n${amount} has been refunded for order ${number} to the account you paid from; when it arrives depends on your payment provider.`
    )
  }
}

export const config: SubscriberConfig = {
  event: [OrderWorkflowEvents.RETURN_RECEIVED, "payment.refunded"],
  context: { subscriberId: "after-sale-shopper-notice" },
}
