import { model } from "@medusajs/framework/utils"
import { INVITE_KINDS } from "@fupin/shared"
import Institution from "./institution"

/**
 * A single-use link into an institution: the operator's activation link for
 * its first admin (kind activation) or an admin's invitation of a member
 * (kind invite). Only the SHA-256 of the token is stored; the token itself is
 * in the link and nowhere else. accepted_at / revoked_at close it for good.
 */
const InstitutionInvite = model
  .define("institution_invite", {
    id: model.id({ prefix: "instinv" }).primaryKey(),
    kind: model.enum([...INVITE_KINDS]),
    email: model.text(),
    name: model.text().nullable(),
    /** member roles the invitee gets on accepting (admin, purchaser, approver) */
    roles: model.array(),
    token_hash: model.text().unique(),
    expires_at: model.dateTime(),
    accepted_at: model.dateTime().nullable(),
    accepted_by: model.text().nullable(),
    revoked_at: model.dateTime().nullable(),
    /** admin user id (activation) or member id (invite) who sent it */
    invited_by: model.text().nullable(),
    institution: model.belongsTo(() => Institution, { mappedBy: "invites" }),
  })
  .indexes([{ on: ["institution_id", "kind"] }, { on: ["email"] }])

export default InstitutionInvite
