import { MedusaService } from "@medusajs/framework/utils"
import ServiceStation from "./models/service-station"

class ServiceStationModuleService extends MedusaService({ ServiceStation }) {}

export default ServiceStationModuleService
