import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { INTENT_AGREEMENT_METADATA_KEY } from "@fupin/shared"
import { cny } from "../../../modules/institution/service"

export type IntentOrderFacts = {
  order_id: string
  customer_id: string | null
  /** whether the order's customer has a login: a guest customer record is never an institution's member */
  customer_registered: boolean
  agreement_id: string | null
  total: number
  /** captured minus refunded, over the order's payment collections */
  paid: number
}

/** Reads what counting an order against an intent agreement needs: buyer, agreement, total, payments. */
export const loadIntentOrderStep = createStep(
  "load-intent-order",
  async (input: { order_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "order",
      fields: [
        "id",
        "customer_id",
        "customer.has_account",
        "metadata",
        "total",
        "payment_collections.payments.captures.amount",
        "payment_collections.payments.refunds.amount",
      ],
      filters: { id: input.order_id },
    })
    const order = data[0]
    if (!order) return new StepResponse<IntentOrderFacts | null>(null)
    const agreementId = (order.metadata as Record<string, unknown> | null)?.[INTENT_AGREEMENT_METADATA_KEY]
    let paid = 0
    for (const pc of order.payment_collections ?? []) {
      for (const payment of pc?.payments ?? []) {
        for (const c of payment?.captures ?? []) paid += cny(c?.amount)
        for (const r of payment?.refunds ?? []) paid -= cny(r?.amount)
      }
    }
    return new StepResponse<IntentOrderFacts | null>({
      order_id: order.id,
      customer_id: order.customer_id ?? null,
      customer_registered: !!(order.customer as { has_account?: boolean } | null | undefined)?.has_account,
      agreement_id: typeof agreementId === "string" && agreementId ? agreementId : null,
      total: cny(order.total),
      paid: Math.round(paid * 100) / 100,
    })
  }
)
