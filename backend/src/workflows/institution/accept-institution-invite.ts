import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import type { MemberRole } from "@fupin/shared"
import { checkInstitutionInviteStep } from "./steps/check-institution-invite"
import { type EnsureInviteeAccountInput, ensureInviteeAccountStep } from "./steps/ensure-invitee-account"
import { joinInstitutionStep } from "./steps/join-institution"
import { updateInstitutionInviteStep } from "./steps/update-institution-invite"
import { syncInstitutionGroupsWorkflow } from "./sync-institution-groups"

export const ACCEPT_INSTITUTION_INVITE_WORKFLOW = "accept-institution-invite"

export type AcceptInstitutionInviteInput = Omit<EnsureInviteeAccountInput, "email"> & { invite_id: string }

/**
 * Accepting an activation link or an invitation, once: under a lock on the
 * link, re-check it, find or create the invitee's login, make them a member
 * with the link's roles and close the link. If any step fails, a login and
 * membership created here are removed again and the link stays open.
 */
export const acceptInstitutionInviteWorkflow = createWorkflow(ACCEPT_INSTITUTION_INVITE_WORKFLOW, (input: AcceptInstitutionInviteInput) => {
  const key = transform({ input }, ({ input }) => `institution_invite:${input.invite_id}`)
  acquireLockStep({ key, timeout: 10, ttl: 60 })
  const invite = checkInstitutionInviteStep({ invite_id: input.invite_id })
  const accountInput = transform({ input, invite }, ({ input, invite }) => ({ ...input, email: invite.email }))
  const account = ensureInviteeAccountStep(accountInput)
  const joinInput = transform({ invite, account }, ({ invite, account }) => ({
    institution_id: invite.institution_id,
    customer_id: account.customer_id,
    roles: invite.roles as MemberRole[],
  }))
  const member = joinInstitutionStep(joinInput)
  syncInstitutionGroupsWorkflow.runAsStep({ input: transform({ invite }, ({ invite }) => ({ institution_ids: [invite.institution_id] })) })
  const close = transform({ invite, account }, ({ invite, account }) => ({ id: invite.id, accepted_at: new Date(), accepted_by: account.customer_id }))
  updateInstitutionInviteStep(close)
  releaseLockStep({ key })
  return new WorkflowResponse(
    transform({ member, account, invite }, ({ member, account, invite }) => ({
      member,
      account_created: account.created,
      email: invite.email,
      institution_id: invite.institution_id,
    }))
  )
})
