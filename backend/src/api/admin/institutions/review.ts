import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { InstitutionReviewAction } from "@fupin/shared"
import { reviewInstitutionWorkflow } from "../../../workflows/institution/review-institution"
import { refetchInstitution } from "./helpers"
import type { AdminReviewInstitutionType } from "./validators"

/** The handler of POST /admin/institutions/:id/<action>. */
export function reviewHandler(action: InstitutionReviewAction) {
  return async (req: AuthenticatedMedusaRequest<AdminReviewInstitutionType>, res: MedusaResponse) => {
    await reviewInstitutionWorkflow(req.scope).run({
      input: { id: req.params.id!, action, note: req.validatedBody.note, reviewed_by: req.auth_context?.actor_id },
    })
    res.json({ institution: await refetchInstitution(req.scope, req.params.id!) })
  }
}
