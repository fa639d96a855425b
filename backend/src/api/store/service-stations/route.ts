import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { totalOrder } from "../../../lib/http/pagination"

/**
 * GET /store/service-stations?county_handle=&township_id=&q=: the active stations,
 * for the checkout's pickup picker. Only public fields; inactive stations never appear.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "service_station",
    fields: req.queryConfig.fields,
    filters: { ...req.filterableFields, is_active: true },
    pagination: totalOrder(req.queryConfig.pagination),
  })
  res.json({
    service_stations: data,
    count: metadata?.count ?? data.length,
    offset: metadata?.skip ?? 0,
    limit: metadata?.take ?? data.length,
  })
}
