import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { previousValues } from "../../../lib/compensation/previous-values"
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
    const updated = await service.updateServiceStations(input)
    return new StepResponse(updated, previousValues(before, input))
  },
  async (previous, { container }) => {
    if (!previous) return
    await container.resolve<ServiceStationModuleService>(SERVICE_STATION_MODULE).updateServiceStations(previous)
  }
)
