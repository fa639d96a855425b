import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminInstitutionActivationResponse } from "@fupin/shared"
import { inviteDTO } from "../../../../../lib/institution/invites"
import { inviteUrl, newInviteToken, sendInviteNotification } from "../../../../../lib/institution/invite-token"
import { createInstitutionInviteWorkflow } from "../../../../../workflows/institution/create-institution-invite"
import { refetchInstitution } from "../../helpers"
import type { AdminCreateInstitutionActivationType } from "../../validators-onboarding"

/**
 * POST /admin/institutions/:id/activation {email, name?, locale?}: a single-use
 * link, good for 72 hours, with which the approved institution's first admin
 * sets a password. E-mailed to them and returned for the operator to copy;
 * a newer link for the same e-mail replaces the older one.
 */
export async function POST(req: AuthenticatedMedusaRequest<AdminCreateInstitutionActivationType>, res: MedusaResponse) {
  const institution = (await refetchInstitution(req.scope, req.params.id!, ["id", "name"])) as { id: string; name: string }
  const { token, token_hash, expires_at } = newInviteToken()
  const { email, name, locale } = req.validatedBody
  const { result } = await createInstitutionInviteWorkflow(req.scope).run({
    input: { institution_id: institution.id, kind: "activation", email, name, roles: ["admin"], token_hash, expires_at, invited_by: req.auth_context?.actor_id ?? null },
  })
  const url = inviteUrl("activation", token, locale)
  await sendInviteNotification(req.scope, result, institution.name, url)
  const body: AdminInstitutionActivationResponse = { invite: inviteDTO(result), url }
  res.status(201).json(body)
}
