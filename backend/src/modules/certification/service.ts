import { MedusaService } from "@medusajs/framework/utils"
import { isCertificateValidOn } from "@fupin/shared"
import Certificate from "./models/certificate"
import CertificateEvent from "./models/certificate-event"

class CertificationModuleService extends MedusaService({ Certificate, CertificateEvent }) {
  /** The marketplace's rule: is the certificate certified and within its dates on `on`? */
  isValidOn(certificate: { status: string; issued_at: Date | string; expires_at: Date | string }, on: Date = new Date()): boolean {
    return isCertificateValidOn(certificate, on)
  }
}

export default CertificationModuleService
