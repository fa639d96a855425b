/**
 * Institutions (采购单位) and their intent purchase agreements (意向性采购):
 * the rules both apps share, and the HTTP shapes of /admin/institutions and
 * /admin/purchase-intents.
 */

export const INSTITUTION_KINDS = ["enterprise", "school", "hospital", "government"] as const
export type InstitutionKind = (typeof INSTITUTION_KINDS)[number]

export const INSTITUTION_KIND_LABELS: Record<InstitutionKind, string> = {
  enterprise: "企业",
  school: "学校",
  hospital: "医院",
  government: "机关单位",
}

export const INSTITUTION_STATUSES = ["pending", "approved", "rejected", "suspended"] as const
export type InstitutionStatus = (typeof INSTITUTION_STATUSES)[number]

export const INSTITUTION_STATUS_LABELS: Record<InstitutionStatus, string> = {
  pending: "待审核",
  approved: "已通过",
  rejected: "已驳回",
  suspended: "已暂停",
}

/** What a reviewer can do to an institution. */
export const INSTITUTION_REVIEW_ACTIONS = ["approve", "reject", "suspend", "reinstate"] as const
export type InstitutionReviewAction = (typeof INSTITUTION_REVIEW_ACTIONS)[number]

/**
 * The institution status machine: pending → approved | rejected; approved ⇄ suspended.
 * Rejected is final (the institution applies again as a new record).
 */
const REVIEW_TRANSITIONS: Record<InstitutionReviewAction, { from: InstitutionStatus; to: InstitutionStatus }> = {
  approve: { from: "pending", to: "approved" },
  reject: { from: "pending", to: "rejected" },
  suspend: { from: "approved", to: "suspended" },
  reinstate: { from: "suspended", to: "approved" },
}

/** The status an action leads to from `current`, or null when the action is not allowed there. */
export function institutionTransition(
  current: InstitutionStatus,
  action: InstitutionReviewAction
): InstitutionStatus | null {
  const t = REVIEW_TRANSITIONS[action]
  return t.from === current ? t.to : null
}

/** The actions a reviewer may take on an institution in `current` status. */
export function allowedInstitutionActions(current: InstitutionStatus): InstitutionReviewAction[] {
  return INSTITUTION_REVIEW_ACTIONS.filter((a) => institutionTransition(current, a) !== null)
}

/**
 * What a member of an institution may do; a member holds one or more roles:
 * 管理员 admin (members, rules, addresses, invoice details), 采购员 purchaser
 * (builds and submits orders), 审批人 approver (approves orders above the threshold).
 */
export const MEMBER_ROLES = ["admin", "purchaser", "approver"] as const
export type MemberRole = (typeof MEMBER_ROLES)[number]

export const MEMBER_ROLE_LABELS: Record<MemberRole, { zh: string; en: string }> = {
  admin: { zh: "管理员", en: "Administrator" },
  purchaser: { zh: "采购员", en: "Purchaser" },
  approver: { zh: "审批人", en: "Approver" },
}

/** The roles in their canonical order, without duplicates (what is stored). */
export function normaliseMemberRoles(roles: readonly MemberRole[]): MemberRole[] {
  return MEMBER_ROLES.filter((r) => roles.includes(r))
}

/** The national rule: budget units buy not less than 10 % of their canteen food from poverty areas. */
export const DEFAULT_RESERVED_SHARE_PERCENT = 10

/** An approval request's life: pending → approved | rejected | cancelled (each decision recorded). */
export const APPROVAL_STATUSES = ["pending", "approved", "rejected", "cancelled"] as const
export type ApprovalStatus = (typeof APPROVAL_STATUSES)[number]

export const APPROVAL_STATUS_LABELS: Record<ApprovalStatus, { zh: string; en: string }> = {
  pending: { zh: "待审批", en: "Awaiting approval" },
  approved: { zh: "已批准", en: "Approved" },
  rejected: { zh: "已驳回", en: "Rejected" },
  cancelled: { zh: "已撤回", en: "Cancelled" },
}

/**
 * The one figure the approval threshold is compared with: the goods (商品金额, the cart's
 * item_total), not the total with shipping. The purchaser knows it while building the pad
 * (shipping is only chosen at submit), so the pad and the server always agree on whether an
 * order needs an approver; the approver still sees goods, shipping and total on the card.
 */
export const APPROVAL_BASIS = "item_total" as const

/** Whether an order of `amount` CNY of goods (APPROVAL_BASIS) needs an approver: above the threshold; a null threshold never does. */
export function needsApproval(amount: number, threshold: number | null | undefined): boolean {
  if (threshold === null || threshold === undefined) return false
  return amount > threshold
}

/** Where a counted purchase came from: the institution's own cart, or a member's personal order marked 计入单位消费帮扶. */
export const PURCHASE_SOURCES = ["institution", "personal"] as const
export type PurchaseSource = (typeof PURCHASE_SOURCES)[number]

/** Cart metadata key naming the institution an institution cart buys for. */
export const INSTITUTION_CART_METADATA_KEY = "institution_id"

export const INTENT_STATUSES = ["active", "completed", "cancelled"] as const
export type IntentStatus = (typeof INTENT_STATUSES)[number]

export const INTENT_STATUS_LABELS: Record<IntentStatus, string> = {
  active: "执行中",
  completed: "已完成",
  cancelled: "已取消",
}


/**
 * Share of an agreement already ordered (or paid): 0 when nothing, 1 when the promised
 * amount is reached. Not capped: institutions may buy more than they promised (1.2 = 120%).
 * Rounded to 4 decimals so that 0.3333 is what both apps show as 33.33%.
 */
export function intentProgress(done: number, amount: number): number {
  if (!Number.isFinite(done) || !Number.isFinite(amount)) {
    throw new RangeError(`intentProgress: amounts must be finite numbers, got ${done} / ${amount}`)
  }
  if (amount <= 0) return 0
  return Math.round((Math.max(done, 0) / amount) * 10_000) / 10_000
}

/** A period is valid when it ends strictly after it starts. */
export function intentPeriodProblem(start: Date, end: Date): "period_end" | null {
  return end.getTime() > start.getTime() ? null : "period_end"
}

// ---- HTTP shapes ---------------------------------------------------------

export interface InstitutionBuyerDTO {
  id: string
  institution_id: string
  customer_id: string
  roles: MemberRole[]
  customer?: { id: string; email: string; first_name: string | null; last_name: string | null; phone: string | null } | null
}

export interface InstitutionDTO {
  id: string
  name: string
  credit_code: string
  kind: InstitutionKind
  contact_name: string
  contact_phone: string
  address: string
  status: InstitutionStatus
  reviewed_by: string | null
  reviewed_at: string | null
  review_note: string | null
  /** orders above this many CNY need an approver; null: never */
  approval_threshold: number | null
  /** the year's canteen food budget in CNY (the reserved share's base); null: not set */
  annual_canteen_budget: number | null
  /** share of the canteen budget reserved for poverty-area food, percent (default 10) */
  reserved_share_percent: number
  /** 付款条件: 先款后货 (prepay) or 账期 (net, payment_term_days after the last receipt) */
  payment_terms?: "prepay" | "net"
  payment_term_days?: number
  buyers?: InstitutionBuyerDTO[]
  created_at: string
  updated_at: string
}

export interface IntentAgreementDTO {
  id: string
  institution_id: string
  institution?: Pick<InstitutionDTO, "id" | "name" | "kind" | "status">
  county_handle: string
  amount: number
  period_start: string
  period_end: string
  signed_at: string | null
  /** counted from its orders (InstitutionPurchase): placed, paid, accepted on receipt (验收) */
  ordered_amount: number
  paid_amount: number
  delivered_amount: number
  /** ordered_amount / amount, see intentProgress */
  progress: number
  /** paid_amount / amount */
  paid_progress: number
  /** delivered_amount / amount */
  delivered_progress: number
  status: IntentStatus
  note: string | null
  created_at: string
  updated_at: string
}

/** Per-county totals of the (not cancelled) agreements. */
export interface IntentCountyTotal {
  county_handle: string
  agreements: number
  institutions: number
  amount: number
  ordered_amount: number
  paid_amount: number
  progress: number
}

export interface IntentSummary {
  agreements: number
  institutions: number
  counties: number
  amount: number
  ordered_amount: number
  paid_amount: number
  progress: number
  by_county: IntentCountyTotal[]
}
