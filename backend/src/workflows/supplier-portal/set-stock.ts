import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { InventoryLevelWorkflowEvents } from "@medusajs/framework/utils"
import { setVariantStockStep, type SetVariantStockInput } from "./steps/set-variant-stock"

export const SET_SUPPLIER_STOCK_WORKFLOW_ID = "set-supplier-stock"

/**
 * Sets the stock of a supplier's variants; all or nothing. Then emits what Medusa's own
 * stock workflows emit for each level set (inventory-level.updated, `{ id }`), which the
 * search index and the storefront's cached product pages listen to.
 */
export const setVariantStockWorkflow = createWorkflow(SET_SUPPLIER_STOCK_WORKFLOW_ID, (input: SetVariantStockInput) => {
  const set = setVariantStockStep(input)
  emitEventStep({
    eventName: InventoryLevelWorkflowEvents.UPDATED,
    data: transform({ set }, ({ set }) => set.level_ids.map((id) => ({ id }))),
  })
  return new WorkflowResponse(transform({ set }, ({ set }) => set.items))
})
