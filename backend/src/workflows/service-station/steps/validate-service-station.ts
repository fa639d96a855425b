import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { normaliseOpeningHours, openingHoursProblem } from "@fupin/shared"
import { GEOGRAPHY_MODULE } from "../../../modules/geography"
import type GeographyModuleService from "../../../modules/geography/service"
import { SERVICE_STATION_MODULE } from "../../../modules/service-station"
import type ServiceStationModuleService from "../../../modules/service-station/service"

export type ValidateServiceStationInput = {
  /** the station being updated; absent on create */
  id?: string
  name?: string
  county_handle?: string
  township_id?: string
  village_id?: string | null
  opening_hours?: string
}

/**
 * Checks a station's place as it will be after the write: the township lies in
 * the county, the village (if any) in the township; opening hours are a range;
 * no other station of the township has the same name. Returns the normalised hours.
 */
export const validateServiceStationStep = createStep(
  "validate-service-station",
  async (input: ValidateServiceStationInput, { container }) => {
    const stations = container.resolve<ServiceStationModuleService>(SERVICE_STATION_MODULE)
    const geo = container.resolve<GeographyModuleService>(GEOGRAPHY_MODULE)
    const current = input.id ? await stations.retrieveServiceStation(input.id) : undefined

    const county_handle = input.county_handle ?? current?.county_handle
    const township_id = input.township_id ?? current?.township_id
    const village_id = input.village_id !== undefined ? input.village_id : current?.village_id
    const name = input.name ?? current?.name
    if (!county_handle) throw new MedusaError(MedusaError.Types.INVALID_DATA, "county_handle: required")
    if (!township_id) throw new MedusaError(MedusaError.Types.INVALID_DATA, "township_id: required")

    if (input.county_handle !== undefined || input.township_id !== undefined || input.village_id !== undefined) {
      const { township } = await geo.resolvePlace({ county_handle, township_id })
      if (village_id) {
        const [village] = await geo.listVillages({ id: village_id, township_id })
        if (!village) {
          throw new MedusaError(MedusaError.Types.INVALID_DATA, `village_id: village "${village_id}" is not in ${township?.name}`)
        }
      }
    }

    let opening_hours: string | undefined
    if (input.opening_hours !== undefined) {
      const problem = openingHoursProblem(input.opening_hours)
      if (problem) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          problem === "format" ? 'opening_hours: write it as "08:30–18:00"' : "opening_hours: closing time must be after opening time"
        )
      }
      opening_hours = normaliseOpeningHours(input.opening_hours)
    }

    if (name && (input.name !== undefined || input.township_id !== undefined)) {
      const [same] = await stations.listServiceStations({ township_id, name })
      if (same && same.id !== input.id) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `name: this township already has a station named ${name}`)
      }
    }
    return new StepResponse({ opening_hours })
  }
)
