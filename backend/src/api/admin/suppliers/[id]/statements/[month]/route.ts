import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { type StatementQueryType, statementPeriodOf } from "../../../../../../lib/statements/period"
import { sendStatement } from "../../../../../../lib/statements/send"
import { supplierStatement } from "../../../../../../lib/statements/supplier"

/** GET /admin/suppliers/:id/statements/:month: the operator's copy of a supplier's 结算单 (JSON, PDF, CSV or XLSX). */
export async function GET(req: AuthenticatedMedusaRequest<unknown, StatementQueryType>, res: MedusaResponse) {
  const period = statementPeriodOf(req.params.month)
  const data = await supplierStatement(req.scope, req.params.id!, req.params.month!, period)
  await sendStatement(res, req.validatedQuery.format ?? "json", { kind: "supplier", data }, req.validatedQuery.download)
}
