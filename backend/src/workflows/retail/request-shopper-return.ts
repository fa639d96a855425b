import type { ShopperReturnReason } from "@fupin/shared"
import { Modules } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createAndCompleteReturnOrderWorkflow } from "@medusajs/medusa/core-flows"
import { validateShopperReturnStep } from "./steps/validate-shopper-return"

export const REQUEST_SHOPPER_RETURN_WORKFLOW_ID = "request-shopper-return"

export type RequestShopperReturnInput = {
  order_id: string
  customer_id: string
  items: Array<{ id: string; quantity: number }>
  reason: ShopperReturnReason
  note: string | null
  photos: string[]
}

/** Keeps the shopper's reason, words and photos on the return, where the admin's order page shows its metadata. */
const noteReturnStep = createStep(
  "note-shopper-return",
  async (input: { return_id: string; metadata: Record<string, unknown> }, { container }) => {
    await container.resolve(Modules.ORDER).updateReturns([{ selector: { id: input.return_id }, data: { metadata: input.metadata } }])
    return new StepResponse({ return_id: input.return_id })
  }
)

/**
 * 申请售后: a shopper sends shipped lines of its own order back. Medusa's
 * createAndCompleteReturnOrderWorkflow records the return as requested (the
 * goods are not received: the operator receives them in the admin, then
 * refunds, and payment.refunded reverses the impact); the reason, words and
 * photos go on the return. A failure after the return was made undoes it.
 */
export const requestShopperReturnWorkflow = createWorkflow(REQUEST_SHOPPER_RETURN_WORKFLOW_ID, (input: RequestShopperReturnInput) => {
  const checked = validateShopperReturnStep(input)
  const created = createAndCompleteReturnOrderWorkflow.runAsStep({
    input: transform({ input, checked }, ({ input, checked }) => ({
      order_id: input.order_id,
      items: input.items.map((i) => ({ id: i.id, quantity: i.quantity, reason_id: checked.reason_id, note: input.note })),
      return_shipping: { option_id: checked.return_option_id, price: 0 },
      location_id: checked.return_location_id,
      note: input.note,
      created_by: input.customer_id,
      receive_now: false,
    })),
  })
  noteReturnStep(
    transform({ input, checked, created }, ({ input, checked, created }) => ({
      return_id: (created as { id: string }).id,
      metadata: { requested_by: "customer", reason: input.reason, note: input.note, photos: checked.photos },
    }))
  )
  return new WorkflowResponse(transform({ created }, ({ created }) => ({ return_id: (created as { id: string }).id })))
})
