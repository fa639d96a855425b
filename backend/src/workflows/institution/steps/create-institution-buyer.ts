import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { BuyerRole } from "@fupin/shared"
import { INSTITUTION_MODULE } from "../../../modules/institution"
import type InstitutionModuleService from "../../../modules/institution/service"

/** Makes a customer a buyer of an institution; a customer buys for one institution at most. */
export const createInstitutionBuyerStep = createStep(
  "create-institution-buyer",
  async (input: { institution_id: string; customer_id: string; role: BuyerRole }, { container }) => {
    const service = container.resolve<InstitutionModuleService>(INSTITUTION_MODULE)
    const institution = await service.retrieveInstitution(input.institution_id)
    if (institution.status === "rejected") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `institution_id: ${institution.name} was rejected; it cannot have buyers`)
    }
    const [existing] = await service.listInstitutionBuyers({ customer_id: input.customer_id })
    if (existing) {
      if (existing.institution_id === input.institution_id && existing.role === input.role) {
        return new StepResponse(existing, null)
      }
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        existing.institution_id === input.institution_id
          ? `role: this customer is already a ${existing.role} of the institution`
          : "email: this customer already buys for another institution"
      )
    }
    const buyer = await service.createInstitutionBuyers(input)
    return new StepResponse(buyer, buyer.id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<InstitutionModuleService>(INSTITUTION_MODULE).deleteInstitutionBuyers(id)
  }
)
