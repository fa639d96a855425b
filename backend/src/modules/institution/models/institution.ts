import { model } from "@medusajs/framework/utils"
import { INSTITUTION_KINDS, INSTITUTION_STATUSES } from "@fupin/shared"
import InstitutionBuyer from "./institution-buyer"
import InstitutionInvite from "./institution-invite"
import IntentAgreement from "./intent-agreement"

/** A buying institution (采购单位): a school, hospital, enterprise or government unit. */
const Institution = model
  .define("institution", {
    id: model.id({ prefix: "inst" }).primaryKey(),
    name: model.text().searchable(),
    /** 统一社会信用代码 (GB 32100-2015), stored upper-case */
    credit_code: model.text().unique().searchable(),
    kind: model.enum([...INSTITUTION_KINDS]),
    contact_name: model.text(),
    contact_phone: model.text(),
    address: model.text(),
    /** 上级单位: the unit it reports to (a bureau, a group company), as the import file names it */
    parent_name: model.text().nullable(),
    status: model.enum([...INSTITUTION_STATUSES]).default("pending"),
    /** id of the admin user who last changed the status, and why */
    reviewed_by: model.text().nullable(),
    reviewed_at: model.dateTime().nullable(),
    review_note: model.text().nullable(),
    metadata: model.json().nullable(),
    buyers: model.hasMany(() => InstitutionBuyer, { mappedBy: "institution" }),
    agreements: model.hasMany(() => IntentAgreement, { mappedBy: "institution" }),
    invites: model.hasMany(() => InstitutionInvite, { mappedBy: "institution" }),
  })
  .indexes([{ on: ["kind", "status"] }])
  .cascades({ delete: ["buyers", "invites"] })

export default Institution
