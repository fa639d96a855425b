import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { INSTITUTION_MODULE } from "../../../../../../modules/institution"
import type InstitutionModuleService from "../../../../../../modules/institution/service"
import { syncInstitutionGroupsWorkflow } from "../../../../../../workflows/institution/sync-institution-groups"

/** DELETE /admin/institutions/:id/buyers/:buyer_id: the customer stays; it just no longer buys for the institution. */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const service = req.scope.resolve<InstitutionModuleService>(INSTITUTION_MODULE)
  const [buyer] = await service.listInstitutionBuyers({ id: req.params.buyer_id!, institution_id: req.params.id! })
  if (!buyer) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Buyer ${req.params.buyer_id} of institution ${req.params.id} was not found`)
  }
  await service.deleteInstitutionBuyers(buyer.id)
  // out of the institution's price groups too
  await syncInstitutionGroupsWorkflow(req.scope).run({ input: { institution_ids: [buyer.institution_id] } })
  res.json({ id: buyer.id, object: "institution_buyer", deleted: true })
}
