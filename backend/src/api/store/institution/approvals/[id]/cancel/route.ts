import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { StoreApprovalResponse } from "@fupin/shared"
import { membershipFrom } from "../../../../../../lib/institution/request"
import { decideInstitutionApprovalWorkflow } from "../../../../../../workflows/institution/portal-orders"
import type { StoreDecisionType } from "../../../validators"
import { approvalOf, reloadApproval } from "../helpers"

/** POST /store/institution/approvals/:id/cancel: the purchaser who submitted withdraws the request; the cart is open again. */
export async function POST(req: AuthenticatedMedusaRequest<StoreDecisionType>, res: MedusaResponse<StoreApprovalResponse>) {
  const member = membershipFrom(req)
  const approval = await approvalOf(req)
  if (approval.requested_by !== member.customer_id) {
    throw new MedusaError(MedusaError.Types.FORBIDDEN, "只有提交人可以撤回审批申请 / Only the purchaser who submitted it can withdraw it")
  }
  await decideInstitutionApprovalWorkflow(req.scope).run({
    input: { approval_id: approval.id, cart_id: approval.cart_id, status: "cancelled", decided_by: member.customer_id, note: req.validatedBody.note ?? null },
  })
  res.json({ approval: await reloadApproval(req, approval.id) })
}
