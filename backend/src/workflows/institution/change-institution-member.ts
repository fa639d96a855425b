import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { changeInstitutionMemberStep, type ChangeInstitutionMemberInput } from "./steps/change-institution-member"
import { updateInstitutionInviteStep, type UpdateInstitutionInviteInput } from "./steps/update-institution-invite"
import { syncInstitutionGroupsWorkflow } from "./sync-institution-groups"

export const CHANGE_INSTITUTION_MEMBER_WORKFLOW = "change-institution-member"
export const REVOKE_INSTITUTION_INVITE_WORKFLOW = "revoke-institution-invite"

/**
 * Role changes and removals, serialised per institution: two admins removing
 * each other at the same moment cannot leave the institution without an admin.
 */
export const changeInstitutionMemberWorkflow = createWorkflow(CHANGE_INSTITUTION_MEMBER_WORKFLOW, (input: ChangeInstitutionMemberInput) => {
  const key = transform({ input }, ({ input }) => `institution_members:${input.institution_id}`)
  acquireLockStep({ key, timeout: 10, ttl: 30 })
  const changed = changeInstitutionMemberStep(input)
  syncInstitutionGroupsWorkflow.runAsStep({ input: transform({ input }, ({ input }) => ({ institution_ids: [input.institution_id] })) })
  releaseLockStep({ key })
  return new WorkflowResponse(changed)
})

/** An admin withdraws an invitation that has not been accepted. */
export const revokeInstitutionInviteWorkflow = createWorkflow(REVOKE_INSTITUTION_INVITE_WORKFLOW, (input: UpdateInstitutionInviteInput) => {
  return new WorkflowResponse(updateInstitutionInviteStep(input))
})
