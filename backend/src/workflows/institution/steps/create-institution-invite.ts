import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { InviteKind, MemberRole } from "@fupin/shared"
import { INSTITUTION_MODULE } from "../../../modules/institution"
import type InstitutionModuleService from "../../../modules/institution/service"

export type CreateInstitutionInviteInput = {
  institution_id: string
  kind: InviteKind
  email: string
  name?: string | null
  roles: MemberRole[]
  token_hash: string
  expires_at: Date
  invited_by: string | null
}

/**
 * Opens a link into an approved institution. Earlier links of the same kind
 * still open for the same e-mail are revoked, so only the newest one works.
 * The compensation deletes the new link and reopens the revoked ones.
 */
export const createInstitutionInviteStep = createStep(
  "create-institution-invite",
  async (input: CreateInstitutionInviteInput, { container }) => {
    const service = container.resolve<InstitutionModuleService>(INSTITUTION_MODULE)
    const institution = await service.retrieveInstitution(input.institution_id)
    if (institution.status !== "approved") {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `status: ${institution.name} 尚未通过审核，不能发送链接 / is ${institution.status}; only an approved institution gets links`
      )
    }
    const email = input.email.trim().toLowerCase()
    const open = await service.listInstitutionInvites({
      institution_id: input.institution_id,
      kind: input.kind,
      email,
      accepted_at: null,
      revoked_at: null,
    })
    const now = new Date()
    if (open.length) await service.updateInstitutionInvites(open.map((i) => ({ id: i.id, revoked_at: now })))
    const invite = await service.createInstitutionInvites({ ...input, email, name: input.name ?? null })
    return new StepResponse(invite, { id: invite.id, revoked: open.map((i) => i.id) })
  },
  async (undo, { container }) => {
    if (!undo) return
    const service = container.resolve<InstitutionModuleService>(INSTITUTION_MODULE)
    await service.deleteInstitutionInvites(undo.id)
    if (undo.revoked.length) await service.updateInstitutionInvites(undo.revoked.map((id) => ({ id, revoked_at: null })))
  }
)
