import { model } from "@medusajs/framework/utils"
import IntentAgreement from "./intent-agreement"

/**
 * One order counted against an intent agreement. The unique order_id makes
 * counting idempotent: a replayed order.placed event finds the row and adds
 * nothing; cancellation marks it and takes its amounts back off the agreement.
 */
const IntentOrder = model.define("intent_order", {
  id: model.id({ prefix: "intord" }).primaryKey(),
  order_id: model.text().unique(),
  customer_id: model.text(),
  /** order total counted into the agreement's ordered_amount */
  amount: model.bigNumber(),
  /** captured payments counted into the agreement's paid_amount */
  paid_amount: model.bigNumber().default(0),
  cancelled_at: model.dateTime().nullable(),
  agreement: model.belongsTo(() => IntentAgreement, { mappedBy: "orders" }),
})

export default IntentOrder
