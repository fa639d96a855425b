import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { MemberRole, StoreInviteLookupResponse } from "@fupin/shared"
import { hasLogin, openInviteByToken } from "../../../../lib/institution/find-invite"
import type { StoreLookupInstitutionInviteType } from "../../../admin/institutions/validators-onboarding"

/**
 * POST /store/institution-invites/lookup {token}: what the activation / invitation
 * page shows before the invitee acts — the institution, the e-mail, the roles, and
 * whether that e-mail already has a login (then the page asks to log in). The token
 * travels in the body, never in a URL the backend logs. Rate-limited like registration.
 */
export async function POST(req: AuthenticatedMedusaRequest<StoreLookupInstitutionInviteType>, res: MedusaResponse) {
  const invite = await openInviteByToken(req.scope, req.validatedBody.token)
  const body: StoreInviteLookupResponse = {
    invite: {
      kind: invite.kind,
      email: invite.email,
      name: invite.name ?? null,
      roles: (invite.roles ?? []) as MemberRole[],
      expires_at: new Date(invite.expires_at).toISOString(),
      institution: { id: invite.institution.id, name: invite.institution.name },
      account_exists: await hasLogin(req.scope, invite.email),
    },
  }
  res.json(body)
}
