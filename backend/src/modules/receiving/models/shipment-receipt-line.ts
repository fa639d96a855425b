import { model } from "@medusajs/framework/utils"
import ShipmentReceipt from "./shipment-receipt"

/** One order line of a shipment as it arrived: shipped, received, damaged; accepted = received − damaged. */
const ShipmentReceiptLine = model.define("shipment_receipt_line", {
  id: model.id({ prefix: "rcptl" }).primaryKey(),
  line_item_id: model.text(),
  title: model.text(),
  shipped_quantity: model.number(),
  received_quantity: model.number(),
  damaged_quantity: model.number().default(0),
  accepted_quantity: model.number(),
  /** CNY in major units */
  unit_price: model.bigNumber(),
  /** (shipped − accepted) × unit price */
  deduction: model.bigNumber().default(0),
  receipt: model.belongsTo(() => ShipmentReceipt, { mappedBy: "lines" }),
})

export default ShipmentReceiptLine
