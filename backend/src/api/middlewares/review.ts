import { type MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { AdminApproveReview, AdminRejectReview, AdminReviewInboxQuery } from "../admin/review-inbox/validators"

/** Route validation for the operator's review inbox (/admin routes are authenticated by Medusa). */
export const reviewMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/admin/review-inbox", middlewares: [validateAndTransformQuery(AdminReviewInboxQuery, {})] },
  { method: ["POST"], matcher: "/admin/listings/:id/approve", middlewares: [validateAndTransformBody(AdminApproveReview)] },
  { method: ["POST"], matcher: "/admin/listings/:id/reject", middlewares: [validateAndTransformBody(AdminRejectReview)] },
  { method: ["POST"], matcher: "/admin/change-requests/:id/approve", middlewares: [validateAndTransformBody(AdminApproveReview)] },
  { method: ["POST"], matcher: "/admin/change-requests/:id/reject", middlewares: [validateAndTransformBody(AdminRejectReview)] },
]
