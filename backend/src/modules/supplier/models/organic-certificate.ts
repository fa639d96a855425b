import { model } from "@medusajs/framework/utils"
import Supplier from "./supplier"

/** An organic product certificate (有机产品认证证书) held by a supplier. */
const OrganicCertificate = model.define("organic_certificate", {
  id: model.id({ prefix: "orgc" }).primaryKey(),
  /** certificate number, unique across suppliers */
  number: model.text().unique(),
  /** certification body (认证机构) */
  issuer: model.text(),
  /** products the certificate covers (认证产品) */
  product_scope: model.text(),
  issued_on: model.dateTime(),
  expires_on: model.dateTime().nullable(),
  supplier: model.belongsTo(() => Supplier, { mappedBy: "organic_certificates" }),
})

export default OrganicCertificate
