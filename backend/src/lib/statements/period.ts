import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"
import { STATEMENT_FORMATS, statementPeriod } from "@fupin/shared"
import { SUPPLIER_MODULE } from "../../modules/supplier"
import type SupplierModuleService from "../../modules/supplier/service"

/** A statement's month: from its first moment (inclusive) to the next month's (exclusive), Beijing time. */
export type Period = { from: Date; to: Date }

/** The month named in a statement URL, or a 400 naming it. */
export function statementPeriodOf(month: string | undefined): Period {
  const period = month ? statementPeriod(month) : null
  if (!period) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `month: 应为 YYYY-MM 格式的月份（如 2026-12） / must be a month as YYYY-MM (e.g. 2026-12), got "${month ?? ""}"`)
  }
  return period
}

/**
 * The query of every statement route: `format` (json, pdf, csv, xlsx; JSON
 * unless told) and `download=1` for a PDF saved rather than shown.
 */
export const StatementQuery = z
  .object({
    format: z.enum(STATEMENT_FORMATS).optional(),
    download: z.enum(["0", "1"]).optional(),
  })
  .strict()
export type StatementQueryType = z.infer<typeof StatementQuery>

/** Suppliers' legal names by id. */
export async function supplierNames(container: MedusaContainer, ids: string[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids)]
  if (!wanted.length) return new Map()
  const suppliers = await container.resolve<SupplierModuleService>(SUPPLIER_MODULE).listSuppliers({ id: wanted }, { take: null, select: ["id", "legal_name"] })
  return new Map(suppliers.map((s) => [s.id, s.legal_name]))
}
