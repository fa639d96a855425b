import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { approveListingWorkflow, rejectListingWorkflow } from "../../../workflows/review/review-listing"
import type { AdminRejectReviewType } from "../review-inbox/validators"

/**
 * POST /admin/listings/:id/{approve,reject} (:id is the product): the listing review
 * workflows; the answer says whether it went on sale and, if not, why.
 */
export function listingReviewRoute(action: "approve" | "reject") {
  const workflow = action === "approve" ? approveListingWorkflow : rejectListingWorkflow
  return async (req: AuthenticatedMedusaRequest<Partial<AdminRejectReviewType>>, res: MedusaResponse) => {
    const { result } = await workflow(req.scope).run({
      input: { product_id: req.params.id!, actor_id: req.auth_context?.actor_id ?? null, reason: req.validatedBody.reason ?? null },
    })
    res.json({ listing: result })
  }
}
