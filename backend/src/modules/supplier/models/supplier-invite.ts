import { model } from "@medusajs/framework/utils"
import { SUPPLIER_INVITE_STATUSES, SUPPLIER_MEMBER_ROLES } from "@fupin/shared"
import Supplier from "./supplier"

/**
 * An owner's invitation of a colleague by e-mail (邀请成员). The e-mail
 * carries a random token; only its SHA-256 is stored. Accepting it with a
 * fresh `supplier` registration creates the member.
 */
const SupplierInvite = model
  .define("supplier_invite", {
    id: model.id({ prefix: "supinv" }).primaryKey(),
    email: model.text(),
    role: model.enum([...SUPPLIER_MEMBER_ROLES]).default("staff"),
    /** sha256 hex of the token sent by e-mail */
    token_hash: model.text().unique(),
    status: model.enum([...SUPPLIER_INVITE_STATUSES]).default("pending"),
    expires_at: model.dateTime(),
    accepted_at: model.dateTime().nullable(),
    /** the member who invited */
    invited_by: model.text().nullable(),
    supplier: model.belongsTo(() => Supplier, { mappedBy: "invites" }),
  })
  .indexes([{ on: ["supplier_id", "status"] }, { on: ["email"] }])

export default SupplierInvite
