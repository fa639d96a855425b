import { actionRoute } from "../../../../../lib/http/action-route"
import { updateServiceStationWorkflow } from "../../../../../workflows/service-station/update-service-station"
import { refetchServiceStation } from "../../helpers"
import type { AdminDeactivateServiceStationType } from "../../validators"

/** POST /admin/service-stations/:id/deactivate: the station leaves the storefront's pickup list; nothing is deleted. */
export const POST = actionRoute({
  workflow: updateServiceStationWorkflow,
  input: (_body: AdminDeactivateServiceStationType, { id }) => ({ id, is_active: false }),
  key: "service_station",
  refetch: refetchServiceStation,
})
