import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acceptOrderTransferWorkflow, requestOrderTransferWorkflow } from "@medusajs/medusa/core-flows"
import { readTransferTokenStep } from "./steps/read-transfer-token"

export const CLAIM_GUEST_ORDER_BY_MOBILE_WORKFLOW_ID = "claim-guest-order-by-mobile"

export type ClaimGuestOrderByMobileInput = { order_id: string; customer_id: string }

/**
 * A guest order placed with a mobile and no e-mail moves into the account
 * whose mobile is that number, proven by a one-time code at login
 * (lib/retail/guest-orders.ts decides which orders). Medusa's own order
 * transfer does the move: the request, then its acceptance with the token at
 * once, since the proof has been given already (an order with an e-mail is
 * confirmed from its inbox instead). If the acceptance fails, the request's
 * compensation withdraws it and the order stays the guest's.
 */
export const claimGuestOrderByMobileWorkflow = createWorkflow(CLAIM_GUEST_ORDER_BY_MOBILE_WORKFLOW_ID, (input: ClaimGuestOrderByMobileInput) => {
  requestOrderTransferWorkflow.runAsStep({
    input: transform({ input }, ({ input }) => ({
      order_id: input.order_id,
      customer_id: input.customer_id,
      logged_in_user: input.customer_id,
      description: "认领游客订单（手机号已验证） / guest order claim (verified mobile)",
      // the account's e-mail, if it has one, receives the order's updates from now on
      update_order_email: true,
    })),
  })
  const token = readTransferTokenStep(transform({ input }, ({ input }) => ({ order_id: input.order_id })))
  acceptOrderTransferWorkflow.runAsStep({
    input: transform({ input, token }, ({ input, token }) => ({ order_id: input.order_id, token })),
  })
  return new WorkflowResponse(transform({ input }, ({ input }) => ({ order_id: input.order_id })))
})
