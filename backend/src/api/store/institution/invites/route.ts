import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { StoreCreateInstitutionInviteResponse, StoreInstitutionInvitesResponse } from "@fupin/shared"
import { inviteDTO } from "../../../../lib/institution/invites"
import { inviteUrl, newInviteToken, sendInviteNotification } from "../../../../lib/institution/invite-token"
import { membershipFrom } from "../../../../lib/institution/request"
import { INSTITUTION_MODULE } from "../../../../modules/institution"
import type InstitutionModuleService from "../../../../modules/institution/service"
import { createInstitutionInviteWorkflow } from "../../../../workflows/institution/create-institution-invite"
import type { StoreCreateInstitutionInviteType, StoreListInstitutionInvitesType } from "../../../admin/institutions/validators-onboarding"

/** GET /store/institution/invites?status=pending|all (admin): the caller's institution's invitations, newest first. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, StoreListInstitutionInvitesType>, res: MedusaResponse) {
  const me = membershipFrom(req)
  const { status } = req.validatedQuery as unknown as StoreListInstitutionInvitesType
  const service = req.scope.resolve<InstitutionModuleService>(INSTITUTION_MODULE)
  const rows = await service.listInstitutionInvites(
    { institution_id: me.institution_id, kind: "invite", ...(status === "pending" ? { accepted_at: null, revoked_at: null, expires_at: { $gt: new Date() } } : {}) },
    { order: { created_at: "DESC" }, take: 200 }
  )
  const body: StoreInstitutionInvitesResponse = { invites: rows.map(inviteDTO) }
  res.json(body)
}

/**
 * POST /store/institution/invites {email, roles, name?, locale?} (admin): e-mails a
 * single-use, 72-hour link with which the invitee sets a password (or logs in) and
 * joins with these roles. The link is also returned, to pass on by hand.
 */
export async function POST(req: AuthenticatedMedusaRequest<StoreCreateInstitutionInviteType>, res: MedusaResponse) {
  const me = membershipFrom(req)
  const { email, roles, name, locale } = req.validatedBody
  const service = req.scope.resolve<InstitutionModuleService>(INSTITUTION_MODULE)
  const institution = await service.retrieveInstitution(me.institution_id, { select: ["id", "name"] })
  const { token, token_hash, expires_at } = newInviteToken()
  const { result } = await createInstitutionInviteWorkflow(req.scope).run({
    input: { institution_id: me.institution_id, kind: "invite", email, name, roles, token_hash, expires_at, invited_by: me.id },
  })
  const url = inviteUrl("invite", token, locale)
  await sendInviteNotification(req.scope, result, institution.name, url)
  const body: StoreCreateInstitutionInviteResponse = { invite: inviteDTO(result), url }
  res.status(201).json(body)
}
