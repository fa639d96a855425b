import { model } from "@medusajs/framework/utils"
import { INVOICE_REQUEST_STATUSES } from "@fupin/shared"

/**
 * 开票申请: an institution asks one supplier to invoice its part of an order,
 * with the institution's 开票信息 as they were then; the supplier records the
 * invoice it issued (number and date). One per order and supplier.
 */
const InvoiceRequest = model
  .define("invoice_request", {
    id: model.id({ prefix: "invreq" }).primaryKey(),
    order_id: model.text(),
    supplier_id: model.text(),
    institution_id: model.text(),
    /** CNY in major units: the supplier's lines less their receipt deductions, when requested */
    amount: model.bigNumber(),
    /** InstitutionInvoiceDetailsDTO */
    invoice_details: model.json(),
    /** the member (customer id) who asked */
    requested_by: model.text(),
    status: model.enum([...INVOICE_REQUEST_STATUSES]).default("requested"),
    invoice_number: model.text().nullable(),
    /** YYYY-MM-DD */
    issued_on: model.text().nullable(),
    /** the supplier member who recorded it */
    issued_by: model.text().nullable(),
  })
  .indexes([
    { on: ["order_id", "supplier_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["supplier_id", "status"] },
    { on: ["institution_id"] },
  ])

export default InvoiceRequest
