import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { MEMBER_ROLES, type PortalMemberDTO } from "@fupin/shared"
import { cny } from "../../modules/institution/service"

export const MEMBER_FIELDS = [
  "id",
  "customer_id",
  "institution_id",
  "roles",
  "monthly_budget",
  "created_at",
  "customer.id",
  "customer.email",
  "customer.first_name",
  "customer.last_name",
]

type MemberRow = {
  id: string
  customer_id: string
  institution_id: string
  roles?: string[] | null
  monthly_budget?: unknown
  customer?: { id: string; email?: string | null; first_name?: string | null; last_name?: string | null } | null
}

/** The members of one institution (never another's), oldest first, each with the login's name and e-mail. */
export async function listMembers(container: MedusaContainer, institutionId: string, ids?: string[]): Promise<PortalMemberDTO[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "institution_buyer",
    fields: MEMBER_FIELDS,
    filters: { institution_id: institutionId, ...(ids ? { id: ids } : {}) },
    pagination: { order: { created_at: "ASC" } },
  })
  return (data as unknown as MemberRow[]).map((m) => ({
    id: m.id,
    customer_id: m.customer_id,
    institution_id: m.institution_id,
    roles: MEMBER_ROLES.filter((r) => (m.roles ?? []).includes(r)),
    customer: m.customer
      ? { id: m.customer.id, email: m.customer.email ?? null, first_name: m.customer.first_name ?? null, last_name: m.customer.last_name ?? null }
      : null,
    monthly_budget: m.monthly_budget === null || m.monthly_budget === undefined ? null : cny(m.monthly_budget),
  }))
}
