import type { AdminCreateBankTransferBody } from "@fupin/shared"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { captureSettledPaymentsStep } from "./steps/capture-settled-payments"
import { createBankTransferStep } from "./steps/create-bank-transfer"
import { validateBankTransferStep } from "./steps/validate-bank-transfer"

export const RECORD_BANK_TRANSFER_WORKFLOW = "record-bank-transfer"

/** The operator's body (POST /admin/bank-transfers) and who recorded it. */
export type RecordBankTransferInput = AdminCreateBankTransferBody & { recorded_by?: string | null }

/**
 * The operator records a transfer that arrived: it is checked (a bank
 * reference once only, allocations adding up to the amount, orders paid by
 * transfer), recorded with its allocations, and every order whose allocations
 * now reach its total has its payment captured (Medusa's capturePaymentWorkflow).
 * A failure at any step undoes the steps before it.
 */
export const recordBankTransferWorkflow = createWorkflow(RECORD_BANK_TRANSFER_WORKFLOW, (input: RecordBankTransferInput) => {
  // one recording at a time: two operators allocating to the same order must not both capture it
  acquireLockStep({ key: "settlement:bank-transfer", timeout: 30, ttl: 120 })
  const plan = validateBankTransferStep(input)
  const transfer = createBankTransferStep({ input, plan })
  const captures = captureSettledPaymentsStep(transform({ plan, input }, ({ plan, input }) => ({ plan, captured_by: input.recorded_by })))
  releaseLockStep({ key: "settlement:bank-transfer" })
  return new WorkflowResponse(transform({ transfer, captures }, ({ transfer, captures }) => ({ id: transfer.id, captured: captures.captured })))
})
