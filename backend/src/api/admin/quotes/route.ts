import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminListQuotesResponse } from "@fupin/shared"
import { type QuoteRow, quoteDTOs } from "../../../lib/institution/quotes"
import { INSTITUTION_MODULE } from "../../../modules/institution"
import type InstitutionModuleService from "../../../modules/institution/service"
import type { AdminListQuotesType } from "./validators"

/** GET /admin/quotes?status=: every institution's quotes (询价单), newest first. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminListQuotesType>, res: MedusaResponse<AdminListQuotesResponse>) {
  const { status, limit, offset } = req.validatedQuery
  const service = req.scope.resolve<InstitutionModuleService>(INSTITUTION_MODULE)
  const rows = (await service.listInstitutionQuotes({}, { order: { created_at: "DESC" }, take: null })) as unknown as QuoteRow[]
  const all = await quoteDTOs(req.scope, rows)
  const wanted = status ? all.filter((q) => q.status === status) : all
  res.json({ quotes: wanted.slice(offset, offset + limit), count: wanted.length })
}
