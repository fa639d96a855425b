import type { MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { SUPPLIER_MODULE } from "../../../../modules/supplier"
import type SupplierModuleService from "../../../../modules/supplier/service"
import type { SupplierRequest } from "../../../../lib/supplier-portal/context"

/** DELETE /supplier/invites/:id — the owner withdraws an open invitation. */
export async function DELETE(req: SupplierRequest, res: MedusaResponse) {
  const suppliers = req.scope.resolve<SupplierModuleService>(SUPPLIER_MODULE)
  const [invite] = await suppliers.listSupplierInvites({ id: req.params.id! }, { take: 1 })
  if (!invite) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Invite with id: ${req.params.id} was not found`)
  if (invite.status === "pending") await suppliers.updateSupplierInvites({ id: invite.id, status: "revoked" })
  res.json({ id: invite.id, object: "supplier_invite", deleted: true })
}
