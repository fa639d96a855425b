import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SUPPLIER_MODULE } from "../../../modules/supplier"
import type SupplierModuleService from "../../../modules/supplier/service"
import { hashInviteToken } from "./create-invite"

/**
 * Finds the open invitation of this token for this e-mail (an invitation is
 * for the e-mail it was sent to, nobody else) and marks it accepted;
 * compensation reopens it. Unknown, expired, used or someone else's → 400.
 */
export const acceptInviteStep = createStep(
  "accept-supplier-invite",
  async (input: { token: string; email: string }, { container }) => {
    const suppliers = container.resolve<SupplierModuleService>(SUPPLIER_MODULE)
    const [invite] = await suppliers.listSupplierInvites({ token_hash: hashInviteToken(input.token) }, { take: 1 })
    const usable = invite && invite.status === "pending" && new Date(invite.expires_at).getTime() > Date.now() && invite.email === input.email
    if (!invite || !usable) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "token: 邀请无效或已过期，请联系负责人重新邀请 / the invitation is unknown, used, expired or for another e-mail")
    }
    await suppliers.updateSupplierInvites({ id: invite.id, status: "accepted", accepted_at: new Date() })
    const supplier_id = (invite as unknown as { supplier_id: string }).supplier_id
    return new StepResponse({ supplier_id, role: invite.role, invite_id: invite.id }, invite.id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<SupplierModuleService>(SUPPLIER_MODULE).updateSupplierInvites({ id, status: "pending", accepted_at: null })
  }
)
