import { model } from "@medusajs/framework/utils"
import { PURCHASE_SOURCES } from "@fupin/shared"
import Institution from "./institution"
import IntentAgreement from "./intent-agreement"

/**
 * What one placed order bought from one county, counted for an institution:
 * toward its agreement with that county (when it has one) and always toward its
 * reserved share (预留份额). The unique (order_id, county_handle) makes counting
 * idempotent: a replayed order.placed finds the rows and adds nothing;
 * cancellation marks them and takes their amounts back off the agreement.
 */
const InstitutionPurchase = model
  .define("institution_purchase", {
    id: model.id({ prefix: "instpur" }).primaryKey(),
    order_id: model.text(),
    customer_id: model.text(),
    county_handle: model.text(),
    /** the county's lines' total counted into the agreement's ordered_amount */
    amount: model.bigNumber(),
    /** this row's share of the order's captured payments, counted into paid_amount */
    paid_amount: model.bigNumber().default(0),
    /** the county's accepted quantities × unit price over the order's receipts (验收), counted into the agreement's delivered_amount */
    delivered_amount: model.bigNumber().default(0),
    /** institution: an order on the institution's cart; personal: a member's own order marked 计入单位消费帮扶 */
    source: model.enum([...PURCHASE_SOURCES]).default("institution"),
    placed_at: model.dateTime(),
    cancelled_at: model.dateTime().nullable(),
    institution: model.belongsTo(() => Institution, { mappedBy: "purchases" }),
    agreement: model.belongsTo(() => IntentAgreement, { mappedBy: "purchases" }).nullable(),
  })
  .indexes([{ on: ["order_id", "county_handle"], unique: true }, { on: ["institution_id", "placed_at"] }])

export default InstitutionPurchase
