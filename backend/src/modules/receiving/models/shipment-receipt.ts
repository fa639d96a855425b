import { model } from "@medusajs/framework/utils"
import { RECEIPT_DECISIONS } from "@fupin/shared"
import ShipmentReceiptLine from "./shipment-receipt-line"

/**
 * The institution's 验收 of one supplier shipment (a Medusa fulfilment of an
 * institution order): confirmed once, by a member or automatically after the
 * waiting days. Its lines say what arrived; what was not accepted is deducted.
 */
const ShipmentReceipt = model
  .define("shipment_receipt", {
    id: model.id({ prefix: "rcpt" }).primaryKey(),
    order_id: model.text(),
    fulfillment_id: model.text(),
    institution_id: model.text(),
    supplier_id: model.text(),
    decision: model.enum([...RECEIPT_DECISIONS]),
    auto_accepted: model.boolean().default(false),
    /** the member (customer id) who confirmed it; null when accepted automatically */
    confirmed_by: model.text().nullable(),
    confirmed_at: model.dateTime(),
    note: model.text().nullable(),
    photo_url: model.text().nullable(),
    /** CNY in major units: the sum of the lines' deductions */
    deduction: model.bigNumber().default(0),
    lines: model.hasMany(() => ShipmentReceiptLine, { mappedBy: "receipt" }),
  })
  .indexes([
    { on: ["fulfillment_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["order_id"] },
    { on: ["supplier_id", "confirmed_at"] },
    { on: ["institution_id", "confirmed_at"] },
  ])
  .cascades({ delete: ["lines"] })

export default ShipmentReceipt
