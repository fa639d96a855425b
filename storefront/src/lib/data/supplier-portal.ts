import "server-only"

import type {
  StoreServiceStationDTO,
  SupplierCertificationListResponse,
  SupplierMeResponse,
  SupplierMembersResponse,
  SupplierOrderListResponse,
  SupplierOrderResponse,
  SupplierProductListResponse,
  SupplierProductResponse,
  SupplierStatementResponse,
  SupplierInvoiceRequestsResponse,
  SupplierTodayResponse,
} from "@fupin/shared"
import { cache } from "react"
import { errorStatus } from "./errors"
import { getSdk } from "./medusa"
import { supplierAuthHeaders } from "./supplier-session"

/**
 * The producer portal's reads of `/supplier/*`, with the member's token from its own
 * httpOnly cookie. Personal to one supplier: every read is `no-store`. A record of
 * another supplier answers 404 like a missing one; here that is `null`.
 */

type Query = Record<string, string | number | boolean | string[] | undefined>

export async function portalFetch<T>(path: string, init: { method?: "GET" | "POST" | "DELETE"; body?: unknown; query?: Query } = {}): Promise<T> {
  return getSdk().client.fetch<T>(path, {
    method: init.method ?? "GET",
    ...(init.body === undefined ? {} : { body: init.body }),
    ...(init.query ? { query: init.query } : {}),
    headers: await supplierAuthHeaders(),
    cache: "no-store",
  })
}

async function orNull<T>(read: Promise<T>): Promise<T | null> {
  try {
    return await read
  } catch (error) {
    const status = errorStatus(error)
    if (status === 401 || status === 403 || status === 404) return null
    throw error
  }
}

/** The logged-in member and its supplier (any status), or null when nobody is logged in. */
export const getPortalMe = cache(async (): Promise<SupplierMeResponse | null> => {
  const headers = await supplierAuthHeaders()
  if (!headers.authorization) return null
  return orNull(portalFetch<SupplierMeResponse>("/supplier/me"))
})

/** Whether the member's supplier is suspended (every form is then shown disabled). */
export async function portalReadOnly(): Promise<boolean> {
  return (await getPortalMe())?.supplier.mode === "read_only"
}

export async function getToday(): Promise<SupplierTodayResponse> {
  return portalFetch<SupplierTodayResponse>("/supplier/today")
}

export async function listPortalProducts({ limit = 50, offset = 0 } = {}): Promise<SupplierProductListResponse> {
  return portalFetch<SupplierProductListResponse>("/supplier/products", { query: { limit, offset } })
}

export async function getPortalProduct(id: string): Promise<SupplierProductResponse | null> {
  return orNull(portalFetch<SupplierProductResponse>(`/supplier/products/${encodeURIComponent(id)}`))
}

export async function listPortalCertifications(): Promise<SupplierCertificationListResponse> {
  return portalFetch<SupplierCertificationListResponse>("/supplier/certifications")
}

export async function listPortalOrders({
  limit = 50,
  offset = 0,
  status,
}: { limit?: number; offset?: number; status?: "to_ship" | "shipped" } = {}): Promise<SupplierOrderListResponse> {
  return portalFetch<SupplierOrderListResponse>("/supplier/orders", { query: { limit, offset, ...(status ? { status } : {}) } })
}

export async function getPortalOrder(id: string): Promise<SupplierOrderResponse | null> {
  return orNull(portalFetch<SupplierOrderResponse>(`/supplier/orders/${encodeURIComponent(id)}`))
}

/** The supplier's 结算单 for a month (2026-12). */
export async function getPortalStatement(month: string): Promise<SupplierStatementResponse["statement"]> {
  const { statement } = await portalFetch<SupplierStatementResponse>(`/supplier/statements/${encodeURIComponent(month)}`)
  return statement
}

/** Institutions' requests that this supplier invoice its part of their orders, newest first. */
export async function listPortalInvoiceRequests(): Promise<SupplierInvoiceRequestsResponse["invoice_requests"]> {
  const { invoice_requests } = await portalFetch<SupplierInvoiceRequestsResponse>("/supplier/invoice-requests")
  return invoice_requests
}

export async function listPortalMembers(): Promise<SupplierMembersResponse> {
  return portalFetch<SupplierMembersResponse>("/supplier/members")
}

/** Service stations of the supplier's county, where it may hand parcels over for pickup. */
export async function listCountyStations(countyHandle: string): Promise<StoreServiceStationDTO[]> {
  try {
    const { service_stations } = await getSdk().client.fetch<{ service_stations: StoreServiceStationDTO[] }>("/store/service-stations", {
      query: { county_handle: countyHandle, limit: 100, order: "name" },
      next: { revalidate: 300 },
    })
    return service_stations
  } catch {
    return []
  }
}
