import { model } from "@medusajs/framework/utils"
import { CERTIFICATE_STATUSES } from "@fupin/shared"
import CertificateEvent from "./certificate-event"

/**
 * A certificate of a certified poverty-alleviation product (认定扶贫产品证书).
 * One per product (link product ↔ certificate). The storefront sells a product
 * only while its certificate is certified and within its dates.
 */
const Certificate = model
  .define("certificate", {
    id: model.id({ prefix: "cert" }).primaryKey(),
    /** 证书编号, e.g. KMFP-2020-0001 */
    number: model.text().unique().searchable(),
    /** 认定机构 */
    certifying_office: model.text(),
    /** county handle in the geography module (xundian, luquan …) */
    county_handle: model.text(),
    /** the supplier module's supplier id (plain id: modules stay isolated) */
    supplier_id: model.text().nullable(),
    issued_at: model.dateTime(),
    expires_at: model.dateTime(),
    /** evidence documents: a JSON list of { title, url } */
    evidence: model.json().nullable(),
    status: model.enum([...CERTIFICATE_STATUSES]).default("applied"),
    /** why the certificate is in its current status (suspension/revocation reason) */
    status_reason: model.text().nullable(),
    /** demo rows (seed data) */
    demo: model.boolean().default(false),
    events: model.hasMany(() => CertificateEvent, { mappedBy: "certificate" }),
  })
  .indexes([{ on: ["status", "expires_at"] }, { on: ["county_handle"] }, { on: ["supplier_id"] }])
  .cascades({ delete: ["events"] })

export default Certificate
