import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { assertSellable } from "../certification/sellable"

// A cart holding a product whose certificate is no longer valid (suspended,
// revoked, expired) cannot become an order; the message names the product.
completeCartWorkflow.hooks.validate(async ({ cart }, { container }) => {
  const items = (cart as { items?: Array<{ product_id?: string | null } | null> | null }).items ?? []
  await assertSellable(container, {
    product_ids: items.map((i) => i?.product_id).filter((id): id is string => !!id),
  })
})
