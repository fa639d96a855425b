import { MedusaService } from "@medusajs/framework/utils"
import OrganicCertificate from "./models/organic-certificate"
import ProductChangeRequest from "./models/product-change-request"
import Supplier from "./models/supplier"
import SupplierInvite from "./models/supplier-invite"
import SupplierMember from "./models/supplier-member"
import SupplyDemandFile from "./models/supply-demand-file"

class SupplierModuleService extends MedusaService({
  Supplier,
  OrganicCertificate,
  SupplyDemandFile,
  SupplierMember,
  SupplierInvite,
  ProductChangeRequest,
}) {}

export default SupplierModuleService
