/**
 * The institution portal's HTTP contract: request and response shapes of every
 * `/store/institution/*` route (backend) that the portal pages (storefront) call.
 * Money is CNY in yuan (numbers with at most 2 decimals), dates are ISO strings.
 * Every route needs a logged-in customer (session or bearer) who is a member of
 * an institution; a non-member gets 403 `{ message }`, another institution's
 * record answers 404 like a missing one.
 */
import type { PadPriceTierDTO } from "./institution-prices"
import type { ApprovalStatus, InstitutionKind, InstitutionStatus, IntentStatus, MemberRole } from "./institution"
import type { PurchaserBudgetDTO } from "./institution-lists"
import type { OrderShipmentTrace } from "./supplier-portal"

// ---- limits and names both apps use ---------------------------------------

/** Most lines one pad request or uploaded file may carry (there is no per-line quantity cap). */
export const PAD_MAX_LINES = 2000

/** Column headers of the order-pad template, in order (the upload also accepts the aliases below). */
export const PAD_TEMPLATE_COLUMNS = [
  { key: "sku", header: "商品编码/SKU", required: true },
  { key: "quantity", header: "数量", required: true },
  { key: "requested_delivery_date", header: "要求送达日期", required: false },
  { key: "canteen", header: "收货食堂", required: false },
] as const
export type PadColumn = (typeof PAD_TEMPLATE_COLUMNS)[number]["key"]

/** Header spellings accepted in an uploaded file (compared trimmed, case-insensitive). */
export const PAD_HEADER_ALIASES: Record<PadColumn, readonly string[]> = {
  sku: ["商品编码/sku", "商品编码", "sku", "编码"],
  quantity: ["数量", "quantity", "qty"],
  requested_delivery_date: ["要求送达日期", "送达日期", "requested_delivery_date", "delivery date"],
  canteen: ["收货食堂", "食堂", "canteen"],
}

/** Cart metadata key a member sets on a personal cart to count it toward the institution's reserved share (计入单位消费帮扶). */
export const PERSONAL_SUPPORT_METADATA_KEY = "counts_for_institution"

/** Line-item metadata keys the pad writes. */
export const PAD_LINE_METADATA = { requested_delivery_date: "requested_delivery_date", canteen: "canteen" } as const

// ---- problems with a pad line or an uploaded row ---------------------------

export const PAD_PROBLEMS = [
  "missing",
  "not_a_number",
  "not_whole",
  "unknown_sku",
  "not_certified",
  "not_on_sale",
  "out_of_stock",
  "below_minimum",
  "not_pack_multiple",
  "duplicate",
  "bad_date",
  "too_long",
] as const
export type PadProblem = (typeof PAD_PROBLEMS)[number]

export const PAD_PROBLEM_LABELS: Record<PadProblem, { zh: string; en: string }> = {
  missing: { zh: "必填项为空", en: "required value missing" },
  not_a_number: { zh: "数量不是数字", en: "quantity is not a number" },
  not_whole: { zh: "数量须为正整数", en: "quantity must be a positive whole number" },
  unknown_sku: { zh: "商品编码不存在", en: "unknown SKU" },
  not_certified: { zh: "商品未认定或认定已失效", en: "product not certified (or no longer)" },
  not_on_sale: { zh: "商品已下架", en: "product not on sale" },
  out_of_stock: { zh: "库存不足", en: "not enough stock" },
  below_minimum: { zh: "低于最小起订量", en: "below the minimum order quantity" },
  not_pack_multiple: { zh: "须为包装数的整数倍", en: "not a multiple of the pack size" },
  duplicate: { zh: "重复行", en: "duplicate row" },
  bad_date: { zh: "送达日期无效（须为今天之后的日期，格式 2026-12-31）", en: "invalid delivery date (a future date, 2026-12-31)" },
  too_long: { zh: "内容过长", en: "value too long" },
}

/** One bad line: `row` is the line's 1-based position in the request, or its row number in the file (header = row 1). */
export interface PadRowProblemDTO {
  row: number
  field: "sku" | "variant_id" | "quantity" | "requested_delivery_date" | "canteen"
  reason: PadProblem
  /** zh + en sentence naming the value and the limit, e.g. "库存不足：现有 12 / not enough stock: 12 left" */
  message: string
}

/** 400 body of `POST /store/institution/carts/:id/lines` when any line is bad (nothing was added). */
export interface PadLinesErrorResponse {
  message: string
  rows: PadRowProblemDTO[]
}

// ---- GET /store/institution/me ---------------------------------------------

export interface InstitutionSettingsDTO {
  /** orders above this many CNY need an approver; null: never */
  approval_threshold: number | null
  annual_canteen_budget: number | null
  reserved_share_percent: number
}

export interface PortalInstitutionDTO extends InstitutionSettingsDTO {
  id: string
  name: string
  kind: InstitutionKind
  status: InstitutionStatus
  contact_name: string
  contact_phone: string
  /** the canteen address institution carts ship to (one address until the canteen address book) */
  address: string
}

export interface PortalPersonDTO {
  id: string
  email: string | null
  first_name: string | null
  last_name: string | null
}

export interface PortalMemberDTO {
  id: string
  customer_id: string
  institution_id: string
  roles: MemberRole[]
  customer: PortalPersonDTO | null
  /** 月度预算 in CNY per Beijing calendar month; null: none */
  monthly_budget: number | null
}

export interface StoreInstitutionMeResponse {
  member: PortalMemberDTO
  institution: PortalInstitutionDTO
}

// ---- GET /store/institution/dashboard --------------------------------------

export interface PortalAgreementDTO {
  id: string
  county_handle: string
  county_name: string
  amount: number
  ordered_amount: number
  paid_amount: number
  /** accepted on receipt (验收): only accepted quantities count as delivered */
  delivered_amount: number
  /** ordered_amount / amount (see intentProgress); paid_progress: paid_amount / amount; delivered_progress: delivered_amount / amount */
  progress: number
  paid_progress: number
  delivered_progress: number
  period_start: string
  period_end: string
  /** whole days until period_end (0 once it has passed) */
  days_left: number
  status: IntentStatus
}

export interface ReservedShareMonthDTO {
  /** "2026-03" */
  month: string
  institution: number
  personal: number
}

export interface ReservedShareDTO {
  year: number
  annual_canteen_budget: number | null
  reserved_share_percent: number
  /** budget × percent; null while no budget is set */
  target: number | null
  /** institution orders counted this year (every county, with or without an agreement) */
  counted: number
  /** members' personal orders marked 计入单位消费帮扶, shown separately */
  counted_personal: number
  /** (counted + counted_personal) / target, 0 without a target */
  progress: number
  by_month: ReservedShareMonthDTO[]
}

export interface PortalCountyAmountDTO {
  county_handle: string
  county_name: string
  amount: number
}

export interface PortalImpactDTO {
  /** households supported by the institution's counted orders (impact ledger), over all counties */
  households: number
  amount: number
  by_county: Array<PortalCountyAmountDTO & { households: number }>
}

export interface StoreInstitutionDashboardResponse {
  institution: PortalInstitutionDTO
  agreements: PortalAgreementDTO[]
  reserved_share: ReservedShareDTO
  approvals_pending: PortalApprovalDTO[]
  recent_orders: PortalOrderDTO[]
  impact: PortalImpactDTO
  /** the caller's 月度预算 this month, for a purchaser (null for other roles) */
  my_budget: PurchaserBudgetDTO | null
}

// ---- carts -----------------------------------------------------------------

/** POST /store/institution/carts: no body fields; returns the purchaser's open institution cart, or a new one (201). */
export type StoreCreateInstitutionCartRequest = Record<string, never>

export interface PortalCartLineDTO {
  id: string
  variant_id: string | null
  product_id: string | null
  sku: string | null
  product_title: string | null
  variant_title: string | null
  quantity: number
  unit_price: number
  total: number
  county_handle: string | null
  requested_delivery_date: string | null
  canteen: string | null
}

export interface PortalCartDTO {
  id: string
  institution_id: string
  currency_code: string
  items: PortalCartLineDTO[]
  /** 商品金额: what the lines cost; the approval threshold compares this (APPROVAL_BASIS) */
  item_total: number
  /** 运费: null (待定) until a delivery is chosen, which happens at submit */
  shipping_total: number | null
  /** 合计 = goods + shipping; null while shipping is not known */
  total: number | null
  /** true while an approval request is pending: nothing can be added, changed, removed or completed */
  frozen: boolean
  /** the latest approval request of this cart (pending, or rejected with its note), if any */
  approval: PortalApprovalDTO | null
  /** whether submitting it now needs an approver (goods, item_total, above the institution's threshold) */
  needs_approval: boolean
  /** the canteen and date chosen for this order (null until chosen) */
  delivery: PortalDeliveryDTO | null
  /** per county: this cart's amount, and the agreement it would count toward */
  by_county: Array<PortalCountyAmountDTO & { agreement_id: string | null; agreement_remaining: number | null }>
}

export interface StoreInstitutionCartResponse {
  cart: PortalCartDTO
}

// ---- GET /store/institution/pad/variants?q=&sku= ---------------------------

export interface StorePadVariantsQuery {
  /** product title search (name, pinyin or initials as the store search understands) */
  q?: string
  /** one SKU or several, comma-separated (exact, case-insensitive) */
  sku?: string
  limit?: number
}

export interface PadVariantDTO {
  variant_id: string
  sku: string | null
  product_id: string
  product_title: string
  variant_title: string | null
  /** quantities must be a multiple of this: product metadata pack_size (1 when the product sets none) */
  pack_size: number
  /** the smallest quantity one line may order: product metadata min_order_quantity (1 when none) */
  min_quantity: number
  /**
   * the supplier's supply/demand file minimum (a whole wholesale order, e.g. 50 公斤), with the units of
   * this variant it comes to, zh + en; shown, not enforced per line (see the backend's lib/institution/provenance.ts)
   */
  min_order_note: string | null
  /** the price that will be charged per unit, CNY (at quantity 1; in a checked line, at the line's quantity) */
  unit_price: number | null
  /**
   * this member's price from each quantity on (institutional price lists and their quantity breaks),
   * sorted by min_quantity, the first at 1; absent or empty: unit_price at any quantity (see unitPriceAt)
   */
  price_tiers?: PadPriceTierDTO[]
  currency_code: string
  /** units available; null when stock is not tracked */
  stock: number | null
  county_handle: string | null
  county_name: string | null
  supplier_name: string | null
  certified: boolean
  on_sale: boolean
}

export interface StorePadVariantsResponse {
  variants: PadVariantDTO[]
}

/**
 * GET /store/institution/pad/delivery: the home delivery an order of the pad's goods would
 * get (the cheapest reaching the canteen, priced by the bulk rule on the goods), or null when
 * none reaches it (the order cannot be placed; the message says why).
 */
export interface StorePadDeliveryResponse {
  delivery: {
    name: string
    shipping_total: number
    /** the smallest goods amount (item_total) above this one at which delivery costs less, and its fee there (0: free) */
    cheaper_from: { item_total: number; shipping_total: number } | null
  } | null
  message?: string
}

// ---- POST /store/institution/carts/:id/lines -------------------------------

export interface PadLineInput {
  sku?: string
  variant_id?: string
  quantity: number
  /** "2026-12-31" */
  requested_delivery_date?: string
  canteen?: string
}

export interface StoreAddInstitutionCartLinesRequest {
  lines: PadLineInput[]
  /** true: the cart's lines are replaced by these; otherwise they are added */
  replace?: boolean
}
/** 200: StoreInstitutionCartResponse; 400: PadLinesErrorResponse */

// ---- POST /store/institution/pad/check (multipart field "file": .csv or .xlsx) ----

export interface PadCheckRowDTO {
  /** row number in the file, the header being row 1 */
  row: number
  sku: string
  quantity: number | null
  requested_delivery_date: string | null
  canteen: string | null
  ok: boolean
  reason?: PadProblem
  field?: PadRowProblemDTO["field"]
  message?: string
  variant?: PadVariantDTO
}

export interface StorePadCheckResponse {
  rows: PadCheckRowDTO[]
  /** true when every row is good */
  ok: boolean
  /** number of bad rows */
  errors: number
}

/** GET /store/institution/pad/template?format=csv|xlsx → the file (Chinese headers, PAD_TEMPLATE_COLUMNS). */
export interface StorePadTemplateQuery {
  format?: "csv" | "xlsx"
}

// ---- submit and approvals --------------------------------------------------

/** The three figures an approver and a purchaser see, read from the server's cart or order. */
export interface PortalAmountsDTO {
  /** 商品金额 (goods) */
  item_total: number
  /** 运费; null: 待定 (not chosen yet) */
  shipping_total: number | null
  /** 合计; null while shipping is not known */
  total: number | null
}

export interface PortalApprovalDTO extends PortalAmountsDTO {
  id: string
  cart_id: string
  institution_id: string
  /** the goods amount compared with the threshold when it was submitted (APPROVAL_BASIS) */
  amount: number
  currency_code: string
  status: ApprovalStatus
  requested_by: PortalPersonDTO | null
  decided_by: PortalPersonDTO | null
  decided_at: string | null
  /** the approver's note (required on rejection) */
  note: string | null
  order_id: string | null
  created_at: string
  lines: number
  by_county: PortalCountyAmountDTO[]
  delivery: PortalDeliveryDTO | null
}

/** POST /store/institution/carts/:id/submit (purchaser), no body fields. */
export type StoreSubmitInstitutionCartRequest = Record<string, never>
export type StoreSubmitInstitutionCartResponse =
  | { status: "placed"; order: PortalOrderDTO }
  | { status: "pending_approval"; approval: PortalApprovalDTO }

/** GET /store/institution/approvals?status=&limit=&offset= */
export interface StoreListApprovalsQuery {
  status?: ApprovalStatus
  limit?: number
  offset?: number
}
export interface StoreListApprovalsResponse {
  approvals: PortalApprovalDTO[]
  count: number
  limit: number
  offset: number
}

/** POST /store/institution/approvals/:id/approve (approver, never the requester) */
export interface StoreApproveRequest {
  note?: string
}

/** GET /store/institution/approvals/:id (any member of the institution): the request and the lines it would order. */
export interface StoreApprovalDetailResponse {
  approval: PortalApprovalDTO
  /** the frozen cart's lines, as the purchaser submitted them: what the approver is asked to approve */
  items: PortalCartLineDTO[]
}

export interface StoreApproveResponse {
  approval: PortalApprovalDTO
  order: PortalOrderDTO
}

/** POST /store/institution/approvals/:id/reject (approver): the note is required; the cart is unfrozen */
export interface StoreRejectRequest {
  note: string
}
/** POST /store/institution/approvals/:id/cancel (the requester withdraws it): the cart is unfrozen */
export interface StoreCancelApprovalRequest {
  note?: string
}
export interface StoreApprovalResponse {
  approval: PortalApprovalDTO
}

// ---- GET /store/institution/orders?limit=&offset= --------------------------

export interface PortalOrderDTO {
  id: string
  display_id: number | null
  created_at: string
  status: string
  item_total: number
  shipping_total: number
  total: number
  currency_code: string
  placed_by: PortalPersonDTO | null
  lines: number
  /** what the order bought per county (counted toward agreements / reserved share) */
  by_county: PortalCountyAmountDTO[]
  delivery: PortalDeliveryDTO | null
  /** each supplier's shipment so far (lot, origin, carrier and tracking or station), oldest first */
  shipments: OrderShipmentTrace[]
}

/** GET /store/institution/orders/:id/lines: what an order bought, for 再来一单 (the pad re-checks each line) */
export interface StoreInstitutionOrderLinesResponse {
  order_id: string
  display_id: number | null
  lines: Array<{ variant_id: string | null; sku: string | null; product_title: string | null; variant_title: string | null; quantity: number }>
}

export interface StoreListInstitutionOrdersQuery {
  limit?: number
  offset?: number
}
export interface StoreListInstitutionOrdersResponse {
  orders: PortalOrderDTO[]
  count: number
  limit: number
  offset: number
}

// ---- canteens (收货地址 per 食堂) and the order's delivery --------------------

/** How far ahead a requested delivery date (要求送达日期) may be: today (Kunming time) up to this many days. */
export const MAX_DELIVERY_DAYS = 60

/** Order (and cart) metadata keys of an institution order's delivery: the supplier's view reads these. */
export const INSTITUTION_DELIVERY_METADATA = {
  canteen_id: "delivery_canteen_id",
  canteen: "delivery_canteen",
  address: "delivery_address",
  contact: "delivery_contact",
  requested_delivery_date: "requested_delivery_date",
} as const

/** Today's date in Kunming (Asia/Shanghai, UTC+8, no daylight saving), "2026-12-02". */
export function kunmingToday(now: Date = new Date()): string {
  return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10)
}

/** Why a requested delivery date cannot be used, or null: a real "YYYY-MM-DD", not before today, at most MAX_DELIVERY_DAYS ahead. */
export function deliveryDateProblem(date: string, today: string = kunmingToday()): "invalid" | "past" | "too_far" | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return "invalid"
  const d = Date.parse(`${date}T00:00:00Z`)
  if (Number.isNaN(d) || new Date(d).toISOString().slice(0, 10) !== date) return "invalid"
  const t = Date.parse(`${today}T00:00:00Z`)
  if (d < t) return "past"
  if (d > t + MAX_DELIVERY_DAYS * 86_400_000) return "too_far"
  return null
}

export const DELIVERY_DATE_PROBLEM_LABELS: Record<NonNullable<ReturnType<typeof deliveryDateProblem>>, { zh: string; en: string }> = {
  invalid: { zh: "要求送达日期无效，格式如 2026-12-31", en: "not a date such as 2026-12-31" },
  past: { zh: "要求送达日期不能早于今天", en: "the delivery date cannot be in the past" },
  too_far: { zh: `要求送达日期最多为 ${MAX_DELIVERY_DAYS} 天之后`, en: `the delivery date can be at most ${MAX_DELIVERY_DAYS} days ahead` },
}

export interface PortalCanteenDTO {
  id: string
  institution_id: string
  /** 食堂名称, e.g. 第一食堂 */
  name: string
  contact_name: string
  contact_phone: string
  /** the Kunming district or county (KUNMING_COUNTIES handle) */
  county_handle: string
  county_name: string
  /** street, number, building */
  address: string
}

/** GET /store/institution/canteens (any member) */
export interface StoreListCanteensResponse {
  canteens: PortalCanteenDTO[]
}

/** POST /store/institution/canteens (admin); POST /store/institution/canteens/:id takes the same fields, each optional */
export interface StoreCreateCanteenRequest {
  name: string
  contact_name: string
  /** mobile 1[3-9]xxxxxxxxx or a landline such as 0871-65123456 */
  contact_phone: string
  county_handle: string
  address: string
}
export type StoreUpdateCanteenRequest = Partial<StoreCreateCanteenRequest>
export interface StoreCanteenResponse {
  canteen: PortalCanteenDTO
}
/** DELETE /store/institution/canteens/:id (admin) */
export interface StoreDeleteCanteenResponse {
  id: string
  deleted: true
}

/** Where and when an institution order is to arrive, as the cart, approval card and order list show it. */
export interface PortalDeliveryDTO {
  canteen_id: string | null
  /** the canteen's name when it was chosen */
  canteen: string | null
  /** one line: 昆明市官渡区… */
  address: string | null
  /** 联系人 电话 */
  contact: string | null
  /** "2026-12-31" */
  requested_delivery_date: string | null
}

/** POST /store/institution/carts/:id/delivery (purchaser): the canteen (its address becomes the shipping address) and the date */
export interface StoreSetCartDeliveryRequest {
  canteen_id: string
  requested_delivery_date: string
}
