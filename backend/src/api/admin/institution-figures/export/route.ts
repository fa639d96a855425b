import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { beijingYearOf } from "@fupin/shared"
import { institutionFigureSheets } from "../../../../lib/institution/figure-sheets"
import { adminInstitutionFigures } from "../../../../lib/institution/figures"
import { sendTables } from "../../../../lib/statements/send"
import type { AdminExportInstitutionFiguresQueryType } from "../validators"

/**
 * GET /admin/institution-figures/export?format=csv|xlsx (and the figures'
 * filters): the figures with Chinese headers; the CSV is the month table, the
 * workbook adds the agreements and the reserved shares.
 */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminExportInstitutionFiguresQueryType>, res: MedusaResponse) {
  const q = req.validatedQuery as AdminExportInstitutionFiguresQueryType
  const figures = await adminInstitutionFigures(req.scope, { year: q.year ?? beijingYearOf(), institution_id: q.institution_id, county: q.county })
  await sendTables(res, q.format ?? "xlsx", institutionFigureSheets(figures), `机构采购统计 ${figures.year}`, `institution-figures-${figures.year}`)
}
