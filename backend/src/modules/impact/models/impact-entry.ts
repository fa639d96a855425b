import { model } from "@medusajs/framework/utils"

/**
 * One line of the impact ledger: what one order line did for a supplier, a county
 * and the households behind them. Sales are positive; cancellations and refunds
 * add reversal lines with negative amounts, so history is never rewritten.
 */
const ImpactEntry = model
  .define("impact_entry", {
    id: model.id({ prefix: "imp" }).primaryKey(),
    order_id: model.text().index(),
    line_item_id: model.text(),
    /** "sale", "cancel" or "refund:<refund id>": one entry per line and reference */
    reference: model.text(),
    kind: model.enum(["sale", "reversal"]),
    product_id: model.text().nullable(),
    product_title: model.text().nullable(),
    /** product kind (category handle and Chinese name) */
    product_kind: model.text().nullable(),
    product_kind_name: model.text().nullable(),
    supplier_id: model.text().nullable(),
    supplier_name: model.text().nullable(),
    county_handle: model.text().nullable(),
    certificate_number: model.text().nullable(),
    quantity: model.number(),
    /** CNY, major units; negative on reversals */
    amount: model.bigNumber(),
    /** registered poor households linked to the supplier when the sale happened (0 on reversals) */
    households: model.number().default(0),
    occurred_at: model.dateTime(),
  })
  .indexes([
    { on: ["line_item_id", "reference"], unique: true },
    { on: ["county_handle"] },
    { on: ["supplier_id"] },
  ])

export default ImpactEntry
