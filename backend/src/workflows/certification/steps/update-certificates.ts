import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CERTIFICATION_MODULE } from "../../../modules/certification"
import type CertificationModuleService from "../../../modules/certification/service"
import type { CertificateUpdate } from "./validate-certificate-transition"

/** Writes new statuses (a renewal's expiry, the number issued at certification); compensation restores the previous values. */
export const updateCertificatesStep = createStep(
  "update-certificates",
  async (input: { updates: CertificateUpdate[] }, { container }) => {
    if (!input.updates.length) return new StepResponse([], [])
    const certification = container.resolve<CertificationModuleService>(CERTIFICATION_MODULE)
    const previous = await certification.listCertificates(
      { id: input.updates.map((u) => u.id) },
      { take: null, select: ["id", "status", "status_reason", "expires_at", "number"] }
    )
    const updated = await certification.updateCertificates(input.updates)
    return new StepResponse(
      updated,
      previous.map((p) => ({ id: p.id, status: p.status, status_reason: p.status_reason, expires_at: p.expires_at, number: p.number }))
    )
  },
  async (previous, { container }) => {
    if (!previous?.length) return
    await container.resolve<CertificationModuleService>(CERTIFICATION_MODULE).updateCertificates(previous)
  }
)
