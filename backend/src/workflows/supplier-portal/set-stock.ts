import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { setVariantStockStep, type SetVariantStockInput } from "./steps/set-variant-stock"

export const SET_SUPPLIER_STOCK_WORKFLOW_ID = "set-supplier-stock"

/** Sets the stock of a supplier's variants; all or nothing. */
export const setVariantStockWorkflow = createWorkflow(SET_SUPPLIER_STOCK_WORKFLOW_ID, (input: SetVariantStockInput) => new WorkflowResponse(setVariantStockStep(input)))
