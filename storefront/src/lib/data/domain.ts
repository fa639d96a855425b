import "server-only"

import { cache } from "react"
import {
  certificateCacheTags,
  type StoreCertificateVerification,
  type StoreCounty,
  type StoreImpactResponse,
  type StoreSupplier,
  type StoreSupplierListResponse,
  type StoreSupplierResponse,
  supplierCacheTags,
} from "@fupin/shared"
import { getSdk } from "./medusa"

/** Reads of the marketplace's own domains: counties, suppliers, certificates, impact. */

function isNotFound(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { status?: number }).status === 404
}

/** Kunming's 14 counties with their townships, in the backend's order. */
export const listCounties = cache(async (): Promise<StoreCounty[]> => {
  const { counties } = await getSdk().client.fetch<{ counties: StoreCounty[] }>("/store/counties", {
    query: { limit: 50 },
    next: { revalidate: 3600 },
  })
  return counties
})

export const getCounty = cache(async (handle: string): Promise<StoreCounty | null> => {
  const counties = await listCounties()
  return counties.find((c) => c.handle === handle) ?? null
})

/** An approved supplier's public profile, or null when there is none with that id. */
export const getSupplier = cache(async (id: string): Promise<StoreSupplier | null> => {
  try {
    const { supplier } = await getSdk().client.fetch<StoreSupplierResponse>(`/store/suppliers/${encodeURIComponent(id)}`, {
      next: { tags: supplierCacheTags(id), revalidate: 300 },
    })
    return supplier
  } catch (error) {
    if (isNotFound(error)) return null
    throw error
  }
})

/** Approved suppliers of a county (first page). */
export const listCountySuppliers = cache(async (countyHandle: string, limit = 6): Promise<StoreSupplierListResponse> => {
  return getSdk().client.fetch<StoreSupplierListResponse>("/store/suppliers", {
    query: { county_handle: countyHandle, limit },
    next: { tags: supplierCacheTags(), revalidate: 300 },
  })
})

/** Public verification of a certificate number (what the QR code on a package opens). */
export const getCertificate = cache(async (number: string): Promise<StoreCertificateVerification | null> => {
  try {
    const { certificate } = await getSdk().client.fetch<{ certificate: StoreCertificateVerification }>(
      `/store/certifications/${encodeURIComponent(number)}`,
      // Short: a suspension must show up quickly on a scanned package.
      { next: { tags: certificateCacheTags(number), revalidate: 30 } }
    )
    return certificate
  } catch (error) {
    if (isNotFound(error)) return null
    throw error
  }
})

/** Live impact of the marketplace beside the 2020 baseline; short revalidation. */
export const getImpact = cache(async (): Promise<StoreImpactResponse> => {
  return getSdk().client.fetch<StoreImpactResponse>("/store/impact", {
    next: { revalidate: 30 },
  })
})
