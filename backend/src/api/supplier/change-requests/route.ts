import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { SupplierChangeRequestDTO, SupplierChangeRequestListResponse } from "@fupin/shared"
import { portalOf, type SupplierRequest } from "../../../lib/supplier-portal/context"
import { CHANGE_REQUEST_FIELDS } from "../../../lib/supplier-portal/listings"
import type { SupplierGetListParamsType } from "../validators"

/** GET /supplier/change-requests — this supplier's listing reviews and change requests with the operator's outcome and reason, newest first. */
export async function GET(req: SupplierRequest<unknown, SupplierGetListParamsType>, res: MedusaResponse<SupplierChangeRequestListResponse>) {
  const { supplier_id } = portalOf(req)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { skip = 0, take = 20 } = req.queryConfig.pagination ?? {}
  const { data, metadata } = await query.graph({
    entity: "product_change_request",
    fields: CHANGE_REQUEST_FIELDS,
    filters: { supplier_id },
    pagination: { skip, take: take ?? 20, order: { created_at: "DESC", id: "DESC" } },
  })
  res.json({ change_requests: data as unknown as SupplierChangeRequestDTO[], count: metadata?.count ?? 0, offset: skip, limit: take ?? 20 })
}
