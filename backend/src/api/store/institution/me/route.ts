import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { StoreInstitutionMeResponse } from "@fupin/shared"
import { membershipFrom } from "../../../../lib/institution/request"
import { people, portalInstitution } from "../../../../lib/institution/portal"
import { INSTITUTION_MODULE } from "../../../../modules/institution"
import type InstitutionModuleService from "../../../../modules/institution/service"
import { cny } from "../../../../modules/institution/service"

/** GET /store/institution/me: the caller's membership (roles) and institution (settings). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse<StoreInstitutionMeResponse>) {
  const member = membershipFrom(req)
  const service = req.scope.resolve<InstitutionModuleService>(INSTITUTION_MODULE)
  const institution = await service.retrieveInstitution(member.institution_id)
  const buyer = await service.retrieveInstitutionBuyer(member.id, { select: ["id", "monthly_budget"] })
  const who = await people(req.scope, [member.customer_id])
  res.json({
    member: { id: member.id, customer_id: member.customer_id, institution_id: member.institution_id, roles: member.roles, customer: who.get(member.customer_id) ?? null,
      monthly_budget: buyer.monthly_budget === null || buyer.monthly_budget === undefined ? null : cny(buyer.monthly_budget),
    },
    institution: portalInstitution(institution),
  })
}
