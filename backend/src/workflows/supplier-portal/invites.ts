import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { setAuthAppMetadataStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { SUPPLIER_ACTOR_TYPE, type SupplierMemberRole } from "@fupin/shared"
import { acceptInviteStep } from "./steps/accept-invite"
import { createInviteStep } from "./steps/create-invite"
import { createSupplierMemberStep } from "./steps/create-supplier-member"
import { resolveNewcomerStep } from "./steps/resolve-newcomer"
import { sendInviteStep } from "./steps/send-invite"

export const INVITE_SUPPLIER_MEMBER_WORKFLOW_ID = "invite-supplier-member"
export const ACCEPT_SUPPLIER_INVITE_WORKFLOW_ID = "accept-supplier-invite"

/** An owner invites a colleague by e-mail (邀请成员). */
export const inviteSupplierMemberWorkflow = createWorkflow(
  INVITE_SUPPLIER_MEMBER_WORKFLOW_ID,
  (input: { supplier_id: string; email: string; role: SupplierMemberRole; invited_by: string }) => {
    const { data: suppliers } = useQueryGraphStep({ entity: "supplier", fields: ["id", "legal_name"], filters: { id: input.supplier_id } })
    const created = createInviteStep(input)
    sendInviteStep(
      transform({ created, suppliers }, ({ created, suppliers }) => ({
        email: created.invite.email,
        token: created.token,
        supplier_name: (suppliers[0] as { legal_name?: string } | undefined)?.legal_name ?? "",
      }))
    )
    return new WorkflowResponse(transform({ created }, ({ created }) => created.invite))
  }
)

/** The invitee, logged in with a fresh `supplier` registration for the invited e-mail, accepts: becomes a member. */
export const acceptSupplierInviteWorkflow = createWorkflow(
  ACCEPT_SUPPLIER_INVITE_WORKFLOW_ID,
  (input: { auth_identity_id: string; token: string; name: string; phone?: string | null }) => {
    const newcomer = resolveNewcomerStep({ auth_identity_id: input.auth_identity_id })
    const accepted = acceptInviteStep(transform({ input, newcomer }, ({ input, newcomer }) => ({ token: input.token, email: newcomer.email })))
    const member = createSupplierMemberStep(
      transform({ input, newcomer, accepted }, ({ input, newcomer, accepted }) => ({
        supplier_id: accepted.supplier_id,
        email: newcomer.email,
        name: input.name,
        phone: input.phone ?? null,
        role: accepted.role,
      }))
    )
    setAuthAppMetadataStep(
      transform({ newcomer, member }, ({ newcomer, member }) => ({
        authIdentityId: newcomer.auth_identity_id,
        actorType: SUPPLIER_ACTOR_TYPE,
        value: member.id,
      }))
    )
    return new WorkflowResponse(member)
  }
)
