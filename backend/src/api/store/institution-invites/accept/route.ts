import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { type MemberRole, MIN_PASSWORD_LENGTH, type StoreInviteAcceptResponse } from "@fupin/shared"
import { hasLogin, openInviteByToken } from "../../../../lib/institution/find-invite"
import { acceptInstitutionInviteWorkflow } from "../../../../workflows/institution/accept-institution-invite"
import { inviteProblem } from "../../../../workflows/institution/steps/check-institution-invite"
import type { StoreAcceptInstitutionInviteType } from "../../../admin/institutions/validators-onboarding"

/**
 * POST /store/institution-invites/accept {token, password?, first_name?, last_name?}
 *
 * - The invited e-mail has no login yet: `password` (8+ characters) creates one,
 *   a customer, and the membership with the link's roles.
 * - It has a login: the caller must be logged in with exactly that e-mail (401
 *   `login_required` otherwise). Holding the link never takes over an account.
 * The link then answers "already used" to everyone.
 */
export async function POST(req: AuthenticatedMedusaRequest<StoreAcceptInstitutionInviteType>, res: MedusaResponse) {
  const { token, password, first_name, last_name } = req.validatedBody
  const invite = await openInviteByToken(req.scope, token)

  let customer_id: string | null = null
  const callerId = req.auth_context?.actor_type === "customer" ? req.auth_context.actor_id : undefined
  if (callerId) {
    const caller = await req.scope.resolve(Modules.CUSTOMER).retrieveCustomer(callerId)
    if (caller.email?.toLowerCase() !== invite.email) {
      throw new MedusaError(
        MedusaError.Types.UNAUTHORIZED,
        `token: 此链接是发给 ${invite.email} 的，请退出当前账户后用该邮箱登录 / This link is for ${invite.email}: log out, then log in with that e-mail`,
        "login_required"
      )
    }
    customer_id = caller.id
  } else if (await hasLogin(req.scope, invite.email)) {
    throw inviteProblem("login_required")
  } else if (typeof password !== "string" || [...password].length < MIN_PASSWORD_LENGTH) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `password: 密码至少 ${MIN_PASSWORD_LENGTH} 位 / the password needs at least ${MIN_PASSWORD_LENGTH} characters`
    )
  }

  const { result } = await acceptInstitutionInviteWorkflow(req.scope).run({
    input: { invite_id: invite.id, customer_id, password: customer_id ? null : password, first_name, last_name },
  })
  const body: StoreInviteAcceptResponse = {
    member: { id: result.member.id, institution_id: result.institution_id, customer_id: result.member.customer_id, roles: (result.member.roles ?? []) as MemberRole[] },
    institution: { id: invite.institution.id, name: invite.institution.name },
    email: result.email,
    account: result.account_created ? "created" : "existing",
  }
  res.status(200).json(body)
}
