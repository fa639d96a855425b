import { createCartWorkflow } from "@medusajs/medusa/core-flows"
import { assertSellable } from "../../lib/certification/sellable"

// A cart created with items follows the same rule as adding to a cart.
createCartWorkflow.hooks.validate(async ({ input }, { container }) => {
  const items = (input as { items?: Array<{ variant_id?: string | null }> }).items ?? []
  await assertSellable(container, {
    variant_ids: items.map((i) => i.variant_id).filter((id): id is string => !!id),
  })
})
