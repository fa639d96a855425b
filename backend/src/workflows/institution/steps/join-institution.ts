import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { type MemberRole, normaliseMemberRoles } from "@fupin/shared"
import { INSTITUTION_MODULE } from "../../../modules/institution"
import type InstitutionModuleService from "../../../modules/institution/service"
import { inviteProblem } from "./check-institution-invite"

type Undo = { created: string } | { id: string; roles: MemberRole[] } | null

/**
 * Makes the customer a member with the invitation's roles. A member of this
 * institution already keeps their roles and gains the new ones; a member of
 * another institution cannot join (one institution per customer).
 */
export const joinInstitutionStep = createStep(
  "join-institution",
  async (input: { institution_id: string; customer_id: string; roles: MemberRole[] }, { container }) => {
    const service = container.resolve<InstitutionModuleService>(INSTITUTION_MODULE)
    const [existing] = await service.listInstitutionBuyers({ customer_id: input.customer_id })
    if (existing) {
      if (existing.institution_id !== input.institution_id) throw inviteProblem("other_institution")
      const before = (existing.roles ?? []) as MemberRole[]
      const roles = normaliseMemberRoles([...before, ...input.roles])
      const member = await service.updateInstitutionBuyers({ id: existing.id, roles })
      return new StepResponse(member, { id: existing.id, roles: before } as Undo)
    }
    const member = await service.createInstitutionBuyers({
      institution_id: input.institution_id,
      customer_id: input.customer_id,
      roles: normaliseMemberRoles(input.roles),
    })
    return new StepResponse(member, { created: member.id } as Undo)
  },
  async (undo, { container }) => {
    if (!undo) return
    const service = container.resolve<InstitutionModuleService>(INSTITUTION_MODULE)
    if ("created" in undo) await service.deleteInstitutionBuyers(undo.created)
    else await service.updateInstitutionBuyers({ id: undo.id, roles: undo.roles })
  }
)
