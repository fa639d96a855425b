import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { membershipFrom } from "../../../../../lib/institution/request"
import { institutionStatement } from "../../../../../lib/statements/institution"
import { type StatementQueryType, statementPeriodOf } from "../../../../../lib/statements/period"
import { sendStatement } from "../../../../../lib/statements/send"

/**
 * GET /store/institution/statements/:month (2026-12): the caller's
 * institution's 对账单 for that month, as JSON, PDF, CSV or XLSX (`format`).
 * Every member may read it; the institution is the caller's own, never one
 * named in the request.
 */
export async function GET(req: AuthenticatedMedusaRequest<unknown, StatementQueryType>, res: MedusaResponse) {
  const member = membershipFrom(req)
  const period = statementPeriodOf(req.params.month)
  const data = await institutionStatement(req.scope, member.institution_id, req.params.month!, period)
  await sendStatement(res, req.validatedQuery.format ?? "json", { kind: "institution", data }, req.validatedQuery.download)
}
