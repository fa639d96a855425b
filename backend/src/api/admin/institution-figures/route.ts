import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { type AdminInstitutionFiguresResponse, beijingYearOf } from "@fupin/shared"
import { adminInstitutionFigures } from "../../../lib/institution/figures"
import type { AdminInstitutionFiguresQueryType } from "./validators"

/**
 * GET /admin/institution-figures?year=&institution_id=&county=: 机构采购统计,
 * per institution × county × Beijing month the ordered / paid / delivered
 * amounts with the agreement and its progress, each institution's reserved
 * share, and the sums by month and county (the charts).
 */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminInstitutionFiguresQueryType>, res: MedusaResponse<AdminInstitutionFiguresResponse>) {
  const q = req.validatedQuery as AdminInstitutionFiguresQueryType
  res.json(await adminInstitutionFigures(req.scope, { year: q.year ?? beijingYearOf(), institution_id: q.institution_id, county: q.county }))
}
