import { model } from "@medusajs/framework/utils"
import { SUPPLIER_MEMBER_ROLES, SUPPLIER_MEMBER_STATUSES } from "@fupin/shared"
import Supplier from "./supplier"

/**
 * A person who works for a supplier in the producer portal (供应商成员): the
 * owner who applied, or staff the owner invited. Logs in as the `supplier`
 * actor type (Medusa auth, emailpass); the auth identity's
 * `app_metadata.supplier_member_id` points here.
 */
const SupplierMember = model
  .define("supplier_member", {
    id: model.id({ prefix: "supm" }).primaryKey(),
    /** login e-mail, stored lower-case; one member per e-mail across suppliers */
    email: model.text().unique(),
    name: model.text().nullable(),
    phone: model.text().nullable(),
    /** owner: manages members and invites; staff: listings, stock, orders */
    role: model.enum([...SUPPLIER_MEMBER_ROLES]).default("staff"),
    /** disabled: an owner removed the member; its login no longer opens the portal */
    status: model.enum([...SUPPLIER_MEMBER_STATUSES]).default("active"),
    supplier: model.belongsTo(() => Supplier, { mappedBy: "members" }),
  })
  .indexes([{ on: ["supplier_id", "role"] }])

export default SupplierMember
