import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CERTIFICATION_MODULE } from "../../../modules/certification"
import type CertificationModuleService from "../../../modules/certification/service"
import type { NewCertificateInput } from "../types"

/** Creates the certificates; compensation deletes them again. */
export const createCertificatesStep = createStep(
  "create-certificates",
  async (input: { certificates: NewCertificateInput[] }, { container }) => {
    const certification = container.resolve<CertificationModuleService>(CERTIFICATION_MODULE)
    const created = await certification.createCertificates(
      input.certificates.map((c) => ({
        number: c.number,
        certifying_office: c.certifying_office,
        county_handle: c.county_handle,
        supplier_id: c.supplier_id ?? null,
        issued_at: new Date(c.issued_at),
        expires_at: new Date(c.expires_at),
        evidence: (c.evidence ?? []) as unknown as Record<string, unknown>,
        status: c.status ?? "applied",
        status_reason: c.status_reason ?? null,
        demo: c.demo ?? false,
      }))
    )
    return new StepResponse(
      created,
      created.map((c) => c.id)
    )
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    await container.resolve<CertificationModuleService>(CERTIFICATION_MODULE).deleteCertificates(ids)
  }
)
