import { MedusaService } from "@medusajs/framework/utils"
import OrganicCertificate from "./models/organic-certificate"
import Supplier from "./models/supplier"
import SupplyDemandFile from "./models/supply-demand-file"

class SupplierModuleService extends MedusaService({ Supplier, OrganicCertificate, SupplyDemandFile }) {}

export default SupplierModuleService
