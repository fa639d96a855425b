import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { membershipFrom } from "../../../../../lib/institution/request"
import { listMembers } from "../../../../../lib/institution/members"
import { changeInstitutionMemberWorkflow } from "../../../../../workflows/institution/change-institution-member"
import type { StoreUpdateInstitutionMemberType } from "../../../../admin/institutions/validators-onboarding"

/**
 * POST /store/institution/members/:id {roles?, monthly_budget?} (admin): a member of the caller's institution gets these
 * roles (the last admin keeps admin) and/or this 月度预算 (CNY per Beijing calendar month; null: none).
 */
export async function POST(req: AuthenticatedMedusaRequest<StoreUpdateInstitutionMemberType>, res: MedusaResponse) {
  const me = membershipFrom(req)
  await changeInstitutionMemberWorkflow(req.scope).run({
    input: { institution_id: me.institution_id, member_id: req.params.id!, ...req.validatedBody },
  })
  const [member] = await listMembers(req.scope, me.institution_id, [req.params.id!])
  if (!member) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Member with id: ${req.params.id} was not found`)
  res.json({ member })
}

/** DELETE /store/institution/members/:id (admin): the customer keeps their login, but is no longer a member. Never the last admin. */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const me = membershipFrom(req)
  await changeInstitutionMemberWorkflow(req.scope).run({ input: { institution_id: me.institution_id, member_id: req.params.id!, remove: true } })
  res.json({ id: req.params.id, object: "institution_member", deleted: true })
}
