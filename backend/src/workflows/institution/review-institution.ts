import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { InstitutionReviewAction } from "@fupin/shared"
import { checkInstitutionTransitionStep } from "./steps/check-institution-transition"
import { updateInstitutionStep } from "./steps/update-institution"
import { syncInstitutionGroupsWorkflow } from "./sync-institution-groups"

export const REVIEW_INSTITUTION_WORKFLOW = "review-institution"

export type ReviewInstitutionWorkflowInput = {
  id: string
  action: InstitutionReviewAction
  /** admin user id */
  reviewed_by?: string | null
  note?: string | null
}

/** Approve, reject, suspend or reinstate an institution, recording who did it and why. */
export const reviewInstitutionWorkflow = createWorkflow(
  REVIEW_INSTITUTION_WORKFLOW,
  (input: ReviewInstitutionWorkflowInput) => {
    const status = checkInstitutionTransitionStep({ id: input.id, action: input.action })
    const data = transform({ input, status }, ({ input, status }) => ({
      id: input.id,
      status,
      reviewed_by: input.reviewed_by ?? null,
      reviewed_at: new Date(),
      review_note: input.note ?? null,
    }))
    const updated = updateInstitutionStep(data)
    syncInstitutionGroupsWorkflow.runAsStep({ input: transform({ input }, ({ input }) => ({ institution_ids: [input.id] })) })
    return new WorkflowResponse(updated)
  }
)
