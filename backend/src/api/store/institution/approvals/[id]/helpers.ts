import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { portalApprovals } from "../../../../../lib/institution/portal"
import { INSTITUTION_MODULE } from "../../../../../modules/institution"
import type InstitutionModuleService from "../../../../../modules/institution/service"

/** The approval request named in the path (the access rule has checked it is the caller's institution's). */
export async function approvalOf(req: AuthenticatedMedusaRequest) {
  const [approval] = await req.scope.resolve<InstitutionModuleService>(INSTITUTION_MODULE).listInstitutionApprovals({ id: req.params.id! })
  if (!approval) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Approval request with id: ${req.params.id} was not found`)
  return approval
}

export async function reloadApproval(req: AuthenticatedMedusaRequest, id: string) {
  const service = req.scope.resolve<InstitutionModuleService>(INSTITUTION_MODULE)
  const [dto] = await portalApprovals(req.scope, [(await service.retrieveInstitutionApproval(id)) as never])
  return dto!
}
