import { defineLink } from "@medusajs/framework/utils"
import CustomerModule from "@medusajs/medusa/customer"
import InstitutionModule from "../modules/institution"

/**
 * An institution buyer is a Medusa customer. The buyer row holds customer_id
 * itself (one customer buys for one institution at most), so the link is
 * read-only: query.graph can fetch `buyer.customer` without a link table that
 * could drift from it.
 */
export default defineLink(
  { linkable: InstitutionModule.linkable.institutionBuyer, field: "customer_id" },
  CustomerModule.linkable.customer,
  { readOnly: true }
)
