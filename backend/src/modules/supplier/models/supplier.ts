import { model } from "@medusajs/framework/utils"
import { SUPPLIER_STATUSES, SUPPLIER_TYPES } from "@fupin/shared"
import OrganicCertificate from "./organic-certificate"
import ProductChangeRequest from "./product-change-request"
import SupplierInvite from "./supplier-invite"
import SupplierMember from "./supplier-member"
import SupplyDemandFile from "./supply-demand-file"

/**
 * A supplier (供应商): an enterprise, cooperative, family farm or
 * poverty-alleviation workshop (扶贫车间) that produces the marketplace's products.
 * Only approved suppliers are visible in the store; contact details never are.
 */
const Supplier = model
  .define("supplier", {
    id: model.id({ prefix: "sup" }).primaryKey(),
    legal_name: model.text().searchable(),
    /** 统一社会信用代码 (GB 32100-2015), stored upper-case */
    credit_code: model.text().unique(),
    type: model.enum([...SUPPLIER_TYPES]),
    /** 农产品重点企业: keeps a supply/demand file (供求信息档案) */
    is_key: model.boolean().default(false),
    /** county handle in the geography module (xundian, luquan …) */
    county_handle: model.text(),
    township_id: model.text().nullable(),
    village_id: model.text().nullable(),
    /** private: admin only */
    contact_name: model.text().nullable(),
    /** private: admin only */
    contact_phone: model.text().nullable(),
    description: model.text().nullable(),
    status: model.enum([...SUPPLIER_STATUSES]).default("pending"),
    reviewed_by: model.text().nullable(),
    reviewed_at: model.dateTime().nullable(),
    review_note: model.text().nullable(),
    /** 利益联结 ("双绑"): registered poor households bound to the supplier */
    households_bound: model.number().default(0),
    /** people in those households */
    people_bound: model.number().default(0),
    /** how they are bound: employment, dividend, purchase_contract, land_lease, other */
    mechanisms: model.array().default([]),
    /** workshops (扶贫车间): people employed */
    employees: model.number().nullable(),
    /** 利益联结 in the applicant's words: which households, how they are bound and paid */
    linkage_note: model.text().nullable(),
    /** documents uploaded with the application (licence, linkage proof …): [{ title, file_id, url }] */
    documents: model.json().nullable(),
    /** when the producer applied online through the portal (null: registered by an operator or the demo) */
    applied_at: model.dateTime().nullable(),
    /** trusted producer: changes to its live listings apply without the operator's review */
    auto_approve: model.boolean().default(false),
    /** 今日 lists a size whose stock is at or below this (LOW_STOCK_THRESHOLD by default); the producer sets it */
    low_stock_threshold: model.number().default(10),
    /** demo rows (seed data): plausible names, never real firms */
    demo: model.boolean().default(false),
    organic_certificates: model.hasMany(() => OrganicCertificate, { mappedBy: "supplier" }),
    supply_demand_file: model.hasOne(() => SupplyDemandFile, { mappedBy: "supplier" }).nullable(),
    members: model.hasMany(() => SupplierMember, { mappedBy: "supplier" }),
    invites: model.hasMany(() => SupplierInvite, { mappedBy: "supplier" }),
    product_change_requests: model.hasMany(() => ProductChangeRequest, { mappedBy: "supplier" }),
  })
  .indexes([{ on: ["status", "type"] }, { on: ["county_handle"] }, { on: ["village_id"] }])
  .cascades({ delete: ["organic_certificates", "supply_demand_file", "members", "invites", "product_change_requests"] })

export default Supplier
