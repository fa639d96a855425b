import { Module } from "@medusajs/framework/utils"
import ServiceStationModuleService from "./service"

export const SERVICE_STATION_MODULE = "service_station"

export default Module(SERVICE_STATION_MODULE, { service: ServiceStationModuleService })
