import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { INSTITUTION_MODULE } from "../../modules/institution"
import type InstitutionModuleService from "../../modules/institution/service"
import { inviteProblem } from "../../workflows/institution/steps/check-institution-invite"
import { hashInviteToken } from "./invite-token"
import { inviteStatus } from "./invites"

/**
 * The open link a token opens, with its institution, or the refusal a person
 * can act on: not valid, already used, expired, withdrawn.
 */
export async function openInviteByToken(container: MedusaContainer, token: string) {
  const service = container.resolve<InstitutionModuleService>(INSTITUTION_MODULE)
  const [invite] = await service.listInstitutionInvites({ token_hash: hashInviteToken(token) }, { relations: ["institution"], take: 1 })
  if (!invite || invite.institution?.status !== "approved") throw inviteProblem("invalid")
  const status = inviteStatus(invite)
  if (status === "accepted") throw inviteProblem("used")
  if (status === "revoked") throw inviteProblem("revoked")
  if (status === "expired") throw inviteProblem("expired")
  return invite as typeof invite & { institution: { id: string; name: string } }
}

/** Whether an e-mail can log in already (an e-mail + password identity exists). */
export async function hasLogin(container: MedusaContainer, email: string): Promise<boolean> {
  const identities = await container.resolve(Modules.AUTH).listProviderIdentities({ entity_id: email, provider: "emailpass" }, { take: 1 })
  return identities.length > 0
}
