import { createHash, randomBytes } from "node:crypto"
import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SUPPLIER_INVITE_DAYS, type SupplierMemberRole } from "@fupin/shared"
import { SUPPLIER_MODULE } from "../../../modules/supplier"
import type SupplierModuleService from "../../../modules/supplier/service"

export const hashInviteToken = (token: string) => createHash("sha256").update(token).digest("hex")

/**
 * Opens an invitation: a random token (returned once, to be e-mailed; only
 * its hash is kept), valid SUPPLIER_INVITE_DAYS days. An e-mail that already
 * belongs to a member cannot be invited; an open invitation for the same
 * e-mail is replaced. Compensation deletes the new invitation.
 */
export const createInviteStep = createStep(
  "create-supplier-invite",
  async (input: { supplier_id: string; email: string; role: SupplierMemberRole; invited_by: string }, { container }) => {
    const suppliers = container.resolve<SupplierModuleService>(SUPPLIER_MODULE)
    const email = input.email.trim().toLowerCase()
    const [member] = await suppliers.listSupplierMembers({ email }, { take: 1 })
    if (member) throw new MedusaError(MedusaError.Types.INVALID_DATA, "email: 该邮箱已是供应商成员 / this e-mail already belongs to a supplier member")
    const open = await suppliers.listSupplierInvites({ supplier_id: input.supplier_id, email, status: "pending" }, { take: null })
    if (open.length) await suppliers.updateSupplierInvites(open.map((i) => ({ id: i.id, status: "revoked" as const })))
    const token = randomBytes(24).toString("base64url")
    const invite = await suppliers.createSupplierInvites({
      supplier_id: input.supplier_id,
      email,
      role: input.role,
      token_hash: hashInviteToken(token),
      status: "pending",
      expires_at: new Date(Date.now() + SUPPLIER_INVITE_DAYS * 24 * 3600 * 1000),
      invited_by: input.invited_by,
    })
    return new StepResponse({ invite, token }, { id: invite.id, revoked: open.map((i) => i.id) })
  },
  async (undo, { container }) => {
    if (!undo) return
    const suppliers = container.resolve<SupplierModuleService>(SUPPLIER_MODULE)
    await suppliers.deleteSupplierInvites(undo.id)
    if (undo.revoked.length) await suppliers.updateSupplierInvites(undo.revoked.map((id) => ({ id, status: "pending" as const })))
  }
)
