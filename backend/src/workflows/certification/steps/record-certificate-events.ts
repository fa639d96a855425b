import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CERTIFICATION_MODULE } from "../../../modules/certification"
import type CertificationModuleService from "../../../modules/certification/service"
import type { CertificateEventInput } from "../types"

/** Appends lines to certificates' audit trails; compensation removes them. */
export const recordCertificateEventsStep = createStep(
  "record-certificate-events",
  async (input: { events: CertificateEventInput[] }, { container }) => {
    if (!input.events.length) return new StepResponse([], [] as string[])
    const certification = container.resolve<CertificationModuleService>(CERTIFICATION_MODULE)
    const created = await certification.createCertificateEvents(
      input.events.map((e) => ({
        certificate_id: e.certificate_id,
        action: e.action,
        from_status: e.from_status,
        to_status: e.to_status,
        actor: e.actor,
        reason: e.reason ?? null,
        data: e.data ?? null,
      }))
    )
    return new StepResponse(
      created,
      created.map((e) => e.id)
    )
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    await container.resolve<CertificationModuleService>(CERTIFICATION_MODULE).deleteCertificateEvents(ids)
  }
)
