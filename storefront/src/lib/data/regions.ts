import "server-only"

import { cache } from "react"
import { CURRENCY_CODE } from "@fupin/shared"
import type { HttpTypes } from "@medusajs/types"
import { getSdk } from "./medusa"

/**
 * The region whose currency is CNY, needed so product lists come back with
 * `variants.calculated_price`. Cached for an hour and tagged "regions".
 * Returns null (and logs) when the backend has no CNY region.
 */
export const getCnyRegion = cache(async (): Promise<HttpTypes.StoreRegion | null> => {
  const { regions } = await getSdk().client.fetch<HttpTypes.StoreRegionListResponse>("/store/regions", {
    query: { fields: "id,name,currency_code", limit: 50 },
    next: { revalidate: 3600 },
  })
  const region = regions.find((r) => r.currency_code?.toLowerCase() === CURRENCY_CODE) ?? null
  if (!region) {
    console.error(`[storefront] No region with currency "${CURRENCY_CODE}" in the backend: prices cannot be shown.`)
  }
  return region
})
