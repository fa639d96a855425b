import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { PROGRAMME_2020, type StoreImpactResponse } from "@fupin/shared"
import { IMPACT_MODULE } from "../../../modules/impact"
import type ImpactModuleService from "../../../modules/impact/service"
import type { StoreGetImpactType } from "./validators"

/**
 * What shoppers' purchases have done, by county, beside the 2020 programme
 * figures as a labelled baseline. Supplier-level figures stay in the admin.
 */
export async function GET(req: MedusaRequest<unknown, StoreGetImpactType>, res: MedusaResponse<StoreImpactResponse>) {
  const impact = req.scope.resolve<ImpactModuleService>(IMPACT_MODULE)
  const summary = await impact.summarize({ county_handle: req.validatedQuery.county_handle })
  res.json({ baseline: PROGRAMME_2020, live: { totals: summary.totals, by_county: summary.by_county } })
}
