import { model } from "@medusajs/framework/utils"
import { CERTIFICATE_STATUSES } from "@fupin/shared"
import Certificate from "./certificate"

/** One line of a certificate's audit trail: who changed its status, when and why. */
const CertificateEvent = model.define("certificate_event", {
  id: model.id({ prefix: "certev" }).primaryKey(),
  /** apply, certify, suspend, reinstate, revoke, renew, expire */
  action: model.text(),
  from_status: model.enum([...CERTIFICATE_STATUSES]).nullable(),
  to_status: model.enum([...CERTIFICATE_STATUSES]),
  /** admin user id, or "system" for the daily expiry job */
  actor: model.text(),
  reason: model.text().nullable(),
  /** renewal: the expiry before and after */
  data: model.json().nullable(),
  certificate: model.belongsTo(() => Certificate, { mappedBy: "events" }),
})

export default CertificateEvent
