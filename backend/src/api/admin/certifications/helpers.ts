import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { CertificateAction } from "@fupin/shared"
import { actionRoute } from "../../../lib/http/action-route"
import { CERTIFICATE_TRANSITION_WORKFLOWS } from "../../../workflows/certification/transition-certificates"
import type { AdminCertifyCertificationType, AdminRenewCertificationType } from "./validators"

export const ADMIN_CERTIFICATE_LIST_FIELDS = [
  "id",
  "number",
  "certifying_office",
  "county_handle",
  "supplier_id",
  "issued_at",
  "expires_at",
  "evidence",
  "status",
  "status_reason",
  "demo",
  "created_at",
  "updated_at",
  "product.id",
  "product.title",
  "product.handle",
  "product.status",
  "product.thumbnail",
]

export const ADMIN_CERTIFICATE_FIELDS = [...ADMIN_CERTIFICATE_LIST_FIELDS, "events.*"]

/** Re-reads one certificate with its product and audit trail (newest line last). */
export async function refetchCertificate(container: MedusaContainer, id: string, fields: string[] = ADMIN_CERTIFICATE_FIELDS) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "certificate", fields, filters: { id } })
  const certificate = data[0] as (Record<string, unknown> & { events?: Array<{ created_at: string | Date }> }) | undefined
  if (!certificate) throw new MedusaError(MedusaError.Types.NOT_FOUND, `certificate ${id} not found`)
  if (Array.isArray(certificate.events)) {
    certificate.events.sort((a, b) => new Date(a.created_at).getTime() - new Date(b.created_at).getTime())
  }
  return certificate
}

/** The signed-in admin user, for the audit trail. */
export function actorOf(actorId: string | undefined): string {
  return actorId ?? "unknown"
}

/**
 * POST /admin/certifications/:id/{certify,suspend,reinstate,revoke,renew}: one certificate through its
 * transition (the body is a reason, and for renew the new expiry).
 */
export function certificationActionRoute(action: Exclude<CertificateAction, "expire">) {
  return actionRoute({
    workflow: CERTIFICATE_TRANSITION_WORKFLOWS[action],
    input: (body: Partial<AdminRenewCertificationType & AdminCertifyCertificationType>, { id, actor_id }) => ({ ids: [id], actor: actorOf(actor_id), ...body }),
    key: "certificate",
    refetch: refetchCertificate,
  })
}
