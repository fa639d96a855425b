import { authenticate, type MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { REVIEW_PHOTOS_MAX } from "@fupin/shared"
import { AdminApproveProductReview, AdminListProductReviews, AdminRejectProductReview } from "../admin/product-reviews/validators"
import { StoreCreateProductReview, StoreGetOrderReviews } from "../store/orders/[id]/reviews/validators"
import { StoreListProductReviews } from "../store/products/[id]/reviews/validators"
import { multipartFiles } from "../../lib/http/upload"
import { uploadRateLimit } from "./rate-limit"

const customer = authenticate("customer", ["session", "bearer"])

/**
 * 商品评价. Who may use an order is the store access rule's (./access.ts: a registered
 * shopper's order answers to that shopper only); writing a review needs a login besides.
 */
export const productReviewMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/store/products/:id/reviews", middlewares: [validateAndTransformQuery(StoreListProductReviews, {})] },
  { method: ["GET"], matcher: "/store/orders/:id/reviews", middlewares: [customer, validateAndTransformQuery(StoreGetOrderReviews, {})] },
  { method: ["POST"], matcher: "/store/orders/:id/reviews", middlewares: [customer, validateAndTransformBody(StoreCreateProductReview)] },
  {
    method: ["POST"],
    matcher: "/store/reviews/uploads",
    bodyParser: false,
    middlewares: [customer, uploadRateLimit(), multipartFiles("files", REVIEW_PHOTOS_MAX)],
  },
  { method: ["GET"], matcher: "/admin/product-reviews", middlewares: [validateAndTransformQuery(AdminListProductReviews, {})] },
  { method: ["POST"], matcher: "/admin/product-reviews/:id/approve", middlewares: [validateAndTransformBody(AdminApproveProductReview)] },
  { method: ["POST"], matcher: "/admin/product-reviews/:id/reject", middlewares: [validateAndTransformBody(AdminRejectProductReview)] },
]
