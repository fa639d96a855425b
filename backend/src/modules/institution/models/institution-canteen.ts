import { model } from "@medusajs/framework/utils"
import Institution from "./institution"

/**
 * A canteen (食堂) of an institution and its delivery address (收货地址): where an
 * institution order is delivered. In Kunming: a district or county (KUNMING_COUNTIES
 * handle) and the street address. The institution's admin manages them; every member
 * sees them, and the purchaser picks one per order.
 */
const InstitutionCanteen = model
  .define("institution_canteen", {
    id: model.id({ prefix: "instcan" }).primaryKey(),
    name: model.text(),
    contact_name: model.text(),
    contact_phone: model.text(),
    county_handle: model.text(),
    address: model.text(),
    institution: model.belongsTo(() => Institution, { mappedBy: "canteens" }),
  })
  .indexes([{ on: ["institution_id"] }])

export default InstitutionCanteen
