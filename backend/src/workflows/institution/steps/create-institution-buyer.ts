import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { type MemberRole, normaliseMemberRoles } from "@fupin/shared"
import { INSTITUTION_MODULE } from "../../../modules/institution"
import type InstitutionModuleService from "../../../modules/institution/service"

/** Makes a customer a member of an institution with the given roles; a customer belongs to one institution at most. */
export const createInstitutionBuyerStep = createStep(
  "create-institution-buyer",
  async (input: { institution_id: string; customer_id: string; roles: MemberRole[] }, { container }) => {
    const service = container.resolve<InstitutionModuleService>(INSTITUTION_MODULE)
    const institution = await service.retrieveInstitution(input.institution_id)
    if (institution.status === "rejected") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `institution_id: ${institution.name} was rejected; it cannot have buyers`)
    }
    const [existing] = await service.listInstitutionBuyers({ customer_id: input.customer_id })
    if (existing) {
      const roles = normaliseMemberRoles(input.roles)
      const had = normaliseMemberRoles((existing.roles ?? []) as MemberRole[])
      if (existing.institution_id === input.institution_id && roles.every((r) => had.includes(r))) {
        return new StepResponse(existing, null)
      }
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        existing.institution_id === input.institution_id
          ? `roles: this customer is already a member of the institution (${had.join(", ")}); change the member's roles instead`
          : "email: this customer already buys for another institution"
      )
    }
    const buyer = await service.createInstitutionBuyers({ ...input, roles: normaliseMemberRoles(input.roles) })
    return new StepResponse(buyer, buyer.id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<InstitutionModuleService>(INSTITUTION_MODULE).deleteInstitutionBuyers(id)
  }
)
