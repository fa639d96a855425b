import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { SupplierInviteDTO, SupplierMemberDTO, SupplierMembersResponse } from "@fupin/shared"
import { MEMBER_FIELDS, portalOf, type SupplierRequest } from "../../../lib/supplier-portal/context"

export const INVITE_FIELDS = ["id", "email", "role", "status", "expires_at", "accepted_at", "created_at"]

/** GET /supplier/members — the supplier's members and open invitations (owners manage them; staff may read). */
export async function GET(req: SupplierRequest, res: MedusaResponse<SupplierMembersResponse>) {
  const { supplier_id } = portalOf(req)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: members }, { data: invites }] = await Promise.all([
    query.graph({ entity: "supplier_member", fields: MEMBER_FIELDS, filters: { supplier_id } }),
    query.graph({ entity: "supplier_invite", fields: INVITE_FIELDS, filters: { supplier_id, status: "pending" } }),
  ])
  res.json({ members: members as unknown as SupplierMemberDTO[], invites: invites as unknown as SupplierInviteDTO[] })
}
