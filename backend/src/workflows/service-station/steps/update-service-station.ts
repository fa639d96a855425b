import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SERVICE_STATION_MODULE } from "../../../modules/service-station"
import type ServiceStationModuleService from "../../../modules/service-station/service"
import type { CreateServiceStationStepInput } from "./create-service-station"

export type UpdateServiceStationStepInput = Partial<CreateServiceStationStepInput> & { id: string }

/** Updates a station; compensation puts back the fields it changed. */
export const updateServiceStationStep = createStep(
  "update-service-station",
  async (input: UpdateServiceStationStepInput, { container }) => {
    const service = container.resolve<ServiceStationModuleService>(SERVICE_STATION_MODULE)
    const before = await service.retrieveServiceStation(input.id)
    const previous: Record<string, unknown> = { id: input.id }
    for (const key of Object.keys(input) as Array<keyof UpdateServiceStationStepInput>) {
      if (key !== "id" && input[key] !== undefined) previous[key] = before[key as keyof typeof before]
    }
    const updated = await service.updateServiceStations(input)
    return new StepResponse(updated, previous as UpdateServiceStationStepInput)
  },
  async (previous, { container }) => {
    if (!previous) return
    await container.resolve<ServiceStationModuleService>(SERVICE_STATION_MODULE).updateServiceStations(previous)
  }
)
