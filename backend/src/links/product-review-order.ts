import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import ProductReviewModule from "../modules/product-review"

/** The order whose line a review is of (`product_review.order`); read-only: the review holds order_id. */
export default defineLink(
  { linkable: ProductReviewModule.linkable.productReview, field: "order_id" },
  OrderModule.linkable.order,
  { readOnly: true }
)
