import type { MedusaResponse } from "@medusajs/framework/http"
import type { SupplierInviteDTO, SupplierInviteResponse } from "@fupin/shared"
import { portalOf, type SupplierRequest } from "../../../lib/supplier-portal/context"
import { inviteSupplierMemberWorkflow } from "../../../workflows/supplier-portal/invites"
import type { SupplierCreateInviteType } from "../validators"

/** POST /supplier/invites — the owner invites a colleague by e-mail; the link in the e-mail carries the token. */
export async function POST(req: SupplierRequest<SupplierCreateInviteType>, res: MedusaResponse<SupplierInviteResponse>) {
  const ctx = portalOf(req)
  const { result } = await inviteSupplierMemberWorkflow(req.scope).run({
    input: { supplier_id: ctx.supplier_id, email: req.validatedBody.email, role: req.validatedBody.role ?? "staff", invited_by: ctx.member.id },
  })
  const { id, email, role, status, expires_at, accepted_at, created_at } = result as unknown as SupplierInviteDTO
  res.status(201).json({ invite: { id, email, role, status, expires_at, accepted_at, created_at } })
}
