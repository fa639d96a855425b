import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { creditCodeProblem } from "@fupin/shared"
import { INSTITUTION_MODULE } from "../../../modules/institution"
import type InstitutionModuleService from "../../../modules/institution/service"

export type ValidateInstitutionInput = {
  /** the institution being updated; absent on create */
  id?: string
  credit_code?: string
}

const PROBLEMS = {
  length: "must be 18 characters",
  character: "contains a character outside 0-9 and A-Y without I, O, S, V, Z",
  check: "check character is wrong (GB 32100-2015)",
} as const

/** Normalises and checks a credit code: GB 32100-2015 check character, not used by another institution. */
export const validateInstitutionStep = createStep(
  "validate-institution",
  async (input: ValidateInstitutionInput, { container }) => {
    if (input.id) {
      const service = container.resolve<InstitutionModuleService>(INSTITUTION_MODULE)
      await service.retrieveInstitution(input.id) // 404 when unknown
    }
    if (input.credit_code === undefined) return new StepResponse<{ credit_code?: string }>({})
    const credit_code = input.credit_code.trim().toUpperCase()
    const problem = creditCodeProblem(credit_code)
    if (problem) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `credit_code: ${PROBLEMS[problem]}`)
    }
    const service = container.resolve<InstitutionModuleService>(INSTITUTION_MODULE)
    const [other] = await service.listInstitutions({ credit_code }, { take: 1, withDeleted: false })
    if (other && other.id !== input.id) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `credit_code: ${credit_code} is already registered to ${other.name} (${other.id})`
      )
    }
    return new StepResponse<{ credit_code?: string }>({ credit_code })
  }
)
