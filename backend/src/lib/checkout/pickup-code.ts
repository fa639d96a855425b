import { createHmac } from "node:crypto"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { readEnv } from "../../config/env"

/**
 * 取货码: six digits the shopper shows at the service station. Derived from the
 * order id with the server's secret (HMAC), so every order has its code the
 * moment it exists, nothing extra is stored, and nobody can work out another
 * order's code. The station finds the order by its code among its own open
 * pickups.
 */
export function pickupCodeOf(orderId: string, secret = readEnv(process.env, { needsDatabase: false }).jwtSecret): string {
  const digest = createHmac("sha256", secret).update(`pickup:${orderId}`).digest()
  return String(digest.readUInt32BE(0) % 1_000_000).padStart(6, "0")
}

/** The station a pickup order goes to (the shipping method's data), or null for home delivery. */
export function pickupStationIdOf(order: { shipping_methods?: Array<{ data?: Record<string, unknown> | null } | null> | null }): string | null {
  for (const method of order.shipping_methods ?? []) {
    const id = method?.data?.service_station_id
    if (typeof id === "string" && id) return id
  }
  return null
}

/** When the station handed the order over (kept in the order's metadata), or null. */
export function handedOverAt(metadata: Record<string, unknown> | null | undefined): string | null {
  const at = (metadata?.pickup as { handed_over_at?: unknown } | undefined)?.handed_over_at
  return typeof at === "string" ? at : null
}

export interface PickupOrder {
  id: string
  display_id: number
  status: string
  created_at: string | Date
  metadata: Record<string, unknown> | null
  shipping_methods: Array<{ data?: Record<string, unknown> | null }>
  /** query.graph gives an order line's quantity under detail (the order's current version) */
  items: Array<{ id: string; quantity?: number | null; detail?: { quantity?: number | null } | null }>
  fulfillments: Array<{ id: string; shipped_at: string | Date | null; delivered_at: string | Date | null; canceled_at: string | Date | null; items: Array<{ line_item_id: string; quantity: number }> }>
}

export const PICKUP_ORDER_FIELDS = [
  "id",
  "display_id",
  "status",
  "created_at",
  "metadata",
  "shipping_methods.data",
  "items.id",
  "items.quantity",
  "items.detail.quantity",
  "fulfillments.id",
  "fulfillments.shipped_at",
  "fulfillments.delivered_at",
  "fulfillments.canceled_at",
  "fulfillments.items.line_item_id",
  "fulfillments.items.quantity",
]

/** A station keeps a parcel for weeks, not months: older orders are not looked through. */
const PICKUP_WINDOW_DAYS = 90

/** The station's pickup orders of the last PICKUP_WINDOW_DAYS whose code is `code`. */
export async function pickupOrdersByCode(container: MedusaContainer, stationId: string, code: string, now = new Date()): Promise<PickupOrder[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const since = new Date(now.getTime() - PICKUP_WINDOW_DAYS * 86_400_000)
  const { data } = await query.graph({ entity: "order", fields: PICKUP_ORDER_FIELDS, filters: { created_at: { $gte: since } } })
  return (data as unknown as PickupOrder[]).filter((o) => pickupStationIdOf(o) === stationId && pickupCodeOf(o.id) === code)
}
