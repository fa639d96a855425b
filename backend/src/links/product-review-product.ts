import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import ProductReviewModule from "../modules/product-review"

/** The product a review is of (`product_review.product`): the review holds product_id, so the link is read-only. */
export default defineLink(
  { linkable: ProductReviewModule.linkable.productReview, field: "product_id" },
  ProductModule.linkable.product,
  { readOnly: true }
)
