import { model } from "@medusajs/framework/utils"
import { PRODUCT_REVIEW_STATUSES } from "@fupin/shared"

/**
 * A verified buyer's review of one line of its order (商品评价): stars, text and photos,
 * shown on the product page once the operator approved it. One per order line. The
 * customer's name is kept masked only (张**): the review never publishes more.
 */
const ProductReview = model
  .define("product_review", {
    id: model.id({ prefix: "prev" }).primaryKey(),
    product_id: model.text(),
    variant_id: model.text().nullable(),
    /** the size bought, as the line named it (250g) */
    variant_title: model.text().nullable(),
    order_id: model.text(),
    line_item_id: model.text(),
    customer_id: model.text(),
    /** masked (张**), fixed when the review is written */
    display_name: model.text(),
    rating: model.number(),
    text: model.text(),
    /** [{ file_id, url }] from the file module */
    photos: model.json().nullable(),
    status: model.enum([...PRODUCT_REVIEW_STATUSES]).default("pending"),
    /** why the operator rejected it (the shopper reads it) */
    moderator_note: model.text().nullable(),
    moderated_at: model.dateTime().nullable(),
    /** the operator (user id) */
    moderated_by: model.text().nullable(),
  })
  .indexes([
    { on: ["line_item_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["product_id", "status", "created_at"] },
    { on: ["status", "created_at"] },
    { on: ["order_id"] },
    { on: ["customer_id"] },
  ])

export default ProductReview
