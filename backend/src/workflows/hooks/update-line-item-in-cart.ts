import { updateLineItemInCartWorkflow } from "@medusajs/medusa/core-flows"
import { assertNotFrozen } from "../../lib/institution/membership"

// An institution cart waiting for approval is frozen: no line can be changed.
// (Removing a line has no hook; the access rule refuses it, src/lib/access/rules.ts.)
updateLineItemInCartWorkflow.hooks.validate(async ({ input, cart }, { container }) => {
  await assertNotFrozen(container, (cart as { id?: string } | undefined)?.id ?? (input as { cart_id?: string }).cart_id)
})
