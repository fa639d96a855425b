import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { InviteProblem } from "@fupin/shared"
import { INSTITUTION_MODULE } from "../../../modules/institution"
import type InstitutionModuleService from "../../../modules/institution/service"

/** The message a person sees for each reason a link cannot be used (zh / en). */
export const INVITE_PROBLEM_MESSAGES: Record<InviteProblem, string> = {
  invalid: "链接无效，请向发送人索取新链接 / This link is not valid: ask whoever sent it for a new one",
  used: "此链接已使用过，请直接登录 / This link has already been used: log in instead",
  expired: "此链接已过期，请向发送人索取新链接 / This link has expired: ask whoever sent it for a new one",
  revoked: "此链接已被撤销 / This link has been withdrawn",
  login_required: "该邮箱已有账户：请先用它登录，再接受邀请 / This e-mail already has an account: log in with it, then accept",
  other_institution: "该账户已属于另一采购单位 / This account already belongs to another institution",
}

/** A refusal whose reason the storefront can tell apart (`code` in the JSON answer). */
export function inviteProblem(code: InviteProblem): MedusaError {
  const type = code === "login_required" ? MedusaError.Types.UNAUTHORIZED : MedusaError.Types.INVALID_DATA
  return new MedusaError(type, `token: ${INVITE_PROBLEM_MESSAGES[code]}`, code)
}

/** Re-reads the link under the lock: still open, not expired, its institution still approved. */
export const checkInstitutionInviteStep = createStep(
  "check-institution-invite",
  async (input: { invite_id: string }, { container }) => {
    const service = container.resolve<InstitutionModuleService>(INSTITUTION_MODULE)
    const [invite] = await service.listInstitutionInvites({ id: input.invite_id }, { relations: ["institution"] })
    if (!invite) throw inviteProblem("invalid")
    if (invite.accepted_at) throw inviteProblem("used")
    if (invite.revoked_at) throw inviteProblem("revoked")
    if (new Date(invite.expires_at).getTime() <= Date.now()) throw inviteProblem("expired")
    if (invite.institution?.status !== "approved") throw inviteProblem("invalid")
    return new StepResponse(invite)
  }
)
