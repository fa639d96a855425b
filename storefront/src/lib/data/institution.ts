import "server-only"

import type {
  StoreInstitutionOrderLinesResponse,
  StoreInstitutionDashboardResponse,
  StoreInstitutionMeResponse,
  StoreListApprovalsQuery,
  StoreApprovalDetailResponse,
  StoreListApprovalsResponse,
  StoreGetInstitutionOrderPaymentResponse,
  StoreGetInstitutionStatementResponse,
  StoreInstitutionInvoiceDetailsResponse,
  StoreInvoiceRequestsResponse,
  StoreListCanteensResponse,
  StoreListInstitutionOrdersResponse,
  StoreListInstitutionShipmentsResponse,
  StorePadVariantsResponse,
} from "@fupin/shared"
import { authHeaders, getAuthToken } from "./cookies"
import { errorMessage, errorStatus } from "./errors"
import { getSdk } from "./medusa"

/**
 * The institution portal's reads (/store/institution/*). Personal to the member: every
 * request sends the shopper's login from the httpOnly cookie and is `no-store`; the backend
 * decides what this member may see (another institution's record answers 404).
 */

async function get<T>(path: string, query?: Record<string, string>): Promise<T> {
  return getSdk().client.fetch<T>(path, { ...(query ? { query } : {}), headers: await authHeaders(), cache: "no-store" })
}

export type MembershipOutcome =
  | { kind: "anonymous" }
  | { kind: "refused"; message: string }
  | ({ kind: "member" } & StoreInstitutionMeResponse)

/** Who is asking: not logged in, logged in but no member (403), or a member with roles. */
export async function getMembership(): Promise<MembershipOutcome> {
  if (!(await getAuthToken())) return { kind: "anonymous" }
  try {
    const me = await get<StoreInstitutionMeResponse>("/store/institution/me")
    return { kind: "member", ...me }
  } catch (error) {
    const status = errorStatus(error)
    if (status === 401) return { kind: "anonymous" }
    if (status === 403 || status === 404) return { kind: "refused", message: errorMessage(error, "") }
    throw error
  }
}

export async function getDashboard(): Promise<StoreInstitutionDashboardResponse> {
  return get<StoreInstitutionDashboardResponse>("/store/institution/dashboard")
}

/** Pad lines for a search (name, pinyin, initials) or for SKUs (comma-separated). */
export async function findPadVariants({ q, sku }: { q?: string; sku?: string }): Promise<StorePadVariantsResponse> {
  const query: Record<string, string> = { limit: "20" }
  if (q) query.q = q
  if (sku) query.sku = sku
  return get<StorePadVariantsResponse>("/store/institution/pad/variants", query)
}

export async function listApprovals(query: StoreListApprovalsQuery = {}): Promise<StoreListApprovalsResponse> {
  const q: Record<string, string> = { limit: String(query.limit ?? 50), offset: String(query.offset ?? 0) }
  if (query.status) q.status = query.status
  return get<StoreListApprovalsResponse>("/store/institution/approvals", q)
}

/** One approval request with the lines it would order (any member of the institution). */
export async function getApproval(id: string): Promise<StoreApprovalDetailResponse> {
  return get<StoreApprovalDetailResponse>(`/store/institution/approvals/${encodeURIComponent(id)}`)
}

export async function listInstitutionOrders({ limit = 50, offset = 0 } = {}): Promise<StoreListInstitutionOrdersResponse> {
  return get<StoreListInstitutionOrdersResponse>("/store/institution/orders", { limit: String(limit), offset: String(offset) })
}

/** An order's bank-transfer payment: receiving account, reference, what arrived, 待付款/部分付款/已付款/多付. */
export async function getOrderPayment(orderId: string): Promise<StoreGetInstitutionOrderPaymentResponse["payment"]> {
  const { payment } = await get<StoreGetInstitutionOrderPaymentResponse>(`/store/institution/orders/${encodeURIComponent(orderId)}/payment`)
  return payment
}

/** An order's supplier shipments with their receipts (验收), or when each is accepted automatically. */
export async function listOrderShipments(orderId: string): Promise<StoreListInstitutionShipmentsResponse> {
  return get<StoreListInstitutionShipmentsResponse>(`/store/institution/orders/${encodeURIComponent(orderId)}/shipments`)
}

/** The institution's 对账单 for a month (2026-12), as the backend figured it just now. */
export async function getInstitutionStatement(month: string): Promise<StoreGetInstitutionStatementResponse["statement"]> {
  const { statement } = await get<StoreGetInstitutionStatementResponse>(`/store/institution/statements/${encodeURIComponent(month)}`)
  return statement
}

/** The institution's 开票信息, or null until its admin has filled them in. */
export async function getInvoiceDetails(): Promise<StoreInstitutionInvoiceDetailsResponse["invoice"]> {
  const { invoice } = await get<StoreInstitutionInvoiceDetailsResponse>("/store/institution/settings/invoice")
  return invoice
}

/** The order's invoice requests, one per supplier, with the invoices issued. */
export async function listInvoiceRequests(orderId: string): Promise<StoreInvoiceRequestsResponse["invoice_requests"]> {
  const { invoice_requests } = await get<StoreInvoiceRequestsResponse>(`/store/institution/orders/${encodeURIComponent(orderId)}/invoice-requests`)
  return invoice_requests
}

/** The institution's canteens and their delivery addresses (every member may read them). */
export async function listCanteens(): Promise<StoreListCanteensResponse> {
  return get<StoreListCanteensResponse>("/store/institution/canteens")
}

/** What an order of the institution bought (SKU and quantity), for 再来一单; null when it is not the institution's. */
export async function getOrderLines(orderId: string): Promise<StoreInstitutionOrderLinesResponse | null> {
  try {
    return await get<StoreInstitutionOrderLinesResponse>(`/store/institution/orders/${encodeURIComponent(orderId)}/lines`)
  } catch (error) {
    if (errorStatus(error) === 404) return null
    throw error
  }
}
