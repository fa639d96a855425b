import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  CERTIFICATE_ACTIONS_NEEDING_REASON,
  type CertificateStatus,
  certificateDatesProblem,
  certificateTransitionProblem,
  nextCertificateStatus,
} from "@fupin/shared"
import { CERTIFICATION_MODULE } from "../../../modules/certification"
import type CertificationModuleService from "../../../modules/certification/service"
import type { CertificateEventInput, CertificateTransitionInput } from "../types"

export interface CertificateUpdate {
  id: string
  status: CertificateStatus
  status_reason: string | null
  expires_at?: Date
  number?: string
}

/**
 * Checks that `action` is allowed from each certificate's current status (the
 * status machine in @fupin/shared), that a reason is given where one is needed
 * and that a renewal's expiry is later than today and than the issue date.
 * Returns the updates to apply and the audit-trail lines to write.
 */
export const validateCertificateTransitionStep = createStep(
  "validate-certificate-transition",
  async (input: CertificateTransitionInput, { container }) => {
    const certification = container.resolve<CertificationModuleService>(CERTIFICATION_MODULE)
    const reason = input.reason?.trim() || null
    if (CERTIFICATE_ACTIONS_NEEDING_REASON.includes(input.action) && !reason) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `reason: 请填写${input.action === "suspend" ? "暂停" : "撤销"}原因 / a reason is required to ${input.action}`)
    }
    if (!input.ids.length) return new StepResponse({ updates: [] as CertificateUpdate[], events: [] as CertificateEventInput[] })

    const certificates = await certification.listCertificates({ id: input.ids }, { take: null })
    const missing = input.ids.find((id) => !certificates.some((c) => c.id === id))
    if (missing) throw new MedusaError(MedusaError.Types.NOT_FOUND, `certificate ${missing} not found`)

    let newExpiry: Date | undefined
    if (input.action === "renew") {
      if (!input.expires_at) throw new MedusaError(MedusaError.Types.INVALID_DATA, "expires_at: a renewal needs the new expiry date")
      newExpiry = new Date(input.expires_at)
      if (Number.isNaN(newExpiry.getTime()) || newExpiry.getTime() <= Date.now()) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, "expires_at: 续期后的有效期必须晚于今天 / the new expiry must be in the future")
      }
    }

    const number = input.action === "certify" ? input.number?.trim() || undefined : undefined
    if (number) {
      if (input.ids.length !== 1) throw new MedusaError(MedusaError.Types.INVALID_DATA, "number: 证书编号只能逐个登记 / a number is given for one certificate at a time")
      const [taken] = await certification.listCertificates({ number }, { take: 1 })
      if (taken && taken.id !== input.ids[0]) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `number: 证书编号 ${number} 已被使用 / ${number} is already the number of another certificate`)
      }
    }

    const updates: CertificateUpdate[] = []
    const events: CertificateEventInput[] = []
    for (const c of certificates) {
      const from = c.status as CertificateStatus
      const to = nextCertificateStatus(from, input.action)
      if (!to) {
        throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `${c.number}: ${certificateTransitionProblem(from, input.action)}`)
      }
      if (newExpiry) {
        const problem = certificateDatesProblem({ issued_at: c.issued_at, expires_at: newExpiry })
        if (problem) throw new MedusaError(MedusaError.Types.INVALID_DATA, problem.message)
      }
      updates.push({
        id: c.id,
        status: to,
        status_reason: to === "certified" ? null : reason,
        ...(newExpiry ? { expires_at: newExpiry } : {}),
        ...(number ? { number } : {}),
      })
      events.push({
        certificate_id: c.id,
        action: input.action,
        from_status: from,
        to_status: to,
        actor: input.actor,
        reason,
        data: newExpiry
          ? { previous_expires_at: new Date(c.expires_at).toISOString(), expires_at: newExpiry.toISOString() }
          : number && number !== c.number
            ? { previous_number: c.number, number }
            : null,
      })
    }
    return new StepResponse({ updates, events })
  }
)
