import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { updateServiceStationWorkflow } from "../../../../../workflows/service-station/update-service-station"
import { refetchServiceStation } from "../../helpers"

/** POST /admin/service-stations/:id/deactivate: the station leaves the storefront's pickup list; nothing is deleted. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await updateServiceStationWorkflow(req.scope).run({ input: { id: req.params.id!, is_active: false } })
  res.json({ service_station: await refetchServiceStation(req.scope, req.params.id!) })
}
