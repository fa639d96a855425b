import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { assertSellable } from "../../lib/certification/sellable"
import { assertPickupStations } from "../../lib/checkout/station-pickup"
import { assertInstitutionCartWithinBudget } from "../../lib/institution/budget"
import { assertInstitutionCartMayComplete } from "../../lib/institution/membership"

// Medusa allows one handler per hook, so every rule that must hold when a cart
// becomes an order is checked here:
// - a product whose certificate is no longer valid (suspended, revoked,
//   expired) cannot be ordered; the message names the product;
// - a pickup station chosen earlier must still be active and take pickups;
// - an institution cart waiting for approval is frozen, and one above its
//   institution's approval threshold completes only once approved;
// - an institution cart stays within its purchaser's monthly budget (月度预算),
//   whoever completes it: the approver, or the purchaser calling
//   POST /store/carts/:id/complete directly.
completeCartWorkflow.hooks.validate(async ({ cart }, { container }) => {
  const { id, items, metadata, item_total, customer } = cart as {
    id: string
    items?: Array<{ product_id?: string | null } | null> | null
    metadata?: Record<string, unknown> | null
    item_total?: unknown
    customer?: { id: string } | null
  }
  // Medusa's cart here carries its goods (item_total) and customer: adding up 500 lines once is enough
  const goods = { id, metadata, item_total, customer_id: item_total === undefined ? undefined : (customer?.id ?? null) }
  await assertInstitutionCartMayComplete(container, goods)
  await assertInstitutionCartWithinBudget(container, goods)
  await assertSellable(container, {
    product_ids: (items ?? []).map((i) => i?.product_id).filter((pid): pid is string => !!pid),
  })

  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cart",
    fields: ["id", "shipping_methods.shipping_option_id", "shipping_methods.data"],
    filters: { id },
  })
  const methods = ((data[0] as { shipping_methods?: Array<{ shipping_option_id: string | null; data: Record<string, unknown> | null } | null> } | undefined)
    ?.shipping_methods ?? [])
    .filter((m): m is { shipping_option_id: string; data: Record<string, unknown> | null } => !!m?.shipping_option_id)
    .map((m) => ({ id: m.shipping_option_id, data: m.data }))
  await assertPickupStations(container, methods)
})
