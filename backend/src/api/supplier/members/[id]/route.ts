import type { MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { SupplierMemberResponse } from "@fupin/shared"
import { SUPPLIER_MODULE } from "../../../../modules/supplier"
import type SupplierModuleService from "../../../../modules/supplier/service"
import { portalMember, portalOf, type SupplierRequest } from "../../../../lib/supplier-portal/context"
import type { SupplierUpdateMemberType } from "../../validators"

/**
 * POST /supplier/members/:id — the owner disables, re-enables or changes the
 * role of a member of its supplier (the access rule answers 404 for anyone
 * else's). An owner cannot demote or disable itself: a supplier keeps an owner.
 */
export async function POST(req: SupplierRequest<SupplierUpdateMemberType>, res: MedusaResponse<SupplierMemberResponse>) {
  const ctx = portalOf(req)
  const id = req.params.id!
  if (id === ctx.member.id && (req.validatedBody.role === "staff" || req.validatedBody.status === "disabled")) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "role: 负责人不能降级或停用自己 / an owner cannot demote or disable itself")
  }
  // one record of one module: no workflow needed
  await req.scope.resolve<SupplierModuleService>(SUPPLIER_MODULE).updateSupplierMembers({ id, ...req.validatedBody })
  res.json({ member: (await portalMember(req.scope, id))! })
}
