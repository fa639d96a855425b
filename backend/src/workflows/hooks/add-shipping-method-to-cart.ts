import { addShippingMethodToCartWorkflow } from "@medusajs/medusa/core-flows"
import { assertPickupStations } from "../../lib/checkout/station-pickup"

// Station pickup (服务站自提) carries the chosen station in the method's data;
// it must be an active station that takes pickups. The data is copied onto the
// order's shipping method when the cart completes.
addShippingMethodToCartWorkflow.hooks.validate(async ({ input }, { container }) => {
  const options = (input as { options?: Array<{ id: string; data?: Record<string, unknown> | null }> }).options ?? []
  await assertPickupStations(container, options)
})
