import { defineLink } from "@medusajs/framework/utils"
import CustomerModule from "@medusajs/medusa/customer"
import ProductReviewModule from "../modules/product-review"

/** The shopper who wrote a review (`product_review.customer`), for the operator only; read-only: the review holds customer_id. */
export default defineLink(
  { linkable: ProductReviewModule.linkable.productReview, field: "customer_id" },
  CustomerModule.linkable.customer,
  { readOnly: true }
)
