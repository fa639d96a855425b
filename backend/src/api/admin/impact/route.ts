import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { PROGRAMME_2020 } from "@fupin/shared"
import { IMPACT_MODULE } from "../../../modules/impact"
import type ImpactModuleService from "../../../modules/impact/service"
import type { AdminGetImpactType } from "./validators"

/** The impact ledger's totals by county, supplier, product kind and month, for operators. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminGetImpactType>, res: MedusaResponse) {
  const impact = req.scope.resolve<ImpactModuleService>(IMPACT_MODULE)
  const summary = await impact.summarize(req.validatedQuery)
  res.json({ baseline: PROGRAMME_2020, ...summary })
}
