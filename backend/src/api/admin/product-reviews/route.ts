import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { AdminProductReviewsResponse } from "@fupin/shared"
import { ADMIN_REVIEW_FIELDS, adminReview, type ProductReviewRow } from "../../../lib/product-review/dto"
import type { AdminListProductReviewsType } from "./validators"

/** GET /admin/product-reviews?status=pending|approved|rejected — 待审核 oldest first (first come, first moderated), the others newest first. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminListProductReviewsType>, res: MedusaResponse<AdminProductReviewsResponse>) {
  const { status, product_id, limit, offset } = req.validatedQuery
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const direction = status === "pending" ? "ASC" : "DESC"
  const { data, metadata } = await query.graph({
    entity: "product_review",
    fields: ADMIN_REVIEW_FIELDS,
    filters: { status, ...(product_id ? { product_id } : {}) },
    // the id breaks ties of created_at (reviews saved in one batch), so no page repeats or skips one
    pagination: { skip: offset, take: limit, order: { created_at: direction, id: direction } },
  })
  res.json({ reviews: (data as unknown as ProductReviewRow[]).map(adminReview), count: metadata?.count ?? data.length, limit, offset })
}
