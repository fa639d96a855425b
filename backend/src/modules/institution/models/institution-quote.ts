import { model } from "@medusajs/framework/utils"
import { QUOTE_STATUSES } from "@fupin/shared"
import Institution from "./institution"

/**
 * 询价单: a request for a quote on the pad's lines, held as a Medusa draft
 * order (draft_order_id; its metadata names the institution and the quote).
 * The operator answers with a unit price per line (applied to the draft order
 * through a draft order edit) and a validity date; a member accepts (the draft
 * order is converted: stock reserved, order.placed emitted) or declines.
 * `lines` keeps what was asked and answered (QuoteLineDTO[] without totals);
 * `shipping_total` the delivery fee answered with them.
 */
const InstitutionQuote = model
  .define("institution_quote", {
    id: model.id({ prefix: "instqt" }).primaryKey(),
    status: model.enum([...QUOTE_STATUSES]).default("requested"),
    draft_order_id: model.text(),
    /** QuoteLineDTO[] */
    lines: model.json(),
    currency_code: model.text().default("cny"),
    note: model.text().nullable(),
    /** customer id of the member who asked */
    requested_by: model.text(),
    answer_note: model.text().nullable(),
    /** admin user id of the operator who answered */
    answered_by: model.text().nullable(),
    answered_at: model.dateTime().nullable(),
    valid_until: model.dateTime().nullable(),
    /** the delivery fee the operator quoted (also the draft order's shipping method's amount) */
    shipping_total: model.bigNumber().nullable(),
    /** customer id of the member who accepted or declined */
    decided_by: model.text().nullable(),
    decided_at: model.dateTime().nullable(),
    /** why the member declined, when they said */
    decline_note: model.text().nullable(),
    order_id: model.text().nullable(),
    institution: model.belongsTo(() => Institution, { mappedBy: "quotes" }),
  })
  .indexes([{ on: ["institution_id", "status"] }, { on: ["status"] }, { on: ["draft_order_id"], unique: true }])

export default InstitutionQuote
