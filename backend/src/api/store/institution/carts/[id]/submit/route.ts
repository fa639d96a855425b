import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { StoreSubmitInstitutionCartResponse } from "@fupin/shared"
import { portalApprovals, portalOrdersById } from "../../../../../../lib/institution/portal"
import { membershipFrom } from "../../../../../../lib/institution/request"
import { INSTITUTION_MODULE } from "../../../../../../modules/institution"
import type InstitutionModuleService from "../../../../../../modules/institution/service"
import { submitInstitutionCartWorkflow } from "../../../../../../workflows/institution/portal-orders"
import { cartOf } from "../helpers"

/**
 * POST /store/institution/carts/:id/submit (purchaser): at or below the
 * institution's approval threshold the order is placed at once; above it the
 * cart waits for an approver, frozen.
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse<StoreSubmitInstitutionCartResponse>) {
  const member = membershipFrom(req)
  const cart = await cartOf(req)
  const { result } = await submitInstitutionCartWorkflow(req.scope).run({
    input: { cart_id: cart.id, institution_id: member.institution_id, customer_id: member.customer_id },
  })
  if (result.order_id) {
    const [order] = await portalOrdersById(req.scope, [result.order_id])
    res.json({ status: "placed", order: order! })
    return
  }
  const approval = await req.scope.resolve<InstitutionModuleService>(INSTITUTION_MODULE).retrieveInstitutionApproval(result.approval_id!)
  const [dto] = await portalApprovals(req.scope, [approval as never])
  res.json({ status: "pending_approval", approval: dto! })
}
