/**
 * How institutions and their members get in (issue 10): the operator's import
 * of institutions from a CSV/XLSX file, the activation link for an approved
 * institution's admin, and the admin's invitations of members. The row rules
 * of the import live here so that the backend's report and any preview in a
 * browser say the same thing; the HTTP shapes of the routes follow.
 */
import { creditCodeProblem } from "./credit-code"
import { INSTITUTION_KIND_LABELS, type InstitutionKind, type MemberRole } from "./institution"
import type { PortalMemberDTO } from "./institution-portal"

/** The import file's columns, in template order (Chinese headers, as finance departments keep them). */
export const INSTITUTION_IMPORT_COLUMNS = {
  name: "单位名称",
  credit_code: "统一社会信用代码",
  kind: "类型",
  parent_name: "上级单位",
  contact_name: "联系人",
  contact_phone: "手机",
  address: "地址",
} as const
export type InstitutionImportField = keyof typeof INSTITUTION_IMPORT_COLUMNS

/** Columns a file must have; 上级单位 and 地址 may be left out. */
export const INSTITUTION_IMPORT_REQUIRED: InstitutionImportField[] = ["name", "credit_code", "kind", "contact_name", "contact_phone"]

/** A mainland mobile number: 11 digits starting 13–19. */
export const MOBILE_PATTERN = /^1[3-9]\d{9}$/

/** More rows than this in one file are refused whole (split the file). */
export const INSTITUTION_IMPORT_MAX_ROWS = 2000

/** 学校 → school …, and the English words for those who type them. */
export function institutionKindFrom(value: string): InstitutionKind | null {
  const v = value.trim()
  for (const [kind, label] of Object.entries(INSTITUTION_KIND_LABELS) as Array<[InstitutionKind, string]>) {
    if (v === label || v.toLowerCase() === kind) return kind
  }
  return null
}

export interface InstitutionImportInput {
  name: string
  credit_code: string
  kind: InstitutionKind
  parent_name: string | null
  contact_name: string
  contact_phone: string
  address: string
}

/** One row of the report: its number in the file (the header is row 1, the first data row 2), and what is wrong. */
export interface InstitutionImportRowReport {
  row: number
  name: string
  credit_code: string
  ok: boolean
  /** problems, each naming its column: "统一社会信用代码: 校验位错误 / check character is wrong" */
  errors: Array<{ field: InstitutionImportField | "file"; reason: string }>
  /** set when the import created the institution */
  institution_id?: string
}

export interface InstitutionImportReport {
  dry_run: boolean
  /** pending (reviewed later, like a single registration) or approved (the operator ticked approve) */
  status: "pending" | "approved"
  rows: InstitutionImportRowReport[]
  total: number
  ok: number
  errors: number
  created: number
}

const CREDIT_CODE_REASONS = {
  length: "应为 18 位 / must be 18 characters",
  character: "含有无效字符（不用 I、O、S、V、Z）/ contains a character outside 0-9 and A-Y without I, O, S, V, Z",
  check: "校验位错误 / check character is wrong (GB 32100-2015)",
} as const

export type RawImportRow = Partial<Record<InstitutionImportField, string>>

/**
 * Checks every row on its own and against the rows before it (a credit code
 * twice in the file). Whether a code is already registered needs the database:
 * the backend adds that. Returns the report rows and the inputs of the good ones.
 */
export function checkInstitutionImportRows(rows: RawImportRow[]): Array<{ report: InstitutionImportRowReport; input: InstitutionImportInput | null }> {
  const seen = new Map<string, number>()
  return rows.map((raw, i) => {
    const row = i + 2
    const get = (f: InstitutionImportField) => (raw[f] ?? "").split("\u0000").join("").trim()
    const errors: InstitutionImportRowReport["errors"] = []
    const need = (f: InstitutionImportField, max: number) => {
      const v = get(f)
      if (!v) errors.push({ field: f, reason: `${INSTITUTION_IMPORT_COLUMNS[f]}不能为空 / ${f} is required` })
      else if ([...v].length > max) errors.push({ field: f, reason: `${INSTITUTION_IMPORT_COLUMNS[f]}过长（最多 ${max} 字）/ ${f} is longer than ${max} characters` })
      return v
    }
    const name = need("name", 200)
    const credit_code = need("credit_code", 40).toUpperCase()
    if (credit_code) {
      const problem = creditCodeProblem(credit_code)
      if (problem) errors.push({ field: "credit_code", reason: CREDIT_CODE_REASONS[problem] })
      const earlier = seen.get(credit_code)
      if (earlier) errors.push({ field: "credit_code", reason: `与第 ${earlier} 行重复 / the same code as row ${earlier}` })
      else seen.set(credit_code, row)
    }
    const kindText = need("kind", 20)
    const kind = kindText ? institutionKindFrom(kindText) : null
    if (kindText && !kind) errors.push({ field: "kind", reason: "应为 学校、医院、企业 或 机关单位 / must be 学校, 医院, 企业 or 机关单位" })
    const contact_name = need("contact_name", 50)
    const contact_phone = need("contact_phone", 20).replace(/[\s-]/g, "")
    if (contact_phone && !MOBILE_PATTERN.test(contact_phone)) {
      errors.push({ field: "contact_phone", reason: "应为 11 位手机号 / must be an 11-digit mainland mobile (1[3-9]…)" })
    }
    const parent = get("parent_name")
    if ([...parent].length > 200) errors.push({ field: "parent_name", reason: "上级单位过长（最多 200 字）/ parent_name is longer than 200 characters" })
    const address = get("address")
    if ([...address].length > 300) errors.push({ field: "address", reason: "地址过长（最多 300 字）/ address is longer than 300 characters" })
    const ok = errors.length === 0
    return {
      report: { row, name, credit_code, ok, errors },
      input: ok ? { name, credit_code, kind: kind!, parent_name: parent || null, contact_name, contact_phone, address } : null,
    }
  })
}

// ---- activation links and invitations --------------------------------------

/** An activation link or invitation is good for this long. */
export const INVITE_TTL_HOURS = 72

export const INVITE_KINDS = ["activation", "invite"] as const
export type InviteKind = (typeof INVITE_KINDS)[number]

export const INVITE_STATUSES = ["pending", "accepted", "expired", "revoked"] as const
export type InviteStatus = (typeof INVITE_STATUSES)[number]

/** Where the storefront opens each kind of link: /{locale}/institution/activate?token=… */
export const INVITE_PAGES: Record<InviteKind, string> = { activation: "institution/activate", invite: "institution/invite" }

export interface InstitutionInviteDTO {
  id: string
  institution_id: string
  kind: InviteKind
  email: string
  name: string | null
  roles: MemberRole[]
  status: InviteStatus
  expires_at: string
  accepted_at: string | null
  created_at: string
}

/** POST /admin/institutions/:id/activation → the link to copy (also e-mailed). */
export interface AdminInstitutionActivationResponse {
  invite: InstitutionInviteDTO
  url: string
}

/** POST /store/institution-invites/lookup {token}: what the page shows before the invitee acts. */
export interface StoreInviteLookupResponse {
  invite: {
    kind: InviteKind
    email: string
    name: string | null
    roles: MemberRole[]
    expires_at: string
    institution: { id: string; name: string }
    /** the e-mail already has a login: the page asks to log in with it instead of setting a password */
    account_exists: boolean
  }
}

/** POST /store/institution-invites/accept {token, password?, first_name?, last_name?} */
export interface StoreInviteAcceptResponse {
  member: { id: string; institution_id: string; customer_id: string; roles: MemberRole[] }
  institution: { id: string; name: string }
  email: string
  /** "created": a new login with the password given; "existing": the logged-in customer joined */
  account: "created" | "existing"
}

/** Why an invitation cannot be used, as `code` in a 400/401 answer. */
export const INVITE_PROBLEMS = ["invalid", "used", "expired", "revoked", "login_required", "other_institution"] as const
export type InviteProblem = (typeof INVITE_PROBLEMS)[number]

/** GET /store/institution/members (admin): the institution's members, each with their login e-mail. */
export interface StoreInstitutionMembersResponse {
  members: PortalMemberDTO[]
}

/** GET /store/institution/invites (admin) */
export interface StoreInstitutionInvitesResponse {
  invites: InstitutionInviteDTO[]
}

/** POST /store/institution/invites (admin) → the invitation, and its link to pass on by hand if the e-mail does not arrive. */
export interface StoreCreateInstitutionInviteResponse {
  invite: InstitutionInviteDTO
  url: string
}
