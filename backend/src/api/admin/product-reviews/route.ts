import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { AdminProductReviewsResponse } from "@fupin/shared"
import { ADMIN_REVIEW_FIELDS, adminReview, type ProductReviewRow } from "../../../lib/product-review/dto"
import type { AdminListProductReviewsType } from "./validators"

/** GET /admin/product-reviews?status=pending|approved|rejected — 待审核 oldest first (first come, first moderated), the others newest first. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminListProductReviewsType>, res: MedusaResponse<AdminProductReviewsResponse>) {
  const { status, product_id, limit, offset } = req.validatedQuery
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "product_review",
    fields: ADMIN_REVIEW_FIELDS,
    filters: { status, ...(product_id ? { product_id } : {}) },
    pagination: { skip: offset, take: limit, order: { created_at: status === "pending" ? "ASC" : "DESC" } },
  })
  res.json({ reviews: (data as unknown as ProductReviewRow[]).map(adminReview), count: metadata?.count ?? data.length, limit, offset })
}
