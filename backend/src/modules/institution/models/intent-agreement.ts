import { model } from "@medusajs/framework/utils"
import { INTENT_STATUSES } from "@fupin/shared"
import Institution from "./institution"
import InstitutionPurchase from "./institution-purchase"

/**
 * An intent purchase agreement (意向性采购): an institution promises to buy
 * `amount` CNY from one county within a period. ordered_amount / paid_amount
 * grow as its members' orders from the county are placed and paid (see InstitutionPurchase).
 */
const IntentAgreement = model
  .define("intent_agreement", {
    id: model.id({ prefix: "intent" }).primaryKey(),
    /** handle of a geography county (xundian, luquan …) */
    county_handle: model.text(),
    amount: model.bigNumber(),
    period_start: model.dateTime(),
    period_end: model.dateTime(),
    signed_at: model.dateTime().nullable(),
    ordered_amount: model.bigNumber().default(0),
    paid_amount: model.bigNumber().default(0),
    /** what its orders' shipments were accepted for on receipt (验收): accepted quantities × unit price */
    delivered_amount: model.bigNumber().default(0),
    status: model.enum([...INTENT_STATUSES]).default("active"),
    note: model.text().nullable(),
    metadata: model.json().nullable(),
    institution: model.belongsTo(() => Institution, { mappedBy: "agreements" }),
    purchases: model.hasMany(() => InstitutionPurchase, { mappedBy: "agreement" }),
  })
  .indexes([{ on: ["county_handle", "status"] }])

export default IntentAgreement
