import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { AdminModerateProductReviewResponse } from "@fupin/shared"
import { ADMIN_REVIEW_FIELDS, adminReview, type ProductReviewRow } from "../../../lib/product-review/dto"
import { moderateProductReviewWorkflow } from "../../../workflows/product-review/moderate-product-review"
import type { AdminRejectProductReviewType } from "./validators"

/** POST /admin/product-reviews/:id/{approve,reject}: the moderation workflow, then the review as it is now. */
export function moderateReviewRoute(status: "approved" | "rejected") {
  return async (req: AuthenticatedMedusaRequest<Partial<AdminRejectProductReviewType>>, res: MedusaResponse<AdminModerateProductReviewResponse>) => {
    const id = req.params.id!
    await moderateProductReviewWorkflow(req.scope).run({
      input: { id, status, note: req.validatedBody.note ?? null, actor_id: req.auth_context?.actor_id ?? null },
    })
    const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "product_review", fields: ADMIN_REVIEW_FIELDS, filters: { id } })
    res.json({ review: adminReview(data[0] as unknown as ProductReviewRow) })
  }
}
