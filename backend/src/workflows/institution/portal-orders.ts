import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, completeCartWorkflow, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createApprovalStep, decideApprovalStep, decideSubmissionStep, setApprovalOrderStep } from "./steps/approval-steps"
import { checkInstitutionDeliveryStep } from "./steps/check-institution-delivery"
import { checkPurchaserBudgetStep } from "./steps/check-purchaser-budget"
import { prepareInstitutionCheckoutStep } from "./steps/prepare-institution-checkout"

export const SUBMIT_INSTITUTION_CART_WORKFLOW = "submit-institution-cart"
export const APPROVE_INSTITUTION_ORDER_WORKFLOW = "approve-institution-order"
export const DECIDE_INSTITUTION_APPROVAL_WORKFLOW = "decide-institution-approval"

const submitLock = (cartId: string) => `institution_submit:${cartId}`
/** one purchaser's submissions and approvals one at a time: two orders cannot both fit the month's budget's last yuan */
export const budgetLock = (customerId: string) => `institution_budget:${customerId}`

/**
 * A purchaser submits an institution cart: it is made ready to complete
 * (cheapest delivery, bank transfer); at or below the institution's threshold
 * the order is placed at once, above it an approval request is opened and the
 * cart is frozen until an approver decides. Either way the purchaser's
 * monthly budget must hold it (checked again when the cart completes).
 */
export const submitInstitutionCartWorkflow = createWorkflow(
  SUBMIT_INSTITUTION_CART_WORKFLOW,
  (input: { cart_id: string; institution_id: string; customer_id: string }) => {
    const key = transform({ input }, ({ input }) => [submitLock(input.cart_id), budgetLock(input.customer_id)])
    acquireLockStep({ key, timeout: 30, ttl: 120 })
    checkInstitutionDeliveryStep({ cart_id: input.cart_id, institution_id: input.institution_id })
    prepareInstitutionCheckoutStep({ cart_id: input.cart_id })
    const decision = decideSubmissionStep({ cart_id: input.cart_id, institution_id: input.institution_id })
    checkPurchaserBudgetStep(
      transform({ input, decision }, ({ input, decision }) => ({
        cart_id: input.cart_id,
        institution_id: input.institution_id,
        customer_id: input.customer_id,
        amount: decision.amount,
      }))
    )
    const approval = when("needs-approval", decision, (d) => d.needs_approval).then(() =>
      createApprovalStep(
        transform({ input, decision }, ({ input, decision }) => ({
          cart_id: input.cart_id,
          institution_id: input.institution_id,
          requested_by: input.customer_id,
          amount: decision.amount,
          currency_code: decision.currency_code,
        }))
      )
    )
    const order = when("place-at-once", decision, (d) => !d.needs_approval).then(() =>
      completeCartWorkflow.runAsStep({ input: { id: input.cart_id } })
    )
    releaseLockStep({ key })
    return new WorkflowResponse(
      transform({ approval, order }, ({ approval, order }) => ({ approval_id: approval?.id ?? null, order_id: order?.id ?? null }))
    )
  }
)

/**
 * An approver approves: the decision is recorded, then the purchaser's cart becomes the order (order.placed is
 * emitted); completing it checks the purchaser's monthly budget again (the complete-cart hook), which undoes the decision.
 */
export const approveInstitutionOrderWorkflow = createWorkflow(
  APPROVE_INSTITUTION_ORDER_WORKFLOW,
  (input: { approval_id: string; cart_id: string; requested_by: string; decided_by: string; note?: string | null }) => {
    const key = transform({ input }, ({ input }) => [submitLock(input.cart_id), budgetLock(input.requested_by)])
    acquireLockStep({ key, timeout: 30, ttl: 120 })
    decideApprovalStep({ approval_id: input.approval_id, status: "approved" as const, decided_by: input.decided_by, note: input.note })
    const order = completeCartWorkflow.runAsStep({ input: { id: input.cart_id } })
    setApprovalOrderStep(transform({ input, order }, ({ input, order }) => ({ approval_id: input.approval_id, order_id: order.id })))
    releaseLockStep({ key })
    return new WorkflowResponse(transform({ order }, ({ order }) => ({ order_id: order.id })))
  }
)

/** An approver rejects (note required), or the requester withdraws: the decision is recorded and the cart is open again. */
export const decideInstitutionApprovalWorkflow = createWorkflow(
  DECIDE_INSTITUTION_APPROVAL_WORKFLOW,
  (input: { approval_id: string; cart_id: string; status: "rejected" | "cancelled"; decided_by: string; note?: string | null }) => {
    const key = transform({ input }, ({ input }) => submitLock(input.cart_id))
    acquireLockStep({ key, timeout: 30, ttl: 60 })
    const approval = decideApprovalStep({ approval_id: input.approval_id, status: input.status, decided_by: input.decided_by, note: input.note })
    releaseLockStep({ key })
    return new WorkflowResponse(approval)
  }
)
