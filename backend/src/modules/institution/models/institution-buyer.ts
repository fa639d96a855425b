import { model } from "@medusajs/framework/utils"
import Institution from "./institution"

/**
 * A member of an institution: one Medusa customer (linked through customer_id,
 * see src/links/institution-buyer-customer.ts) holding one or more roles
 * (MEMBER_ROLES in @fupin/shared: admin, purchaser, approver).
 * A customer belongs to one institution at most.
 */
const InstitutionBuyer = model.define("institution_buyer", {
  id: model.id({ prefix: "instb" }).primaryKey(),
  customer_id: model.text().unique(),
  /** MemberRole[]: checked by the validators and steps that write it */
  roles: model.array().default(["purchaser"]),
  /** 月度预算: CNY of goods a purchaser may order per calendar month (Beijing time), set by the admin; null: none */
  monthly_budget: model.bigNumber().nullable(),
  institution: model.belongsTo(() => Institution, { mappedBy: "buyers" }),
})

export default InstitutionBuyer
