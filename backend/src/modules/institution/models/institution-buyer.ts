import { model } from "@medusajs/framework/utils"
import { BUYER_ROLES } from "@fupin/shared"
import Institution from "./institution"

/**
 * A buyer account of an institution: one Medusa customer (linked through
 * customer_id, see src/links/institution-buyer-customer.ts) with a role.
 * A customer buys for one institution at most.
 */
const InstitutionBuyer = model.define("institution_buyer", {
  id: model.id({ prefix: "instb" }).primaryKey(),
  customer_id: model.text().unique(),
  role: model.enum([...BUYER_ROLES]).default("purchaser"),
  institution: model.belongsTo(() => Institution, { mappedBy: "buyers" }),
})

export default InstitutionBuyer
