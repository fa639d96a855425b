import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { creditCodeProblem, type CreditCodeProblem } from "@fupin/shared"
import { GEOGRAPHY_MODULE } from "../../../modules/geography"
import type GeographyModuleService from "../../../modules/geography/service"
import { SUPPLIER_MODULE } from "../../../modules/supplier"
import type SupplierModuleService from "../../../modules/supplier/service"
import type { SupplierFields } from "../types"

const CREDIT_CODE_MESSAGES: Record<CreditCodeProblem, string> = {
  length: "a unified social credit code (统一社会信用代码) has exactly 18 characters",
  character: "contains a character outside the GB 32100-2015 alphabet (digits and letters except I, O, Z, S, V)",
  check: "the check character (the 18th) does not match the first 17: the code is mistyped",
}

export type ValidateSupplierInput = {
  /** the supplier being updated; absent when creating */
  id?: string
  data: Partial<SupplierFields>
}

/** Checks a supplier's credit code (format and uniqueness), place and linkage; throws 400 naming the field. */
export const validateSupplierStep = createStep(
  "validate-supplier",
  async ({ id, data }: ValidateSupplierInput, { container }) => {
    const suppliers = container.resolve<SupplierModuleService>(SUPPLIER_MODULE)
    const geo = container.resolve<GeographyModuleService>(GEOGRAPHY_MODULE)
    const current = id ? await suppliers.retrieveSupplier(id) : undefined

    if (data.credit_code !== undefined) {
      const problem = creditCodeProblem(data.credit_code)
      if (problem) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `credit_code: "${data.credit_code}" ${CREDIT_CODE_MESSAGES[problem]}`)
      }
      const [taken] = await suppliers.listSuppliers({ credit_code: data.credit_code.trim().toUpperCase() }, { take: 1 })
      if (taken && taken.id !== id) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `credit_code: ${taken.credit_code} is already registered to ${taken.legal_name} (${taken.id})`
        )
      }
    }

    const placeChanged = data.county_handle !== undefined || data.township_id !== undefined || data.village_id !== undefined
    if (placeChanged) {
      const county_handle = data.county_handle ?? current?.county_handle
      const township_id = data.township_id !== undefined ? data.township_id : current?.township_id
      const village_id = data.village_id !== undefined ? data.village_id : current?.village_id
      if (!county_handle) throw new MedusaError(MedusaError.Types.INVALID_DATA, "county_handle: required")
      await geo.resolvePlace({ county_handle, township_id })
      if (village_id) {
        if (!township_id) {
          throw new MedusaError(MedusaError.Types.INVALID_DATA, "village_id: a village needs its township_id")
        }
        const [village] = await geo.listVillages({ id: village_id, township_id }, { take: 1 })
        if (!village) {
          throw new MedusaError(MedusaError.Types.INVALID_DATA, `village_id: village "${village_id}" is not in township ${township_id}`)
        }
      }
    }

    const households = data.households_bound ?? current?.households_bound ?? 0
    const people = data.people_bound ?? current?.people_bound ?? 0
    if (people < households) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `people_bound: ${people} people cannot make up ${households} households (every household has at least one person)`
      )
    }
    const mechanisms = data.mechanisms ?? (current?.mechanisms as string[] | undefined) ?? []
    if (households > 0 && mechanisms.length === 0) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "mechanisms: say how the bound households are linked (employment, dividend …)")
    }
    return new StepResponse(true)
  }
)
