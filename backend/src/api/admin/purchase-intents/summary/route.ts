import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { INSTITUTION_MODULE } from "../../../../modules/institution"
import type InstitutionModuleService from "../../../../modules/institution/service"
import { summariseAgreements } from "../../../../modules/institution/service"
import type { AdminPurchaseIntentSummaryQueryType } from "../validators"

/**
 * GET /admin/purchase-intents/summary: totals (amount, ordered, paid, progress)
 * overall and per county, over the agreements matching the filters; cancelled
 * agreements do not count.
 */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminPurchaseIntentSummaryQueryType>, res: MedusaResponse) {
  const service = req.scope.resolve<InstitutionModuleService>(INSTITUTION_MODULE)
  const { institution_id, county_handle, status } = req.validatedQuery as AdminPurchaseIntentSummaryQueryType
  const agreements = await service.listIntentAgreements(
    {
      ...(institution_id ? { institution_id } : {}),
      ...(county_handle ? { county_handle } : {}),
      ...(status ? { status } : {}),
    },
    { take: null, select: ["id", "institution_id", "county_handle", "amount", "ordered_amount", "paid_amount", "status"] }
  )
  res.json({ summary: summariseAgreements(agreements) })
}
