/**
 * Payment terms (付款条件) of an institution, set by the operator: pay before
 * the goods are shipped (先款后货), or within a number of days after the last
 * shipment of an order was accepted (账期, e.g. 30 days). An order on 账期 whose
 * money has not all arrived by its due date is overdue (逾期): the institution
 * and the operator are reminded.
 */
export const PAYMENT_TERMS = ["prepay", "net"] as const
export type PaymentTerms = (typeof PAYMENT_TERMS)[number]

export const PAYMENT_TERMS_LABELS: Record<PaymentTerms, { zh: string; en: string }> = {
  prepay: { zh: "先款后货", en: "Pay before delivery" },
  net: { zh: "账期", en: "Pay after receipt" },
}

/** 账期 when the operator has not set one. */
export const DEFAULT_PAYMENT_TERM_DAYS = 30
/** The longest 账期 the operator may give. */
export const MAX_PAYMENT_TERM_DAYS = 180

/** "先款后货" / "验收后 30 天内付款" and the English. */
export function paymentTermsLabel(terms: PaymentTerms, days: number): { zh: string; en: string } {
  if (terms === "prepay") return PAYMENT_TERMS_LABELS.prepay
  return { zh: `账期：全部验收后 ${days} 天内付款`, en: `Pay within ${days} days of the last receipt` }
}

/** An order's payment terms and where it stands against them. */
export interface OrderPaymentTermsDTO {
  terms: PaymentTerms
  days: number
  label: { zh: string; en: string }
  /**
   * when the money is due: for 账期, the last shipment's acceptance + days
   * (null while goods are still to ship or be accepted); for 先款后货, when
   * the order was placed (the suppliers ship once it is paid)
   */
  due_date: string | null
  /** 账期 past its due date with money still outstanding */
  overdue: boolean
  /** whole days past the due date (0 when not overdue) */
  days_overdue: number
  /** 先款后货 and not yet paid: the suppliers may not ship */
  awaiting_prepayment: boolean
}

const DAY_MS = 24 * 3600 * 1000

/**
 * Where an order stands against its terms at `now`: `acceptedAt` is when its
 * last shipment was accepted (null while anything is unshipped or unaccepted),
 * `outstandingFen` what it still owes.
 */
export function orderPaymentTerms(input: {
  terms: PaymentTerms
  days: number
  placedAt: Date | string
  acceptedAt: Date | string | null
  outstandingFen: number
  canceled?: boolean
  now?: Date
}): OrderPaymentTermsDTO {
  const now = input.now ?? new Date()
  const label = paymentTermsLabel(input.terms, input.days)
  const open = !input.canceled && input.outstandingFen > 0
  if (input.terms === "prepay") {
    return { terms: "prepay", days: 0, label, due_date: new Date(input.placedAt).toISOString(), overdue: false, days_overdue: 0, awaiting_prepayment: open }
  }
  const due = input.acceptedAt ? new Date(new Date(input.acceptedAt).getTime() + input.days * DAY_MS) : null
  const late = !!due && open && now.getTime() > due.getTime()
  return {
    terms: "net",
    days: input.days,
    label,
    due_date: due ? due.toISOString() : null,
    overdue: late,
    days_overdue: late ? Math.floor((now.getTime() - due!.getTime()) / DAY_MS) : 0,
    awaiting_prepayment: false,
  }
}

/**
 * The institution's 开票信息 (invoice details) that its suppliers print on
 * their invoices: kept by the institution's admin, shown to every member, and
 * printed on the 采购单 and the 对账单. The 纳税人识别号 of a unit is its
 * 统一社会信用代码 (USCC), checked like one.
 */
export interface InstitutionInvoiceDetailsDTO {
  /** 发票抬头 */
  title: string
  /** 纳税人识别号 (the USCC) */
  tax_id: string
  address: string
  phone: string
  /** 开户行 */
  bank: string
  /** 银行账号 */
  account: string
}

/** GET /store/institution/settings/invoice: null until the admin has filled them in. */
export interface StoreInstitutionInvoiceDetailsResponse {
  invoice: InstitutionInvoiceDetailsDTO | null
}

/** An institution's request that a supplier invoice its part of an order (开票申请), and the invoice the supplier issued. */
export const INVOICE_REQUEST_STATUSES = ["requested", "issued"] as const
export type InvoiceRequestStatus = (typeof INVOICE_REQUEST_STATUSES)[number]
export const INVOICE_REQUEST_STATUS_LABELS: Record<InvoiceRequestStatus, { zh: string; en: string }> = {
  requested: { zh: "待开票", en: "Requested" },
  issued: { zh: "已开票", en: "Issued" },
}

export interface InvoiceRequestDTO {
  id: string
  order_id: string
  display_id: number | null
  supplier_id: string
  supplier_name: string
  institution_name: string
  /** the supplier's lines of the order less what receipts deducted from them, in yuan, as of the request */
  amount: number
  /** the 开票信息 as they were when requested */
  invoice: InstitutionInvoiceDetailsDTO
  status: InvoiceRequestStatus
  status_label: { zh: string; en: string }
  requested_at: string
  invoice_number: string | null
  /** YYYY-MM-DD */
  issued_on: string | null
}

/** GET|POST /store/institution/orders/:id/invoice-requests */
export interface StoreInvoiceRequestsResponse {
  invoice_requests: InvoiceRequestDTO[]
}

/** GET /supplier/invoice-requests */
export interface SupplierInvoiceRequestsResponse {
  invoice_requests: InvoiceRequestDTO[]
}

/** POST /supplier/invoice-requests/:id: the invoice the supplier issued (e-invoicing itself is out of scope). */
export interface SupplierIssueInvoiceBody {
  invoice_number: string
  issued_on: string
}
