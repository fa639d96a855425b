import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { buildReversalEntriesStep, type ReverseImpactInput } from "./steps/build-reversal-entries"
import { createImpactEntriesStep } from "./steps/create-impact-entries"

export const reverseOrderImpactWorkflowId = "reverse-order-impact"

/** Adds reversal lines for a cancellation or a refund; once per reference. */
export const reverseOrderImpactWorkflow = createWorkflow(reverseOrderImpactWorkflowId, (input: ReverseImpactInput) => {
  const reversals = buildReversalEntriesStep(input)
  const created = createImpactEntriesStep(reversals)
  return new WorkflowResponse(created)
})
