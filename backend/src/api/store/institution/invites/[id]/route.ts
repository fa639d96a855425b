import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { membershipFrom } from "../../../../../lib/institution/request"
import { INSTITUTION_MODULE } from "../../../../../modules/institution"
import type InstitutionModuleService from "../../../../../modules/institution/service"
import { revokeInstitutionInviteWorkflow } from "../../../../../workflows/institution/change-institution-member"

/** DELETE /store/institution/invites/:id (admin): withdraws an invitation not yet accepted; another institution's is "not found". */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const me = membershipFrom(req)
  const service = req.scope.resolve<InstitutionModuleService>(INSTITUTION_MODULE)
  const [invite] = await service.listInstitutionInvites({ id: req.params.id!, institution_id: me.institution_id, kind: "invite" })
  if (!invite) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Invite with id: ${req.params.id} was not found`)
  if (invite.accepted_at) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "id: 邀请已被接受，请在成员列表中移除该成员 / this invitation was accepted: remove the member instead")
  }
  if (!invite.revoked_at) await revokeInstitutionInviteWorkflow(req.scope).run({ input: { id: invite.id, revoked_at: new Date() } })
  res.json({ id: invite.id, object: "institution_invite", deleted: true })
}
