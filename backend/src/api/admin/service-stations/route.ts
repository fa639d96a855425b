import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createServiceStationWorkflow } from "../../../workflows/service-station/create-service-station"
import { refetchServiceStation } from "./helpers"
import type { AdminCreateServiceStationType } from "./validators"
import { totalOrder } from "../../../lib/http/pagination"

/** GET /admin/service-stations?county_handle=&township_id=&is_active=&level=&q= */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { level, ...filters } = req.filterableFields as Record<string, unknown>
  if (level === "township") filters.village_id = null
  if (level === "village") filters.village_id = { $ne: null }
  const { data, metadata } = await query.graph({
    entity: "service_station",
    fields: req.queryConfig.fields,
    filters,
    pagination: totalOrder(req.queryConfig.pagination),
  })
  res.json({
    service_stations: data,
    count: metadata?.count ?? data.length,
    offset: metadata?.skip ?? 0,
    limit: metadata?.take ?? data.length,
  })
}

/** POST /admin/service-stations */
export async function POST(req: AuthenticatedMedusaRequest<AdminCreateServiceStationType>, res: MedusaResponse) {
  const { result } = await createServiceStationWorkflow(req.scope).run({ input: req.validatedBody })
  res.status(201).json({ service_station: await refetchServiceStation(req.scope, result.id) })
}
