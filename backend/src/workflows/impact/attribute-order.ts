import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { buildSaleEntriesStep } from "./steps/build-sale-entries"
import { createImpactEntriesStep } from "./steps/create-impact-entries"

export const attributeOrderImpactWorkflowId = "attribute-order-impact"

/**
 * Attributes each line of a placed order to its supplier, county, certificate
 * and the households linked to the supplier. Idempotent: lines already in the
 * ledger are skipped, so a replayed order.placed event changes nothing.
 */
export const attributeOrderImpactWorkflow = createWorkflow(attributeOrderImpactWorkflowId, (input: { order_id: string }) => {
  const entries = buildSaleEntriesStep(input)
  const created = createImpactEntriesStep(entries)
  return new WorkflowResponse(created)
})
