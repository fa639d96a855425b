/**
 * The producer portal (供应商工作台): what a supplier's members send to and get
 * from `/supplier/*` (backend `src/api/supplier`), and the few rules both apps
 * need (roles, who may write, the price check). The storefront's portal pages
 * and the admin's review inbox read these types; never copy them.
 *
 * Logins: Medusa's emailpass provider with the actor type `supplier`
 * (`POST /auth/supplier/emailpass/register`, `POST /auth/supplier/emailpass`),
 * session or bearer. A registration token (an identity without a member yet)
 * may only call `POST /supplier/applications` and `POST /supplier/invites/accept`.
 */
import type { CertificateEvidence, CertificateStatus } from "./certification"
import type { LinkageMechanism, SupplierStatus, SupplierType } from "./supplier"

/** The actor type of supplier members in Medusa's auth (`/auth/supplier/…`, `auth_context.actor_type`). */
export const SUPPLIER_ACTOR_TYPE = "supplier"

export const SUPPLIER_MEMBER_ROLES = ["owner", "staff"] as const
export type SupplierMemberRole = (typeof SUPPLIER_MEMBER_ROLES)[number]

export const SUPPLIER_MEMBER_ROLE_LABELS: Record<SupplierMemberRole, { zh: string; en: string }> = {
  owner: { zh: "负责人", en: "Owner" },
  staff: { zh: "员工", en: "Staff" },
}

export const SUPPLIER_MEMBER_STATUSES = ["active", "disabled"] as const
export type SupplierMemberStatus = (typeof SUPPLIER_MEMBER_STATUSES)[number]

export const SUPPLIER_INVITE_STATUSES = ["pending", "accepted", "revoked"] as const
export type SupplierInviteStatus = (typeof SUPPLIER_INVITE_STATUSES)[number]

/** Days an invitation stays open. */
export const SUPPLIER_INVITE_DAYS = 7

export const PRODUCT_CHANGE_KINDS = ["new_listing", "update"] as const
export type ProductChangeKind = (typeof PRODUCT_CHANGE_KINDS)[number]

export const PRODUCT_CHANGE_STATUSES = ["pending", "approved", "rejected"] as const
export type ProductChangeStatus = (typeof PRODUCT_CHANGE_STATUSES)[number]

export const PRODUCT_CHANGE_STATUS_LABELS: Record<ProductChangeStatus, { zh: string; en: string }> = {
  pending: { zh: "待审核", en: "Pending review" },
  approved: { zh: "已通过", en: "Approved" },
  rejected: { zh: "已驳回", en: "Rejected" },
}

/** The fields of a live listing that go to the operator as a change request (price and stock apply at once). */
export const REVIEWED_PRODUCT_FIELDS = ["title", "description", "images"] as const
export type ReviewedProductField = (typeof REVIEWED_PRODUCT_FIELDS)[number]

/** Uploads the portal accepts (checked by content, not by name). */
export const SUPPLIER_UPLOAD_MIME_TYPES = ["image/jpeg", "image/png", "image/webp", "application/pdf"] as const
export type SupplierUploadMimeType = (typeof SUPPLIER_UPLOAD_MIME_TYPES)[number]
/**
 * Largest upload per file (pictures, licences, evidence; from the portals and the admin) unless the
 * backend's FILE_UPLOAD_MAX_BYTES says otherwise: 10 MiB, so a phone's photo of a licence fits.
 */
export const FILE_UPLOAD_MAX_BYTES_DEFAULT = 10 * 1024 * 1024

/** Stock at or below this is "low" on the Today page. */
export const LOW_STOCK_THRESHOLD = 10
/** the highest low-stock threshold a producer may set */
export const LOW_STOCK_THRESHOLD_MAX = 100_000

/** POST /supplier/stock/threshold */
export interface SupplierSetLowStockThresholdRequest {
  low_stock_threshold: number
}

/** Default price-check margin: a price more than 20 % above the marketplace average is flagged. */
export const PRICE_CHECK_DEFAULT_MARGIN = 0.2

/**
 * What the portal lets a member do, by its supplier's status:
 * - `application`: pending or rejected — only the application's status is visible;
 * - `read_only`: suspended — everything readable, every write answers 403 naming why;
 * - `active`: approved.
 */
export type SupplierPortalMode = "application" | "read_only" | "active"

export function supplierPortalMode(status: SupplierStatus): SupplierPortalMode {
  if (status === "approved") return "active"
  if (status === "suspended") return "read_only"
  return "application"
}

/**
 * The price check (a certification test: a price must not exceed the market
 * average for the same spec): whether `price` is more than `margin` above
 * `average`. No average (nothing comparable on sale) flags nothing.
 */
export function isAboveMarket(price: number, average: number | null, margin: number = PRICE_CHECK_DEFAULT_MARGIN): boolean {
  if (average === null || !(average > 0)) return false
  return price > average * (1 + margin)
}

// ───────────────────────────── accounts ─────────────────────────────

export interface SupplierMemberDTO {
  id: string
  email: string
  name: string | null
  phone: string | null
  role: SupplierMemberRole
  status: SupplierMemberStatus
  supplier_id: string
  created_at: string
}

/** A document uploaded with an application or as certification evidence (a file id from POST /supplier/uploads). */
export interface SupplierDocument {
  title: string
  file_id: string
  url: string
}

/** The supplier as its own members see it (its private fields included, never another supplier's). */
export interface SupplierPortalSupplier {
  id: string
  legal_name: string
  credit_code: string
  type: SupplierType
  county_handle: string
  county_name: string | null
  township_id: string | null
  township_name: string | null
  village_id: string | null
  contact_name: string | null
  contact_phone: string | null
  description: string | null
  households_bound: number
  people_bound: number
  mechanisms: LinkageMechanism[]
  linkage_note: string | null
  employees: number | null
  documents: SupplierDocument[]
  status: SupplierStatus
  /** the operator's reason for a rejection or suspension (or an approval note) */
  review_note: string | null
  reviewed_at: string | null
  applied_at: string | null
  auto_approve: boolean
  /** 今日 warns of a size whose stock is at or below this many (LOW_STOCK_THRESHOLD unless the producer changed it) */
  low_stock_threshold: number
  mode: SupplierPortalMode
  organic_certificates: Array<{ id: string; number: string; issuer: string; product_scope: string; issued_on: string; expires_on: string | null }>
}

/** POST /supplier/applications — with the registration token of `POST /auth/supplier/emailpass/register`. */
export interface SupplierApplicationRequest {
  /** 法定名称 */
  legal_name: string
  /** 统一社会信用代码, checked like the admin's (format, check character, not yet registered) */
  credit_code: string
  type: SupplierType
  county_handle: string
  township_id: string
  village_id?: string | null
  contact_name: string
  contact_phone: string
  description?: string | null
  /** 利益联结: households and people bound, how, and in the applicant's words */
  households_bound: number
  people_bound: number
  mechanisms: LinkageMechanism[]
  linkage_note?: string | null
  employees?: number | null
  organic_certificates?: Array<{ number: string; issuer: string; product_scope: string; issued_on: string; expires_on?: string | null }>
  /** file ids from POST /supplier/uploads (licence, linkage proof …) */
  documents?: Array<{ title: string; file_id: string }>
  /** the owner member's name and phone (the e-mail is the login's) */
  member: { name: string; phone?: string | null }
}

export interface SupplierApplicationResponse {
  supplier: SupplierPortalSupplier
  member: SupplierMemberDTO
}

/** GET /supplier/me — any member, whatever the supplier's status. */
export interface SupplierMeResponse {
  member: SupplierMemberDTO
  supplier: SupplierPortalSupplier
}

export interface SupplierInviteDTO {
  id: string
  email: string
  role: SupplierMemberRole
  status: SupplierInviteStatus
  expires_at: string
  accepted_at: string | null
  created_at: string
}

/** GET /supplier/members — owners and staff alike may read. */
export interface SupplierMembersResponse {
  members: SupplierMemberDTO[]
  invites: SupplierInviteDTO[]
}

/** POST /supplier/members/:id — owners only: disable or re-enable a member, change its role (an owner cannot demote or disable itself). */
export interface SupplierUpdateMemberRequest {
  role?: SupplierMemberRole
  status?: SupplierMemberStatus
}
export interface SupplierMemberResponse {
  member: SupplierMemberDTO
}

/** POST /supplier/invites — owners only; the invitee receives an e-mail with a link carrying the token. */
export interface SupplierCreateInviteRequest {
  email: string
  role?: SupplierMemberRole
}
export interface SupplierInviteResponse {
  invite: SupplierInviteDTO
}

/** POST /supplier/invites/accept — with the invitee's registration token (register first with the invited e-mail). */
export interface SupplierAcceptInviteRequest {
  token: string
  name: string
  phone?: string | null
}
export interface SupplierAcceptInviteResponse {
  member: SupplierMemberDTO
}

// ───────────────────────────── today ─────────────────────────────

/** GET /supplier/today — the portal's first page. Amounts in yuan (CNY). */
export interface SupplierTodayResponse {
  /** how many orders hold lines of this supplier not yet fully shipped */
  orders_to_ship_count: number
  /** the oldest few of them, oldest first */
  orders_to_ship: Array<{ id: string; display_id: number; created_at: string; buyer: "shopper" | "institution"; lines: number; quantity: number }>
  low_stock: Array<{ product_id: string; product_title: string; variant_id: string; variant_title: string; sku: string | null; stock: number }>
  /** the supplier's own threshold the list above uses */
  low_stock_threshold: number
  certificates_expiring: Array<{ id: string; number: string; product_id: string | null; product_title: string | null; expires_at: string; days_left: number }>
  month_sales: { month: string; amount: number; orders: number; quantity: number }
  /** from the impact ledger: households its sales supported (all time and this month) */
  households_supported: { total: number; this_month: number; amount_total: number }
}

// ───────────────────────────── listings ─────────────────────────────

export interface SupplierProductImage {
  url: string
  /** set when the image was uploaded through POST /supplier/uploads */
  file_id?: string | null
}

/** Where a price stands against the marketplace average of the same kind (category) and unit (weight per pack). */
export interface SupplierPriceCheck {
  variant_id: string
  price: number
  /** average price of published products of the same kind and unit, other suppliers' and this one's other listings; null when none */
  market_average: number | null
  /** how many variants the average is over */
  compared: number
  /** the margin used (e.g. 0.2 for 20 %) */
  margin: number
  above_market: boolean
}

export interface SupplierVariantDTO {
  id: string
  title: string
  sku: string | null
  /** grams per pack */
  weight_g: number | null
  /** 规格: the pack as shown, e.g. 250g, 1kg×2 */
  pack: string
  /** yuan */
  price: number
  stock: number
}

export interface SupplierProductDTO {
  id: string
  handle: string
  title: string
  description: string | null
  /** Medusa product status: proposed (awaiting the operator), draft (approved, not on sale), published (on sale), rejected */
  status: "proposed" | "draft" | "published" | "rejected"
  /** on the storefront now: published, certified, supplier approved */
  on_sale: boolean
  category_handle: string | null
  thumbnail: string | null
  images: SupplierProductImage[]
  variants: SupplierVariantDTO[]
  certificate: { id: string; number: string; status: CertificateStatus; expires_at: string; status_reason: string | null } | null
  /** the newest pending change request, if any */
  pending_change: SupplierChangeRequestDTO | null
  created_at: string
  updated_at: string
}

export interface SupplierVariantInput {
  /** absent: a new variant */
  id?: string
  pack: string
  weight_g: number
  /** yuan, at most two decimals */
  price: number
  stock: number
  sku?: string | null
}

/** POST /supplier/products — a new listing, created `proposed` with a `new_listing` change request for the operator. */
export interface SupplierCreateProductRequest {
  title: string
  description?: string | null
  /** a category handle of the marketplace (kind of product) */
  category_handle: string
  /** file ids from POST /supplier/uploads, or URLs already served by the file module */
  images?: Array<{ file_id: string } | { url: string }>
  variants: SupplierVariantInput[]
}

/**
 * POST /supplier/products/:id — title/description/images: on a live listing
 * (draft or published) a change request (applied at once when the supplier has
 * `auto_approve`); on a proposed or rejected one, applied directly (it is
 * under review anyway, and a rejected one goes back to `proposed`). Variants'
 * price and stock apply at once; new variants are added.
 */
export interface SupplierUpdateProductRequest {
  title?: string
  description?: string | null
  images?: Array<{ file_id: string } | { url: string }>
  variants?: SupplierVariantInput[]
}

export interface SupplierProductResponse {
  product: SupplierProductDTO
  price_check: SupplierPriceCheck[]
  /** what this request did with title/description/images: nothing, applied, or sent for review */
  change?: { outcome: "none" | "applied" | "review"; request: SupplierChangeRequestDTO | null }
}

export interface SupplierProductListResponse {
  products: SupplierProductDTO[]
  count: number
  offset: number
  limit: number
}

export interface SupplierChangeRequestDTO {
  id: string
  product_id: string
  kind: ProductChangeKind
  changes: { title?: string; description?: string | null; images?: SupplierProductImage[] }
  previous: { title?: string; description?: string | null; images?: SupplierProductImage[] } | null
  status: ProductChangeStatus
  reason: string | null
  reviewed_at: string | null
  created_at: string
}

/** GET /supplier/change-requests — this supplier's, newest first. */
export interface SupplierChangeRequestListResponse {
  change_requests: SupplierChangeRequestDTO[]
  count: number
  offset: number
  limit: number
}

// ───────────────────────────── uploads ─────────────────────────────

export interface SupplierUploadedFile {
  id: string
  url: string
  mime_type: SupplierUploadMimeType
  size: number
}

/** POST /supplier/uploads — multipart/form-data, field `files` (one or more). */
export interface SupplierUploadResponse {
  files: SupplierUploadedFile[]
}

// ───────────────────────────── stock ─────────────────────────────

/** POST /supplier/stock — set the stock of this supplier's variants (absolute quantities). */
export interface SupplierSetStockRequest {
  items: Array<{ variant_id: string; stock: number }>
}
export interface SupplierSetStockResponse {
  variants: Array<{ variant_id: string; sku: string | null; stock: number }>
}

/**
 * POST /supplier/stock/import — multipart/form-data, field `file`: CSV or XLSX
 * with columns `sku` (or `variant_id`) and `stock`. Good rows are applied, bad
 * rows reported; nothing of another supplier is touched.
 */
export interface SupplierStockImportRow {
  /** the row in the file, 1 = the header */
  row: number
  sku: string | null
  variant_id: string | null
  stock: number | null
  outcome: "updated" | "unchanged" | "error"
  /** why a row was refused, in Chinese and English */
  message: string | null
}
export interface SupplierStockImportResponse {
  rows: SupplierStockImportRow[]
  updated: number
  errors: number
}

// ───────────────────────────── certification ─────────────────────────────

/** POST /supplier/certifications — apply (申请认定) for one of its products, or renew its certificate before expiry. */
export interface SupplierApplyCertificationRequest {
  product_id: string
  /** evidence: quality report, linkage proof … (file ids from POST /supplier/uploads) */
  evidence: Array<{ title: string; file_id: string }>
  note?: string | null
}

export interface SupplierCertificationDTO {
  id: string
  number: string
  status: CertificateStatus
  /** the operator's reason for the current status (suspension, revocation …) */
  status_reason: string | null
  issued_at: string
  expires_at: string
  days_left: number
  /** certified and expiring within 30 days: time to renew */
  renew_due: boolean
  /** a renewal request is waiting for the operator */
  renewal_requested: boolean
  evidence: CertificateEvidence[]
  product: { id: string; title: string } | null
  events: Array<{ action: string; to_status: CertificateStatus; reason: string | null; created_at: string }>
  created_at: string
}

export interface SupplierCertificationResponse {
  certification: SupplierCertificationDTO
  /** apply: a new certificate (applied); renew: the renewal was requested on the existing one */
  outcome: "applied" | "renewal_requested"
}

export interface SupplierCertificationListResponse {
  certifications: SupplierCertificationDTO[]
}

// ───────────────────────────── orders ─────────────────────────────

export interface SupplierOrderLine {
  id: string
  product_id: string
  variant_id: string
  title: string
  variant_title: string | null
  sku: string | null
  quantity: number
  /** quantity already in this supplier's fulfilments */
  fulfilled_quantity: number
  shipped_quantity: number
  /** yuan */
  unit_price: number
  total: number
}

import type { ShipmentReceiptDTO } from "./receiving"

export interface SupplierFulfillmentDTO {
  id: string
  created_at: string
  shipped_at: string | null
  lot_number: string
  origin_village: string
  carrier: string | null
  tracking_number: string | null
  /** handed to a service station for pickup (电商服务站) */
  station_id: string | null
  items: Array<{ line_item_id: string; quantity: number }>
  /** the institution's 验收 of it (institution orders; who confirmed is not shown to the supplier), null until confirmed */
  receipt: ShipmentReceiptDTO | null
}

export interface SupplierOrderDTO {
  id: string
  display_id: number
  created_at: string
  /** a shopper's order or an institution's (bulk, against an intent agreement) */
  buyer: "shopper" | "institution"
  /** the institution of an institutional order (机构采购), else null */
  institution_name: string | null
  /** the service station the buyer picks it up from (电商服务站自提), else null */
  pickup_station_id: string | null
  /** where to send it: recipient, phone and address, or the pickup station */
  ship_to: { name: string; phone: string | null; address: string } | null
  /** only this supplier's lines, never another's */
  lines: SupplierOrderLine[]
  fulfillments: SupplierFulfillmentDTO[]
  /** to_ship: something left to ship; shipped: all its lines shipped; canceled */
  status: "to_ship" | "shipped" | "canceled"
  /** yuan, its own lines only */
  total: number
  /** an institution on 先款后货 has not paid yet: nothing may ship (only on GET /supplier/orders/:id) */
  awaiting_prepayment?: boolean
}

export interface SupplierOrderResponse {
  order: SupplierOrderDTO
}

export interface SupplierOrderListResponse {
  orders: SupplierOrderDTO[]
  count: number
  offset: number
  limit: number
}

/**
 * POST /supplier/orders/:id/fulfillments — ship some of its own lines:
 * Medusa's fulfilment, then its shipment, for just these lines. Either a
 * carrier's tracking number or a service station for pickup.
 */
export interface SupplierCreateFulfillmentRequest {
  items: Array<{ line_item_id: string; quantity: number }>
  /** 批次号 */
  lot_number: string
  /** 产地 village (traceability) */
  origin_village: string
  carrier?: string | null
  tracking_number?: string | null
  station_id?: string | null
}

/** What the shopper's order answer shows of each supplier's shipment (fulfilment metadata). */
export interface OrderShipmentTrace {
  supplier_id: string
  supplier_name: string
  lot_number: string
  origin_village: string
  carrier: string | null
  tracking_number: string | null
  station_id: string | null
}

/** A fulfilment's supplier trace (what the supplier recorded when it shipped), or null when it has none. */
export function shipmentTrace(fulfillment: { metadata?: Record<string, unknown> | null }): OrderShipmentTrace | null {
  const m = fulfillment.metadata
  const str = (v: unknown) => (typeof v === "string" && v.trim() ? v.trim() : null)
  const lot = str(m?.lot_number)
  if (!m || !lot) return null
  return {
    supplier_id: str(m.supplier_id) ?? "",
    supplier_name: str(m.supplier_name) ?? "",
    lot_number: lot,
    origin_village: str(m.origin_village) ?? "",
    carrier: str(m.carrier),
    tracking_number: str(m.tracking_number),
    station_id: str(m.station_id),
  }
}

/** The supplier traces of an order's fulfilments, in order, skipping those without one. */
export function shipmentTraces(fulfillments: ReadonlyArray<{ metadata?: Record<string, unknown> | null } | null | undefined> | null | undefined): OrderShipmentTrace[] {
  return (fulfillments ?? []).flatMap((f) => {
    const t = f ? shipmentTrace(f) : null
    return t ? [t] : []
  })
}
