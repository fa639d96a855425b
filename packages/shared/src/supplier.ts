/**
 * Suppliers (供应商): the enterprises, cooperatives, family farms and
 * poverty-alleviation workshops (扶贫车间) behind every product, their approval
 * status, and their household linkage (利益联结, "双绑"). Pure rules and HTTP
 * types shared by the backend, its admin pages and the storefront.
 */

export const SUPPLIER_TYPES = ["enterprise", "cooperative", "family_farm", "workshop"] as const
export type SupplierType = (typeof SUPPLIER_TYPES)[number]

export const SUPPLIER_TYPE_LABELS: Record<SupplierType, { zh: string; en: string }> = {
  enterprise: { zh: "企业", en: "Enterprise" },
  cooperative: { zh: "农民专业合作社", en: "Cooperative" },
  family_farm: { zh: "家庭农场", en: "Family farm" },
  workshop: { zh: "扶贫车间", en: "Poverty-alleviation workshop" },
}

export const SUPPLIER_STATUSES = ["pending", "approved", "rejected", "suspended"] as const
export type SupplierStatus = (typeof SUPPLIER_STATUSES)[number]

export const SUPPLIER_STATUS_LABELS: Record<SupplierStatus, { zh: string; en: string }> = {
  pending: { zh: "待审核", en: "Pending review" },
  approved: { zh: "已通过", en: "Approved" },
  rejected: { zh: "已驳回", en: "Rejected" },
  suspended: { zh: "已暂停", en: "Suspended" },
}

/** 利益联结机制: how registered poor households are bound to a supplier. */
export const LINKAGE_MECHANISMS = ["employment", "dividend", "purchase_contract", "land_lease", "other"] as const
export type LinkageMechanism = (typeof LINKAGE_MECHANISMS)[number]

export const LINKAGE_MECHANISM_LABELS: Record<LinkageMechanism, { zh: string; en: string }> = {
  employment: { zh: "务工就业", en: "Employment" },
  dividend: { zh: "入股分红", en: "Dividends" },
  purchase_contract: { zh: "订单收购", en: "Purchase contracts" },
  land_lease: { zh: "土地流转", en: "Land lease" },
  other: { zh: "其他", en: "Other" },
}

/** Review actions an operator can take on a supplier. */
export const SUPPLIER_ACTIONS = ["approve", "reject", "suspend", "reinstate"] as const
export type SupplierAction = (typeof SUPPLIER_ACTIONS)[number]

export const SUPPLIER_ACTION_LABELS: Record<SupplierAction, { zh: string; en: string }> = {
  approve: { zh: "通过", en: "Approve" },
  reject: { zh: "驳回", en: "Reject" },
  suspend: { zh: "暂停", en: "Suspend" },
  reinstate: { zh: "恢复", en: "Reinstate" },
}

/**
 * The status machine: pending → approved | rejected; approved ⇄ suspended.
 * A rejected supplier stays rejected (it applies again as a new supplier).
 */
const TRANSITIONS: Record<SupplierAction, { from: SupplierStatus; to: SupplierStatus }> = {
  approve: { from: "pending", to: "approved" },
  reject: { from: "pending", to: "rejected" },
  suspend: { from: "approved", to: "suspended" },
  reinstate: { from: "suspended", to: "approved" },
}

const PAST: Record<SupplierAction, string> = {
  approve: "approved",
  reject: "rejected",
  suspend: "suspended",
  reinstate: "reinstated",
}

export type SupplierTransition = { ok: true; to: SupplierStatus } | { ok: false; message: string }

/** Where `action` takes a supplier in `status`, or why it cannot. */
export function supplierTransition(status: SupplierStatus, action: SupplierAction): SupplierTransition {
  const rule = TRANSITIONS[action]
  if (rule.from !== status) {
    return {
      ok: false,
      message: `cannot ${action} a supplier that is ${status} (${SUPPLIER_STATUS_LABELS[status].zh}): only a ${rule.from} supplier can be ${PAST[action]}`,
    }
  }
  return { ok: true, to: rule.to }
}

/** The actions open to a supplier in `status` (the buttons the admin shows). */
export function supplierActions(status: SupplierStatus): SupplierAction[] {
  return SUPPLIER_ACTIONS.filter((a) => TRANSITIONS[a].from === status)
}

/** Months of the year (1–12) a supply/demand file's season may list. */
export function isValidSeason(months: readonly number[]): boolean {
  return months.every((m) => Number.isInteger(m) && m >= 1 && m <= 12) && new Set(months).size === months.length
}

/** What the storefront may see of an approved supplier: never the contact, never the credit code. */
export interface StoreSupplier {
  id: string
  legal_name: string
  type: SupplierType
  is_key: boolean
  county_handle: string
  county_name: string | null
  township_id: string | null
  township_name: string | null
  description: string | null
  households_bound: number
  people_bound: number
  mechanisms: LinkageMechanism[]
  /** workshops only: people employed */
  employees: number | null
  organic_certificates: Array<{ number: string; issuer: string; product_scope: string; expires_on: string | null }>
  products: Array<{ id: string; handle: string }>
}

/** A supplier's public fields: what the store may show (never the contact, the credit code or review notes). */
export const SUPPLIER_PUBLIC_FIELDS = [
  "id",
  "legal_name",
  "type",
  "is_key",
  "county_handle",
  "township_id",
  "description",
  "households_bound",
  "people_bound",
  "mechanisms",
  "employees",
] as const

/**
 * What the storefront may read of a product's supplier (`supplier.<field>`): the public fields, and
 * `status` so that the backend can check the supplier is approved; it removes the field (or the whole
 * supplier, when not approved) before answering.
 */
export const STORE_PRODUCT_SUPPLIER_FIELDS = [...SUPPLIER_PUBLIC_FIELDS, "status"] as const

/** A product's approved supplier as the store sees it (the fields above, without `status`). */
export interface StoreProductSupplier {
  id: string
  legal_name: string
  type: SupplierType
  is_key?: boolean
  county_handle: string
  township_id?: string | null
  description?: string | null
  households_bound: number
  people_bound?: number
  mechanisms?: LinkageMechanism[] | null
  employees?: number | null
}

export interface StoreSupplierResponse {
  supplier: StoreSupplier
}

export interface StoreSupplierListResponse {
  suppliers: StoreSupplier[]
  count: number
  offset: number
  limit: number
}

export interface OrganicCertificate {
  id: string
  supplier_id: string
  number: string
  issuer: string
  product_scope: string
  issued_on: string
  expires_on: string | null
}

export interface SupplyDemandFile {
  id: string
  supplier_id: string
  products: string[]
  yearly_capacity_tonnes: number
  season_months: number[]
  minimum_order_quantity: number
  minimum_order_unit: string
  unmet_demand: string | null
  updated_at: string
}

/** The writable fields of a supplier, as the admin API and the workflows take them. */
export interface SupplierFields {
  legal_name: string
  credit_code: string
  type: SupplierType
  is_key: boolean
  county_handle: string
  township_id: string | null
  village_id: string | null
  contact_name: string | null
  contact_phone: string | null
  description: string | null
  households_bound: number
  people_bound: number
  mechanisms: LinkageMechanism[]
  employees: number | null
}

/** The admin's full view of a supplier, private fields included. */
export interface AdminSupplier extends SupplierFields {
  id: string
  status: SupplierStatus
  reviewed_by: string | null
  reviewed_at: string | null
  review_note: string | null
  demo: boolean
  /** 利益联结 in the applicant's words (online applications) */
  linkage_note?: string | null
  /** documents uploaded with an online application */
  documents?: Array<{ title: string; file_id: string; url: string }> | null
  /** when the producer applied through the portal; null when an operator registered it */
  applied_at?: string | null
  /** changes to its live listings apply without review */
  auto_approve?: boolean
  created_at: string
  updated_at: string
  organic_certificates?: OrganicCertificate[]
  supply_demand_file?: SupplyDemandFile | null
  products?: Array<{ id: string; handle: string; title: string; status: string }>
  /** names of the county, township and village, resolved by the backend */
  county_name?: string | null
  township_name?: string | null
  village_name?: string | null
  /** the review actions open to the supplier now (see supplierActions) */
  actions?: SupplierAction[]
}

export interface AdminSupplierResponse {
  supplier: AdminSupplier
}

export interface AdminSupplierListResponse {
  suppliers: AdminSupplier[]
  count: number
  offset: number
  limit: number
}
