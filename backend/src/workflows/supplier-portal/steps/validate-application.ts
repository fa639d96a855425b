import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SUPPLIER_MODULE } from "../../../modules/supplier"
import type SupplierModuleService from "../../../modules/supplier/service"
import type { ApplicationOrganicCertificate } from "./create-organic-certificates"

/** What an application adds to the supplier checks: organic certificate numbers unused and dates in order. */
export const validateApplicationStep = createStep(
  "validate-supplier-application",
  async (input: { organic_certificates: ApplicationOrganicCertificate[] }, { container }) => {
    const suppliers = container.resolve<SupplierModuleService>(SUPPLIER_MODULE)
    const numbers = input.organic_certificates.map((c) => c.number)
    if (new Set(numbers).size !== numbers.length) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "organic_certificates: 证书编号重复 / a certificate number appears twice")
    }
    for (const c of input.organic_certificates) {
      if (c.expires_on && new Date(c.expires_on).getTime() <= new Date(c.issued_on).getTime()) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `organic_certificates: ${c.number} 的有效期须晚于发证日期 / expires_on must be after issued_on`)
      }
    }
    if (numbers.length) {
      const [taken] = await suppliers.listOrganicCertificates({ number: numbers }, { take: 1 })
      if (taken) throw new MedusaError(MedusaError.Types.INVALID_DATA, `organic_certificates: 证书编号 ${taken.number} 已登记 / already registered`)
    }
    return new StepResponse(true)
  }
)
