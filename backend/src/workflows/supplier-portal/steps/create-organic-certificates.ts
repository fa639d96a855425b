import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SUPPLIER_MODULE } from "../../../modules/supplier"
import type SupplierModuleService from "../../../modules/supplier/service"

export type ApplicationOrganicCertificate = { number: string; issuer: string; product_scope: string; issued_on: string | Date; expires_on?: string | Date | null }

/** The organic certificates an applicant declares; compensation deletes them. */
export const createApplicationOrganicCertificatesStep = createStep(
  "create-application-organic-certificates",
  async (input: { supplier_id: string; certificates: ApplicationOrganicCertificate[] }, { container }) => {
    if (!input.certificates.length) return new StepResponse([], [] as string[])
    const suppliers = container.resolve<SupplierModuleService>(SUPPLIER_MODULE)
    const created = await suppliers.createOrganicCertificates(
      input.certificates.map((c) => ({
        supplier_id: input.supplier_id,
        number: c.number,
        issuer: c.issuer,
        product_scope: c.product_scope,
        issued_on: new Date(c.issued_on),
        expires_on: c.expires_on ? new Date(c.expires_on) : null,
      }))
    )
    return new StepResponse(created, created.map((c) => c.id))
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    await container.resolve<SupplierModuleService>(SUPPLIER_MODULE).deleteOrganicCertificates(ids)
  }
)
