import "server-only"

import type { StoreServiceStationDTO } from "@fupin/shared"
import type { HttpTypes } from "@medusajs/types"
import { authHeaders } from "./cookies"
import { getSdk } from "./medusa"

/** Shipping options and payment providers for a cart, and pickup stations; personal or live, never cached. */

export type StoreShippingOption = HttpTypes.StoreCartShippingOption & {
  type?: { code?: string | null; label?: string | null; description?: string | null } | null
}

export async function listShippingOptions(cartId: string): Promise<StoreShippingOption[]> {
  const { shipping_options } = await getSdk().client.fetch<{ shipping_options: StoreShippingOption[] }>(
    "/store/shipping-options",
    // a logged-in shopper's cart answers to that shopper only (backend access rule, ADR 0006)
    { query: { cart_id: cartId }, headers: await authHeaders(), cache: "no-store" }
  )
  return shipping_options
}

export async function listPaymentProviders(regionId: string): Promise<string[]> {
  const { payment_providers } = await getSdk().client.fetch<{ payment_providers: Array<{ id: string }> }>(
    "/store/payment-providers",
    { query: { region_id: regionId }, cache: "no-store" }
  )
  return payment_providers.map((p) => p.id)
}

/** Active pickup stations of a township (at most 100, by name). */
export async function listStations(countyHandle: string, townshipId: string): Promise<StoreServiceStationDTO[]> {
  const { service_stations } = await getSdk().client.fetch<{ service_stations: StoreServiceStationDTO[] }>(
    "/store/service-stations",
    {
      query: { county_handle: countyHandle, township_id: townshipId, limit: 100, order: "name" },
      next: { revalidate: 300 },
    }
  )
  return service_stations.filter((s) => s.pickup_enabled)
}
