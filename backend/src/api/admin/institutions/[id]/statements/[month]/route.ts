import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { institutionStatement } from "../../../../../../lib/statements/institution"
import { type StatementQueryType, statementPeriodOf } from "../../../../../../lib/statements/period"
import { sendStatement } from "../../../../../../lib/statements/send"

/** GET /admin/institutions/:id/statements/:month: the operator's copy of an institution's 对账单 (JSON, PDF, CSV or XLSX). */
export async function GET(req: AuthenticatedMedusaRequest<unknown, StatementQueryType>, res: MedusaResponse) {
  const period = statementPeriodOf(req.params.month)
  const data = await institutionStatement(req.scope, req.params.id!, req.params.month!, period)
  await sendStatement(res, req.validatedQuery.format ?? "json", { kind: "institution", data }, req.validatedQuery.download)
}
