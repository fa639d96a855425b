import { z } from "@medusajs/framework/zod"
import { MEMBER_ROLES } from "@fupin/shared"

/**
 * Validators of onboarding: the operator's import and activation links
 * (/admin/institutions/import, /admin/institutions/:id/activation) and the
 * invitations (/store/institution/invites, /store/institution-invites/*).
 */

const flag = z.preprocess((v) => (v === "true" || v === "1" ? true : v === "false" || v === "0" ? false : v), z.boolean().optional().default(false))

export const AdminImportInstitutions = z.object({ dry_run: flag, approve: flag }).strict()
export type AdminImportInstitutionsType = z.infer<typeof AdminImportInstitutions>

export const AdminInstitutionImportTemplate = z.object({ format: z.enum(["csv", "xlsx"]).optional().default("xlsx") }).strict()
export type AdminInstitutionImportTemplateType = z.infer<typeof AdminInstitutionImportTemplate>

const email = z.string().trim().toLowerCase().email().max(200)
const personName = z.string().trim().min(1).max(50)
const locale = z.enum(["zh", "en"]).optional().default("zh")

export const AdminCreateInstitutionActivation = z.object({ email, name: personName.optional(), locale }).strict()
export type AdminCreateInstitutionActivationType = z.infer<typeof AdminCreateInstitutionActivation>

const roles = z.array(z.enum(MEMBER_ROLES)).min(1, "give at least one role").max(MEMBER_ROLES.length)

export const StoreCreateInstitutionInvite = z.object({ email, roles, name: personName.optional(), locale }).strict()
export type StoreCreateInstitutionInviteType = z.infer<typeof StoreCreateInstitutionInvite>

export const StoreListInstitutionInvites = z.object({ status: z.enum(["pending", "all"]).optional().default("pending") }).strict()
export type StoreListInstitutionInvitesType = z.infer<typeof StoreListInstitutionInvites>

export const StoreListInstitutionMembers = z.object({}).strict()

/** 月度预算 in CNY (whole fen), up to ¥100,000,000; null: no budget */
const monthlyBudget = z
  .number({ message: "monthly_budget: 月度预算应为金额（元）或 null / a CNY amount or null" })
  .refine((v) => v >= 0 && v <= 100_000_000 && Math.round(v * 100) === v * 100, {
    message: "monthly_budget: 月度预算应为 0 至 100,000,000 元、最多两位小数 / between ¥0 and ¥100,000,000, in fen at most",
  })
  .nullable()

export const StoreUpdateInstitutionMember = z
  .object({ roles: roles.optional(), monthly_budget: monthlyBudget.optional() })
  .strict()
  .refine((v) => v.roles !== undefined || v.monthly_budget !== undefined, { message: "roles: 请给出角色或月度预算 / give roles or monthly_budget", path: ["roles"] })
export type StoreUpdateInstitutionMemberType = z.infer<typeof StoreUpdateInstitutionMember>

/** 43 characters of base64url: 32 random bytes */
const token = z.string().trim().min(20).max(200).regex(/^[A-Za-z0-9_-]+$/, "not a link token")

export const StoreLookupInstitutionInvite = z.object({ token }).strict()
export type StoreLookupInstitutionInviteType = z.infer<typeof StoreLookupInstitutionInvite>

export const StoreAcceptInstitutionInvite = z
  .object({
    token,
    password: z.string().max(200).optional(),
    first_name: personName.optional(),
    last_name: personName.optional(),
  })
  .strict()
export type StoreAcceptInstitutionInviteType = z.infer<typeof StoreAcceptInstitutionInvite>
