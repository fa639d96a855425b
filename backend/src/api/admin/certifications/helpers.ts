import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

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
export function actorOf(req: { auth_context?: { actor_id?: string } }): string {
  return req.auth_context?.actor_id ?? "unknown"
}
