import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SUPPLIER_MODULE } from "../../../modules/supplier"
import type SupplierModuleService from "../../../modules/supplier/service"

export type OrganicCertificateFields = {
  number: string
  issuer: string
  product_scope: string
  issued_on: Date
  expires_on: Date | null
}

const service = (container: { resolve: <T>(key: string) => T }) => container.resolve<SupplierModuleService>(SUPPLIER_MODULE)

/** Checks the supplier exists, the number is unique and the certificate expires after it was issued. */
export const validateOrganicCertificateStep = createStep(
  "validate-organic-certificate",
  async (input: { supplier_id: string; id?: string; data: Partial<OrganicCertificateFields> }, { container }) => {
    const suppliers = service(container)
    await suppliers.retrieveSupplier(input.supplier_id)
    const current = input.id ? await suppliers.retrieveOrganicCertificate(input.id) : undefined
    if (current && current.supplier_id !== input.supplier_id) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Organic certificate ${input.id} does not belong to supplier ${input.supplier_id}`)
    }
    if (input.data.number !== undefined) {
      const [taken] = await suppliers.listOrganicCertificates({ number: input.data.number }, { take: 1 })
      if (taken && taken.id !== input.id) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `number: organic certificate ${input.data.number} is already registered`)
      }
    }
    const issued = input.data.issued_on ?? current?.issued_on
    const expires = input.data.expires_on !== undefined ? input.data.expires_on : current?.expires_on
    if (issued && expires && new Date(expires) <= new Date(issued)) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "expires_on: must be after issued_on")
    }
    return new StepResponse(true)
  }
)

export const createOrganicCertificateStep = createStep(
  "create-organic-certificate",
  async (input: OrganicCertificateFields & { supplier_id: string }, { container }) => {
    const certificate = await service(container).createOrganicCertificates(input)
    return new StepResponse(certificate, certificate.id)
  },
  async (id, { container }) => {
    if (!id) return
    await service(container).deleteOrganicCertificates(id)
  }
)

export const updateOrganicCertificateStep = createStep(
  "update-organic-certificate",
  async ({ id, data }: { id: string; data: Partial<OrganicCertificateFields> }, { container }) => {
    const before = await service(container).retrieveOrganicCertificate(id)
    const keys = Object.keys(data) as Array<keyof OrganicCertificateFields>
    const previous = Object.fromEntries(keys.map((k) => [k, before[k]])) as Partial<OrganicCertificateFields>
    const certificate = await service(container).updateOrganicCertificates({ id, ...data })
    return new StepResponse(certificate, { id, previous })
  },
  async (undo, { container }) => {
    if (!undo) return
    await service(container).updateOrganicCertificates({ id: undo.id, ...undo.previous })
  }
)

export const deleteOrganicCertificateStep = createStep(
  "delete-organic-certificate",
  async (id: string, { container }) => {
    await service(container).softDeleteOrganicCertificates(id)
    return new StepResponse(id, id)
  },
  async (id, { container }) => {
    if (!id) return
    await service(container).restoreOrganicCertificates(id)
  }
)
