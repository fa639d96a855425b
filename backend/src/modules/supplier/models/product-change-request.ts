import { model } from "@medusajs/framework/utils"
import { PRODUCT_CHANGE_KINDS, PRODUCT_CHANGE_STATUSES } from "@fupin/shared"
import Supplier from "./supplier"

/**
 * What a supplier asks the operator to review on one of its products (商品审核):
 * - `new_listing`: a new product, created with Medusa status `proposed`;
 *   approved, it becomes a draft that is published once its certificate is valid;
 * - `update`: title, description or images of a live listing (`changes`),
 *   applied to the product when approved (at once when the supplier has
 *   `auto_approve`). Price and stock never need review.
 * The operator's inbox lists the pending ones; the supplier sees the outcome and reason.
 */
const ProductChangeRequest = model
  .define("product_change_request", {
    id: model.id({ prefix: "pcr" }).primaryKey(),
    /** Medusa product id (plain id: modules stay isolated) */
    product_id: model.text(),
    kind: model.enum([...PRODUCT_CHANGE_KINDS]).default("update"),
    /** update: { title?, description?, images?: [{ url, file_id? }] } */
    changes: model.json(),
    /** update: the values before, so the operator sees the difference */
    previous: model.json().nullable(),
    status: model.enum([...PRODUCT_CHANGE_STATUSES]).default("pending"),
    /** the operator's reason (required on rejection), shown to the supplier */
    reason: model.text().nullable(),
    /** admin user id, or "auto" when the supplier's auto_approve applied it */
    reviewed_by: model.text().nullable(),
    reviewed_at: model.dateTime().nullable(),
    /** the supplier member who asked */
    requested_by: model.text().nullable(),
    supplier: model.belongsTo(() => Supplier, { mappedBy: "product_change_requests" }),
  })
  .indexes([{ on: ["status", "kind"] }, { on: ["product_id"] }, { on: ["supplier_id", "status"] }])

export default ProductChangeRequest
