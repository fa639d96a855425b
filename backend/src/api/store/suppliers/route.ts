import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { StoreSupplierListResponse } from "@fupin/shared"
import { STORE_SUPPLIER_FIELDS, toStoreSuppliers } from "./helpers"
import type { StoreGetSuppliersParamsType } from "./validators"

/** GET /store/suppliers — approved suppliers only; filter by county_handle and type. */
export async function GET(req: MedusaRequest<unknown, StoreGetSuppliersParamsType>, res: MedusaResponse<StoreSupplierListResponse>) {
  const { offset, limit, county_handle, type } = req.validatedQuery as StoreGetSuppliersParamsType
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const filters: Record<string, unknown> = { status: "approved" }
  if (county_handle) filters.county_handle = county_handle
  if (type) filters.type = type
  const { data, metadata } = await query.graph({
    entity: "supplier",
    fields: STORE_SUPPLIER_FIELDS,
    filters,
    pagination: { skip: offset, take: limit, order: { legal_name: "ASC", id: "ASC" } },
  })
  res.json({ suppliers: await toStoreSuppliers(req.scope, data), count: metadata?.count ?? 0, offset, limit })
}
