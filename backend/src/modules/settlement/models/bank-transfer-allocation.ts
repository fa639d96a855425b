import { model } from "@medusajs/framework/utils"
import BankTransfer from "./bank-transfer"

/** The part of a transfer that pays one order (合并货款认领: one transfer, several orders). */
const BankTransferAllocation = model
  .define("bank_transfer_allocation", {
    id: model.id({ prefix: "btal" }).primaryKey(),
    order_id: model.text(),
    /** CNY in major units, exact to the fen */
    amount: model.bigNumber(),
    transfer: model.belongsTo(() => BankTransfer, { mappedBy: "allocations" }),
  })
  .indexes([{ on: ["order_id"] }])

export default BankTransferAllocation
