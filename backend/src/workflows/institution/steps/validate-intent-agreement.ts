import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { intentPeriodProblem } from "@fupin/shared"
import { GEOGRAPHY_MODULE } from "../../../modules/geography"
import type GeographyModuleService from "../../../modules/geography/service"
import { INSTITUTION_MODULE } from "../../../modules/institution"
import type InstitutionModuleService from "../../../modules/institution/service"

export type ValidateIntentAgreementInput = {
  /** the agreement being updated; absent on create */
  id?: string
  institution_id?: string
  county_handle?: string
  amount?: number
  period_start?: Date
  period_end?: Date
}

/**
 * Checks an agreement as it will be after the write: approved institution, known
 * county, a positive amount and a period that ends after it starts.
 */
export const validateIntentAgreementStep = createStep(
  "validate-intent-agreement",
  async (input: ValidateIntentAgreementInput, { container }) => {
    const service = container.resolve<InstitutionModuleService>(INSTITUTION_MODULE)
    const current = input.id ? await service.retrieveIntentAgreement(input.id) : undefined
    if (current?.status === "cancelled") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `status: agreement ${current.id} is cancelled and cannot change`)
    }
    if (input.institution_id) {
      const [institution] = await service.listInstitutions({ id: input.institution_id })
      if (!institution) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `institution_id: no institution ${input.institution_id}`)
      }
      if (institution.status !== "approved") {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `institution_id: ${institution.name} is ${institution.status}; only approved institutions sign agreements`
        )
      }
    }
    if (input.county_handle !== undefined) {
      await container.resolve<GeographyModuleService>(GEOGRAPHY_MODULE).resolvePlace({ county_handle: input.county_handle })
    }
    if (input.amount !== undefined && !(input.amount > 0)) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "amount: must be more than 0")
    }
    const start = input.period_start ?? current?.period_start
    const end = input.period_end ?? current?.period_end
    if (start && end && intentPeriodProblem(new Date(start), new Date(end))) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "period_end: must be after period_start")
    }
    return new StepResponse(true)
  }
)
