import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteSupplyDemandFileStep, type SupplyDemandFileFields, upsertSupplyDemandFileStep } from "./steps/supply-demand-file"

export const UPSERT_SUPPLY_DEMAND_FILE_WORKFLOW_ID = "upsert-supply-demand-file"
export const DELETE_SUPPLY_DEMAND_FILE_WORKFLOW_ID = "delete-supply-demand-file"

/** Creates or updates a key enterprise's supply/demand file (供求信息档案). */
export const upsertSupplyDemandFileWorkflow = createWorkflow(
  UPSERT_SUPPLY_DEMAND_FILE_WORKFLOW_ID,
  (input: { supplier_id: string; data: Partial<SupplyDemandFileFields> }) =>
    new WorkflowResponse(upsertSupplyDemandFileStep(input))
)

export const deleteSupplyDemandFileWorkflow = createWorkflow(
  DELETE_SUPPLY_DEMAND_FILE_WORKFLOW_ID,
  (input: { supplier_id: string }) => new WorkflowResponse(deleteSupplyDemandFileStep(input))
)
