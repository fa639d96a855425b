import { MedusaService } from "@medusajs/framework/utils"
import Certificate from "./models/certificate"
import CertificateEvent from "./models/certificate-event"

/** Certificates and their audit trail; the validity rule is `isCertificateValidOn` in @fupin/shared. */
class CertificationModuleService extends MedusaService({ Certificate, CertificateEvent }) {}

export default CertificationModuleService
