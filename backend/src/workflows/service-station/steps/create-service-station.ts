import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SERVICE_STATION_MODULE } from "../../../modules/service-station"
import type ServiceStationModuleService from "../../../modules/service-station/service"

export type CreateServiceStationStepInput = {
  name: string
  county_handle: string
  township_id: string
  village_id?: string | null
  address: string
  opening_hours: string
  phone?: string | null
  pickup_enabled?: boolean
  is_active?: boolean
  metadata?: Record<string, unknown> | null
}

export const createServiceStationStep = createStep(
  "create-service-station",
  async (input: CreateServiceStationStepInput, { container }) => {
    const service = container.resolve<ServiceStationModuleService>(SERVICE_STATION_MODULE)
    const station = await service.createServiceStations(input)
    return new StepResponse(station, station.id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<ServiceStationModuleService>(SERVICE_STATION_MODULE).deleteServiceStations(id)
  }
)
