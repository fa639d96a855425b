import { createWorkflow, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { addToCartWorkflow, deleteLineItemsWorkflow } from "@medusajs/medusa/core-flows"

export const ADD_INSTITUTION_CART_LINES_WORKFLOW = "add-institution-cart-lines"

type Input = {
  cart_id: string
  /** the cart's lines to remove first (the pad's "replace") */
  remove_item_ids: string[]
  items: Array<{ variant_id: string; quantity: number; metadata?: Record<string, unknown> }>
}

/**
 * Puts checked pad lines into an institution cart: one addToCartWorkflow run
 * for all of them (it prices them and refreshes the cart once), after removing
 * the cart's lines when the pad replaces them. If adding fails, the removed
 * lines come back (deleteLineItemsWorkflow's compensation).
 */
export const addInstitutionCartLinesWorkflow = createWorkflow(ADD_INSTITUTION_CART_LINES_WORKFLOW, (input: Input) => {
  when("replace", input, (i) => i.remove_item_ids.length > 0).then(() => {
    deleteLineItemsWorkflow.runAsStep({ input: { cart_id: input.cart_id, ids: input.remove_item_ids } })
  })
  addToCartWorkflow.runAsStep({ input: { cart_id: input.cart_id, items: input.items } })
  return new WorkflowResponse({ cart_id: input.cart_id })
})
