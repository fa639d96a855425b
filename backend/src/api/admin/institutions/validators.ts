import { z } from "@medusajs/framework/zod"
import { createFindParams, createSelectParams } from "@medusajs/medusa/api/utils/validators"
import { INSTITUTION_KINDS, INSTITUTION_STATUSES, MAX_PAYMENT_TERM_DAYS, MEMBER_ROLES, normaliseMemberRoles, PAYMENT_TERMS } from "@fupin/shared"

const oneOrMany = <T extends readonly [string, ...string[]]>(values: T) =>
  z.union([z.enum(values), z.array(z.enum(values))]).optional()

/** A paginated list: limit 1–100 (default 20). */
export const listParams = (order: string) =>
  createFindParams({ limit: 20, offset: 0, order }).extend({
    limit: z.preprocess(
      (v) => (typeof v === "string" ? Number(v) : v),
      z.number().int().min(1).max(100).optional().default(20)
    ),
    offset: z.preprocess(
      (v) => (typeof v === "string" ? Number(v) : v),
      z.number().int().min(0).optional().default(0)
    ),
  })

const text = (max = 200) => z.string().trim().min(1).max(max)
/** Mainland mobile or landline with area code: 13912345678, 0871-64123456 */
const phone = z.string().trim().regex(/^(1\d{10}|0\d{2,3}-?\d{7,8})$/, "a mainland mobile (11 digits) or landline (0871-6xxxxxxx)")

export const AdminListInstitutions = listParams("name")
  .extend({
    q: z.string().trim().min(1).max(100).optional(),
    kind: oneOrMany(INSTITUTION_KINDS),
    status: oneOrMany(INSTITUTION_STATUSES),
  })
  .strict()
export type AdminListInstitutionsType = z.infer<typeof AdminListInstitutions>

export const AdminGetInstitution = createSelectParams().strict()

/** GET /admin/institutions/:id/price-lists takes no query parameters. */
export const AdminGetInstitutionPriceLists = z.object({}).strict()

export const AdminCreateInstitution = z
  .object({
    name: text(),
    credit_code: z.string().trim().min(1).max(40),
    kind: z.enum(INSTITUTION_KINDS),
    contact_name: text(50),
    contact_phone: phone,
    address: text(300),
  })
  .strict()
export type AdminCreateInstitutionType = z.infer<typeof AdminCreateInstitution>

/** POST /admin/institutions/:id: any detail, and the payment terms (先款后货, or 账期 of 0–180 days after the last receipt). */
export const AdminUpdateInstitution = AdminCreateInstitution.partial()
  .extend({
    payment_terms: z.enum(PAYMENT_TERMS).optional(),
    payment_term_days: z.number().int("payment_term_days: 应为整数天 / whole days").min(0).max(MAX_PAYMENT_TERM_DAYS).optional(),
  })
  .strict()
export type AdminUpdateInstitutionType = z.infer<typeof AdminUpdateInstitution>

/** approve / reinstate: an optional note; reject / suspend: the reason is required. */
export const AdminReviewInstitution = z.object({ note: z.string().trim().max(500).optional() }).strict()
export const AdminReviewInstitutionWithReason = z.object({ note: text(500) }).strict()
export type AdminReviewInstitutionType = z.infer<typeof AdminReviewInstitution>

export const AdminListInstitutionBuyers = listParams("created_at").strict()

export const AdminAddInstitutionBuyer = z
  .object({
    customer_id: z.string().trim().min(1).optional(),
    email: z.string().trim().email().optional(),
    first_name: z.string().trim().max(50).optional(),
    last_name: z.string().trim().max(50).optional(),
    phone: phone.optional(),
    /** one or more of admin, purchaser, approver */
    roles: z
      .array(z.enum(MEMBER_ROLES))
      .min(1)
      .max(MEMBER_ROLES.length)
      .default(["purchaser"])
      .transform((roles) => normaliseMemberRoles(roles)),
  })
  .strict()
  .refine((b) => Boolean(b.customer_id) !== Boolean(b.email), {
    message: "give either email (to find or create the customer) or customer_id",
    path: ["email"],
  })
export type AdminAddInstitutionBuyerType = z.infer<typeof AdminAddInstitutionBuyer>
