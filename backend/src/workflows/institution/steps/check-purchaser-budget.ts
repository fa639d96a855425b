import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { assertWithinBudget } from "../../../lib/institution/budget"

/**
 * Refuses a submission that would take the purchaser over the month's budget
 * (月度预算: placed and awaiting-approval orders of this Beijing calendar month
 * plus this one, by goods). The complete-cart hook checks again when the cart
 * becomes an order. Nothing to undo.
 */
export const checkPurchaserBudgetStep = createStep(
  "check-purchaser-budget",
  async (input: { cart_id: string; institution_id: string; customer_id: string; amount: number }, { container }) => {
    await assertWithinBudget(container, input)
    return new StepResponse(null)
  }
)
