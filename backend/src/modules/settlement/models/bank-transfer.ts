import { model } from "@medusajs/framework/utils"
import BankTransferAllocation from "./bank-transfer-allocation"

/**
 * A transfer that arrived on the platform's receiving account, as the
 * operator recorded it from the bank statement. Its bank reference (流水号) is
 * recorded once only; its amount is split over one or more orders.
 */
const BankTransfer = model
  .define("bank_transfer", {
    id: model.id({ prefix: "btr" }).primaryKey(),
    /** CNY in major units, exact to the fen */
    amount: model.bigNumber(),
    currency_code: model.text().default("cny"),
    received_at: model.dateTime(),
    payer_name: model.text(),
    payer_account: model.text(),
    bank_reference: model.text(),
    note: model.text().nullable(),
    /** the operator (user id) who recorded it */
    recorded_by: model.text().nullable(),
    allocations: model.hasMany(() => BankTransferAllocation, { mappedBy: "transfer" }),
  })
  .indexes([{ on: ["bank_reference"], unique: true, where: "deleted_at IS NULL" }])
  .cascades({ delete: ["allocations"] })

export default BankTransfer
