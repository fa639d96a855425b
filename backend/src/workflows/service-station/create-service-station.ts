import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createServiceStationStep, type CreateServiceStationStepInput } from "./steps/create-service-station"
import { validateServiceStationStep } from "./steps/validate-service-station"

export const CREATE_SERVICE_STATION_WORKFLOW = "create-service-station"

/** Opens an e-commerce service station (电商服务站) in a township or village. */
export const createServiceStationWorkflow = createWorkflow(
  CREATE_SERVICE_STATION_WORKFLOW,
  (input: CreateServiceStationStepInput) => {
    const checked = validateServiceStationStep(input)
    const data = transform({ input, checked }, ({ input, checked }) => ({
      ...input,
      opening_hours: checked.opening_hours ?? input.opening_hours,
    }))
    return new WorkflowResponse(createServiceStationStep(data))
  }
)
