import type { MedusaResponse } from "@medusajs/framework/http"
import { type StatementQueryType, statementPeriodOf } from "../../../../lib/statements/period"
import { sendStatement } from "../../../../lib/statements/send"
import { supplierStatement } from "../../../../lib/statements/supplier"
import { portalOf, type SupplierRequest } from "../../../../lib/supplier-portal/context"

/**
 * GET /supplier/statements/:month (2026-12): the caller's supplier's 结算单 for
 * that month, as JSON, PDF, CSV or XLSX (`format`): only its own lines and
 * shipments, of the buyers only their names.
 */
export async function GET(req: SupplierRequest<unknown, StatementQueryType>, res: MedusaResponse) {
  const { supplier_id } = portalOf(req)
  const period = statementPeriodOf(req.params.month)
  const data = await supplierStatement(req.scope, supplier_id, req.params.month!, period)
  await sendStatement(res, req.validatedQuery.format ?? "json", { kind: "supplier", data }, req.validatedQuery.download)
}
