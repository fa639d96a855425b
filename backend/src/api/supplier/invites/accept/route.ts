import type { MedusaResponse } from "@medusajs/framework/http"
import type { SupplierAcceptInviteResponse } from "@fupin/shared"
import { portalMember, type SupplierRequest } from "../../../../lib/supplier-portal/context"
import { acceptSupplierInviteWorkflow } from "../../../../workflows/supplier-portal/invites"
import type { SupplierAcceptInviteType } from "../../validators"

/**
 * POST /supplier/invites/accept — with the registration token of the invited
 * e-mail (`POST /auth/supplier/emailpass/register`); log in again afterwards.
 */
export async function POST(req: SupplierRequest<SupplierAcceptInviteType>, res: MedusaResponse<SupplierAcceptInviteResponse>) {
  const { result } = await acceptSupplierInviteWorkflow(req.scope).run({
    input: { auth_identity_id: req.auth_context.auth_identity_id, ...req.validatedBody },
  })
  res.status(201).json({ member: (await portalMember(req.scope, result.id))! })
}
