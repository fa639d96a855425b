import { addToCartWorkflow } from "@medusajs/medusa/core-flows"
import { assertSellable } from "../../lib/certification/sellable"
import { assertNotFrozen } from "../../lib/institution/membership"

// Medusa allows one handler per hook, so every rule for adding lines is here:
// - an institution cart waiting for approval is frozen: nothing can be added;
// - adding an uncertified (or no longer certified) product to a cart fails with
//   a message naming the product, before Medusa's own checks.
addToCartWorkflow.hooks.validate(async ({ input, cart }, { container }) => {
  await assertNotFrozen(container, (cart as { id?: string } | undefined)?.id ?? (input as { cart_id?: string }).cart_id)
  const items = (input as { items?: Array<{ variant_id?: string | null }> }).items ?? []
  await assertSellable(container, {
    variant_ids: items.map((i) => i.variant_id).filter((id): id is string => !!id),
  })
})
