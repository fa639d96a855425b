import { model } from "@medusajs/framework/utils"
import { DEFAULT_PAYMENT_TERM_DAYS, INSTITUTION_KINDS, INSTITUTION_STATUSES, PAYMENT_TERMS } from "@fupin/shared"
import InstitutionApproval from "./institution-approval"
import InstitutionBuyer from "./institution-buyer"
import InstitutionCanteen from "./institution-canteen"
import InstitutionInvite from "./institution-invite"
import InstitutionList from "./institution-list"
import InstitutionPurchase from "./institution-purchase"
import InstitutionQuote from "./institution-quote"
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
    /** orders above this many CNY need an approver; null: never */
    approval_threshold: model.bigNumber().nullable(),
    /** the year's canteen food budget in CNY, the base of the reserved share; null: not set */
    annual_canteen_budget: model.bigNumber().nullable(),
    /** percent of the canteen budget reserved for poverty-area food (national floor 10) */
    reserved_share_percent: model.number().default(10),
    /** 付款条件 (PAYMENT_TERMS): 先款后货 (prepay) or 账期 (net: within payment_term_days of the last receipt) */
    payment_terms: model.enum([...PAYMENT_TERMS]).default("net"),
    payment_term_days: model.number().default(DEFAULT_PAYMENT_TERM_DAYS),
    /** 开票信息 (InstitutionInvoiceDetailsDTO: title, tax_id, address, phone, bank, account), kept by its admin; null until filled in */
    invoice_details: model.json().nullable(),
    metadata: model.json().nullable(),
    buyers: model.hasMany(() => InstitutionBuyer, { mappedBy: "institution" }),
    agreements: model.hasMany(() => IntentAgreement, { mappedBy: "institution" }),
    invites: model.hasMany(() => InstitutionInvite, { mappedBy: "institution" }),
    approvals: model.hasMany(() => InstitutionApproval, { mappedBy: "institution" }),
    purchases: model.hasMany(() => InstitutionPurchase, { mappedBy: "institution" }),
    /** 食堂 and their delivery addresses (收货地址) */
    canteens: model.hasMany(() => InstitutionCanteen, { mappedBy: "institution" }),
    /** 常用清单: reusable lists of SKUs and quantities */
    lists: model.hasMany(() => InstitutionList, { mappedBy: "institution" }),
    /** 询价单: requests for a quote */
    quotes: model.hasMany(() => InstitutionQuote, { mappedBy: "institution" }),
  })
  .indexes([{ on: ["kind", "status"] }])
  .cascades({ delete: ["buyers", "invites", "canteens", "lists", "quotes"] })

export default Institution
