import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import type { CertificateAction } from "@fupin/shared"
import { recordCertificateEventsStep } from "./steps/record-certificate-events"
import { syncProductStatusStep } from "./steps/sync-product-status"
import { updateCertificatesStep } from "./steps/update-certificates"
import { validateCertificateTransitionStep } from "./steps/validate-certificate-transition"

export type CertificateTransitionWorkflowInput = {
  ids: string[]
  actor: string
  reason?: string | null
  expires_at?: Date | string
  number?: string
}

/** Emitted after every status change: `{ id, action, from_status, to_status, actor, reason }`. */
export const CERTIFICATE_STATUS_CHANGED_EVENT = "certificate.status_changed"

/**
 * One workflow per action. Each checks the status machine, writes the new
 * status and the audit trail, then publishes or unpublishes the certified
 * products; a failure in any step rolls back both sides.
 */
function transitionWorkflow(action: CertificateAction) {
  return createWorkflow(`${action}-certificates`, (input: CertificateTransitionWorkflowInput) => {
    const plan = validateCertificateTransitionStep(
      transform({ input }, ({ input }) => ({ ...input, action }))
    )
    const updates = transform({ plan }, ({ plan }) => ({ updates: plan.updates }))
    const certificates = updateCertificatesStep(updates)
    recordCertificateEventsStep(transform({ plan }, ({ plan }) => ({ events: plan.events })))
    syncProductStatusStep(transform({ input }, ({ input }) => ({ certificate_ids: input.ids })))
    emitEventStep({
      eventName: CERTIFICATE_STATUS_CHANGED_EVENT,
      data: transform({ plan }, ({ plan }) => plan.events.map((e) => ({ id: e.certificate_id, ...e }))),
    })
    return new WorkflowResponse(certificates)
  })
}

export const certifyCertificatesWorkflow = transitionWorkflow("certify")
export const suspendCertificatesWorkflow = transitionWorkflow("suspend")
export const reinstateCertificatesWorkflow = transitionWorkflow("reinstate")
export const revokeCertificatesWorkflow = transitionWorkflow("revoke")
export const renewCertificatesWorkflow = transitionWorkflow("renew")
export const expireCertificatesWorkflow = transitionWorkflow("expire")

export const CERTIFICATE_TRANSITION_WORKFLOWS: Record<CertificateAction, typeof certifyCertificatesWorkflow> = {
  certify: certifyCertificatesWorkflow,
  suspend: suspendCertificatesWorkflow,
  reinstate: reinstateCertificatesWorkflow,
  revoke: revokeCertificatesWorkflow,
  renew: renewCertificatesWorkflow,
  expire: expireCertificatesWorkflow,
}
