import { addToCartWorkflow } from "@medusajs/medusa/core-flows"
import { assertSellable } from "../../lib/certification/sellable"

// Adding an uncertified (or no longer certified) product to a cart fails with a
// message naming the product, before Medusa's own checks.
addToCartWorkflow.hooks.validate(async ({ input }, { container }) => {
  const items = (input as { items?: Array<{ variant_id?: string | null }> }).items ?? []
  await assertSellable(container, {
    variant_ids: items.map((i) => i.variant_id).filter((id): id is string => !!id),
  })
})
