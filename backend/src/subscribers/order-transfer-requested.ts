import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ChangeActionType, ContainerRegistrationKeys, Modules, OrderChangeStatus, OrderWorkflowEvents } from "@medusajs/framework/utils"
import { readEnv } from "../config/env"

type Data = { id: string; order_change_id: string }

export const ORDER_CLAIM_TEMPLATE = "order-claim"
const DEV_STOREFRONT = "http://localhost:8000"

/**
 * Medusa's order transfer (requested by POST /store/customers/me/order-claims,
 * or a generic client's POST /store/orders/:id/transfer/request) keeps a token
 * on the change; this e-mails it to the order's own address as a link to the
 * storefront's confirmation page. Whoever reads that inbox decides: the order
 * moves to the named account only when they confirm.
 */
export default async function orderTransferRequested({ event, container }: SubscriberArgs<Data>) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order_change",
    fields: ["id", "status", "actions.action", "actions.reference_id", "actions.details", "order.id", "order.display_id", "order.email"],
    filters: { id: event.data.order_change_id },
  })
  const change = data[0] as
    | {
        status?: string
        actions?: Array<{ action: string; reference_id: string; details?: { token?: string; original_email?: string } }>
        order?: { id: string; display_id: number; email: string | null }
      }
    | undefined
  // a claim by verified mobile accepts its request at once (workflows/retail/claim-guest-order-by-mobile.ts): nothing to confirm
  if (change && change.status !== OrderChangeStatus.REQUESTED) return
  const action = change?.actions?.find((a) => a.action === ChangeActionType.TRANSFER_CUSTOMER)
  const token = action?.details?.token
  const to = action?.details?.original_email ?? change?.order?.email
  if (!change?.order || !action || !token || !to) {
    logger.warn(`order claim: transfer ${event.data.order_change_id} has no token or e-mail; nothing sent`)
    return
  }
  const account = await container.resolve(Modules.CUSTOMER).retrieveCustomer(action.reference_id, { select: ["email"] })
  const env = readEnv(process.env, { needsDatabase: false })
  const url = `${env.storefrontUrl ?? DEV_STOREFRONT}/zh/account/orders/claim/${change.order.id}?${new URLSearchParams({ token })}`
  const number = `#${change.order.display_id}`
  await container.resolve(Modules.NOTIFICATION).createNotifications({
    to,
    channel: "email",
    template: ORDER_CLAIM_TEMPLATE,
    data: {
      subject: `确认把订单 ${number} 转入账号 ${account.email} / Move order ${number} into ${account.email}`,
      url,
      order_id: change.order.id,
      account: account.email,
      text:
        `账号 ${account.email} 请求认领您以游客身份下的订单 ${number}。如果是您本人，请点开链接确认：${url}\n不是您本人请忽略本邮件，订单不会转移。\n` +
        `The account ${account.email} asks to take over order ${number}, which you placed as a guest. If that is you, confirm here: ${url}\nIf not, ignore this e-mail: the order stays where it is.`,
    },
    // one e-mail per request, even if the event is delivered twice
    idempotency_key: `order-claim:${event.data.order_change_id}`,
  })
}

export const config: SubscriberConfig = { event: OrderWorkflowEvents.TRANSFER_REQUESTED, context: { subscriberId: "order-claim-email" } }
