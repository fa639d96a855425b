import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { StoreListApprovalsResponse } from "@fupin/shared"
import { membershipFrom } from "../../../../lib/institution/request"
import { portalApprovals } from "../../../../lib/institution/portal"
import { INSTITUTION_MODULE } from "../../../../modules/institution"
import type InstitutionModuleService from "../../../../modules/institution/service"
import type { StoreListApprovalsType } from "../validators"

/** GET /store/institution/approvals?status=: the institution's approval requests, newest first. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, StoreListApprovalsType>, res: MedusaResponse<StoreListApprovalsResponse>) {
  const member = membershipFrom(req)
  const { status, limit, offset } = req.validatedQuery
  const service = req.scope.resolve<InstitutionModuleService>(INSTITUTION_MODULE)
  const [rows, count] = await service.listAndCountInstitutionApprovals(
    { institution_id: member.institution_id, ...(status ? { status } : {}) },
    { order: { created_at: "DESC", id: "DESC" }, take: limit, skip: offset }
  )
  res.json({ approvals: await portalApprovals(req.scope, rows as never), count, limit, offset })
}
