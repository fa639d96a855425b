import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createSupplierWorkflow } from "../../../workflows/supplier/create-supplier"
import { refetchSupplier, withPlaceAndActions } from "./helpers"
import type { AdminCreateSupplierType, AdminGetSuppliersParamsType } from "./validators"
import { totalOrder } from "../../../lib/http/pagination"

/** GET /admin/suppliers — filter by q (legal name), type, county_handle, status, is_key; paginated. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminGetSuppliersParamsType>, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { q, ...rest } = req.filterableFields as Omit<AdminGetSuppliersParamsType, "offset" | "limit" | "order" | "fields">
  const filters: Record<string, unknown> = { ...rest }
  if (q) filters.legal_name = { $ilike: `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` }
  const { data: suppliers, metadata } = await query.graph({
    entity: "supplier",
    fields: req.queryConfig.fields,
    filters,
    pagination: totalOrder(req.queryConfig.pagination),
  })
  res.json({ suppliers: await withPlaceAndActions(req.scope, suppliers), count: metadata?.count ?? 0, offset: metadata?.skip ?? 0, limit: metadata?.take ?? 0 })
}

/** POST /admin/suppliers — registers a supplier, pending review. */
export async function POST(req: AuthenticatedMedusaRequest<AdminCreateSupplierType>, res: MedusaResponse) {
  const { result } = await createSupplierWorkflow(req.scope).run({ input: req.validatedBody })
  res.status(201).json({ supplier: await refetchSupplier(req.scope, result.id) })
}
