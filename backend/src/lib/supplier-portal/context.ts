import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import {
  supplierPortalMode,
  type SupplierDocument,
  type SupplierMemberDTO,
  type SupplierPortalSupplier,
  type SupplierStatus,
} from "@fupin/shared"
import { withPlaceAndActions } from "../../api/admin/suppliers/helpers"

/** What every /supplier route (but joining) knows of its caller, loaded once by the portal middleware. */
export type SupplierPortalContext = {
  member: SupplierMemberDTO
  supplier_id: string
  status: SupplierStatus
  review_note: string | null
  auto_approve: boolean
}

export type SupplierRequest<Body = unknown, Query = Record<string, unknown>> = AuthenticatedMedusaRequest<Body, Query> & {
  supplier_portal?: SupplierPortalContext
}

/** The portal context the middleware left on the request; a route mounted without it is a bug. */
export function portalOf(req: SupplierRequest<unknown, never> | SupplierRequest<never, never> | SupplierRequest): SupplierPortalContext {
  const ctx = (req as SupplierRequest).supplier_portal
  if (!ctx) throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "Unauthorized")
  return ctx
}

export const MEMBER_FIELDS = ["id", "email", "name", "phone", "role", "status", "supplier_id", "created_at"]

export const PORTAL_SUPPLIER_FIELDS = [
  "id",
  "legal_name",
  "credit_code",
  "type",
  "county_handle",
  "township_id",
  "village_id",
  "contact_name",
  "contact_phone",
  "description",
  "households_bound",
  "people_bound",
  "mechanisms",
  "linkage_note",
  "employees",
  "documents",
  "status",
  "review_note",
  "reviewed_at",
  "applied_at",
  "auto_approve",
  "low_stock_threshold",
  "organic_certificates.id",
  "organic_certificates.number",
  "organic_certificates.issuer",
  "organic_certificates.product_scope",
  "organic_certificates.issued_on",
  "organic_certificates.expires_on",
]

/** The member's own supplier as the portal shows it (private fields included: it is theirs). */
export async function portalSupplier(scope: MedusaContainer, supplierId: string): Promise<SupplierPortalSupplier> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "supplier", fields: PORTAL_SUPPLIER_FIELDS, filters: { id: supplierId } })
  if (!data[0]) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Supplier with id: ${supplierId} was not found`)
  const [placed] = await withPlaceAndActions(scope, data as Array<{ county_handle: string; township_id: string | null; village_id: string | null }>)
  const row = placed as unknown as SupplierPortalSupplier & { actions?: unknown; village_name?: unknown; documents: SupplierDocument[] | null }
  const { actions: _actions, village_name: _village, ...rest } = row
  return { ...rest, documents: row.documents ?? [], mode: supplierPortalMode(row.status) }
}

export async function portalMember(scope: MedusaContainer, memberId: string): Promise<SupplierMemberDTO | null> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "supplier_member", fields: MEMBER_FIELDS, filters: { id: memberId } })
  return (data[0] as unknown as SupplierMemberDTO | undefined) ?? null
}
