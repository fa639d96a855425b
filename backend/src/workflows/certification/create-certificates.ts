import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createRemoteLinkStep } from "@medusajs/medusa/core-flows"
import { Modules } from "@medusajs/framework/utils"
import type { CertificateStatus } from "@fupin/shared"
import { CERTIFICATION_MODULE } from "../../modules/certification"
import { createCertificatesStep } from "./steps/create-certificates"
import { recordCertificateEventsStep } from "./steps/record-certificate-events"
import { syncProductStatusStep } from "./steps/sync-product-status"
import { validateNewCertificatesStep } from "./steps/validate-new-certificates"
import type { CertificateEventInput, NewCertificateInput } from "./types"

export const createCertificatesWorkflowId = "create-certificates"

/** The audit trail a certificate created in `status` would have had: apply, then certify, then … */
function historyOf(status: CertificateStatus): Array<Pick<CertificateEventInput, "action" | "from_status" | "to_status">> {
  const trail: Array<Pick<CertificateEventInput, "action" | "from_status" | "to_status">> = [
    { action: "apply", from_status: null, to_status: "applied" },
  ]
  if (status === "applied") return trail
  if (status === "revoked") return [...trail, { action: "revoke", from_status: "applied", to_status: "revoked" }]
  trail.push({ action: "certify", from_status: "applied", to_status: "certified" })
  if (status === "suspended") trail.push({ action: "suspend", from_status: "certified", to_status: "suspended" })
  if (status === "expired") trail.push({ action: "expire", from_status: "certified", to_status: "expired" })
  return trail
}

/**
 * Apply (申请认定): creates certificates — `applied` unless the demo seed imports
 * decided ones — links each to its product, writes the audit trail and takes
 * the product off the storefront until its certificate is valid.
 */
export const createCertificatesWorkflow = createWorkflow(
  createCertificatesWorkflowId,
  (input: { certificates: NewCertificateInput[]; actor: string }) => {
    validateNewCertificatesStep({ certificates: input.certificates })
    const certificates = createCertificatesStep({ certificates: input.certificates })

    const links = transform({ input, certificates }, ({ input, certificates }) =>
      certificates.map((c, i) => ({
        [Modules.PRODUCT]: { product_id: input.certificates[i]!.product_id },
        [CERTIFICATION_MODULE]: { certificate_id: c.id },
      }))
    )
    createRemoteLinkStep(links)

    const events = transform({ input, certificates }, ({ input, certificates }) =>
      certificates.flatMap((c, i) =>
        historyOf(c.status as CertificateStatus).map((e) => ({
          ...e,
          certificate_id: c.id,
          actor: input.actor,
          reason: e.to_status === c.status ? (input.certificates[i]!.status_reason ?? null) : null,
        }))
      )
    )
    recordCertificateEventsStep({ events })

    const ids = transform({ certificates }, ({ certificates }) => certificates.map((c) => c.id))
    syncProductStatusStep({ certificate_ids: ids })
    return new WorkflowResponse(certificates)
  }
)
