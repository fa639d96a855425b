import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { updateServiceStationWorkflow } from "../../../../workflows/service-station/update-service-station"
import { refetchServiceStation } from "../helpers"
import type { AdminUpdateServiceStationType } from "../validators"

/** GET /admin/service-stations/:id */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ service_station: await refetchServiceStation(req.scope, req.params.id!, req.queryConfig.fields) })
}

/** POST /admin/service-stations/:id */
export async function POST(req: AuthenticatedMedusaRequest<AdminUpdateServiceStationType>, res: MedusaResponse) {
  await updateServiceStationWorkflow(req.scope).run({ input: { ...req.validatedBody, id: req.params.id! } })
  res.json({ service_station: await refetchServiceStation(req.scope, req.params.id!) })
}
