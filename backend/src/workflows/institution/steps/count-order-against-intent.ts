import { MathBN } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { INSTITUTION_MODULE } from "../../../modules/institution"
import type InstitutionModuleService from "../../../modules/institution/service"
import { cny } from "../../../modules/institution/service"
import type { IntentOrderFacts } from "./load-intent-order"

export type CountOrderResult =
  | { counted: true; intent_order_id: string; agreement_id: string; amount: number }
  | { counted: false; reason: string }

type Undo = { intent_order_id: string; agreement_id: string; ordered_amount: number; paid_amount: number }

/**
 * Counts an order's total (and what is already paid) into its agreement, once:
 * an order already counted adds nothing. Orders by a customer who is not a buyer
 * (or was not logged in as one)
 * of the agreement's approved institution, or against an agreement that is not
 * active, are not counted and say why.
 */
export const countOrderAgainstIntentStep = createStep(
  "count-order-against-intent",
  async (facts: IntentOrderFacts, { container }) => {
    const service = container.resolve<InstitutionModuleService>(INSTITUTION_MODULE)
    const skip = (reason: string) => new StepResponse<CountOrderResult, Undo | null>({ counted: false, reason }, null)

    if (!facts.agreement_id) return skip("order carries no intent agreement")
    const [already] = await service.listIntentOrders({ order_id: facts.order_id }, { withDeleted: true })
    if (already) return skip("order already counted")
    const [agreement] = await service.listIntentAgreements({ id: facts.agreement_id }, { relations: ["institution"] })
    if (!agreement) return skip(`no intent agreement ${facts.agreement_id}`)
    if (agreement.status !== "active") return skip(`agreement ${agreement.id} is ${agreement.status}`)
    if (agreement.institution.status !== "approved") return skip(`${agreement.institution.name} is ${agreement.institution.status}`)
    if (!facts.customer_id) return skip("order has no customer")
    // A guest checkout can carry a buyer's e-mail (and so the guest customer
    // record an admin created for that buyer) but not the buyer's login.
    if (!facts.customer_registered) return skip(`order was not placed by a logged-in buyer of ${agreement.institution.name}`)
    const [buyer] = await service.listInstitutionBuyers({ customer_id: facts.customer_id })
    if (!buyer || buyer.institution_id !== agreement.institution.id) {
      return skip(`customer ${facts.customer_id} is not a buyer of ${agreement.institution.name}`)
    }

    const intentOrder = await service.createIntentOrders({
      order_id: facts.order_id,
      customer_id: facts.customer_id,
      agreement_id: agreement.id,
      amount: facts.total,
      paid_amount: facts.paid,
    })
    const undo: Undo = {
      intent_order_id: intentOrder.id,
      agreement_id: agreement.id,
      ordered_amount: cny(agreement.ordered_amount),
      paid_amount: cny(agreement.paid_amount),
    }
    await service.updateIntentAgreements({
      id: agreement.id,
      ordered_amount: MathBN.add(agreement.ordered_amount, facts.total).toNumber(),
      paid_amount: MathBN.add(agreement.paid_amount, facts.paid).toNumber(),
    })
    return new StepResponse<CountOrderResult, Undo | null>(
      { counted: true, intent_order_id: intentOrder.id, agreement_id: agreement.id, amount: facts.total },
      undo
    )
  },
  async (undo, { container }) => {
    if (!undo) return
    const service = container.resolve<InstitutionModuleService>(INSTITUTION_MODULE)
    await service.updateIntentAgreements({
      id: undo.agreement_id,
      ordered_amount: undo.ordered_amount,
      paid_amount: undo.paid_amount,
    })
    await service.deleteIntentOrders(undo.intent_order_id)
  }
)
