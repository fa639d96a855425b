import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { StoreOrderPickupResponse } from "@fupin/shared"
import { handedOverAt, pickupCodeOf, pickupStationIdOf } from "../../../../../lib/checkout/pickup-code"

/**
 * GET /store/orders/:id/pickup — for a station-pickup order, its 取货码 and the
 * station's address, hours and phone, and whether it was handed over. The
 * store access rule decides who may read it, as for the order itself.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse<StoreOrderPickupResponse>) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: ["id", "metadata", "shipping_methods.data"], filters: { id: req.params.id! } })
  const order = data[0] as { id: string; metadata: Record<string, unknown> | null; shipping_methods: Array<{ data?: Record<string, unknown> | null }> } | undefined
  if (!order) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order with id: ${req.params.id} was not found`)
  const stationId = pickupStationIdOf(order)
  if (!stationId) return void res.json({ pickup: null })
  const { data: stations } = await query.graph({
    entity: "service_station",
    fields: ["id", "name", "address", "opening_hours", "phone"],
    filters: { id: stationId },
  })
  const station = stations[0] as { id: string; name: string; address: string; opening_hours: string; phone: string | null }
  res.json({ pickup: { code: pickupCodeOf(order.id), station, handed_over_at: handedOverAt(order.metadata) } })
}
