import { Module } from "@medusajs/framework/utils"
import ProductReviewModuleService from "./service"

/**
 * 商品评价: reviews of verified buyers, moderated by the operator (src/workflows/product-review).
 * Named product-review, not review: `review` is the operator's review inbox of listings and
 * applications (workflows/review, lib/review).
 */
export const PRODUCT_REVIEW_MODULE = "productReview"

export default Module(PRODUCT_REVIEW_MODULE, { service: ProductReviewModuleService })
