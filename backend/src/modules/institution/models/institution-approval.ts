import { model } from "@medusajs/framework/utils"
import { APPROVAL_STATUSES } from "@fupin/shared"
import Institution from "./institution"

/**
 * A purchaser's submitted cart waiting for (or decided by) an approver: the
 * cart stays frozen while the request is pending. Every decision is kept with
 * who took it, when and why.
 */
const InstitutionApproval = model
  .define("institution_approval", {
    id: model.id({ prefix: "instapr" }).primaryKey(),
    cart_id: model.text(),
    /** customer id of the purchaser who submitted */
    requested_by: model.text(),
    amount: model.bigNumber(),
    currency_code: model.text().default("cny"),
    status: model.enum([...APPROVAL_STATUSES]).default("pending"),
    /** customer id of the approver (or the purchaser, for a cancellation) */
    decided_by: model.text().nullable(),
    decided_at: model.dateTime().nullable(),
    note: model.text().nullable(),
    /** the order placed on approval */
    order_id: model.text().nullable(),
    institution: model.belongsTo(() => Institution, { mappedBy: "approvals" }),
  })
  .indexes([{ on: ["cart_id", "status"] }, { on: ["status"] }])

export default InstitutionApproval
