import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateServiceStationStep, type UpdateServiceStationStepInput } from "./steps/update-service-station"
import { validateServiceStationStep } from "./steps/validate-service-station"

export const UPDATE_SERVICE_STATION_WORKFLOW = "update-service-station"

/** Edits a station; deactivation is an update with is_active: false (it then leaves the store list). */
export const updateServiceStationWorkflow = createWorkflow(
  UPDATE_SERVICE_STATION_WORKFLOW,
  (input: UpdateServiceStationStepInput) => {
    const checked = validateServiceStationStep(input)
    const data = transform({ input, checked }, ({ input, checked }) => ({
      ...input,
      ...(checked.opening_hours ? { opening_hours: checked.opening_hours } : {}),
    }))
    return new WorkflowResponse(updateServiceStationStep(data))
  }
)
