import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { StoreApprovalResponse } from "@fupin/shared"
import { membershipFrom } from "../../../../../../lib/institution/request"
import { decideInstitutionApprovalWorkflow } from "../../../../../../workflows/institution/portal-orders"
import type { StoreDecisionType } from "../../../validators"
import { approvalOf, reloadApproval } from "../helpers"

/** POST /store/institution/approvals/:id/reject {note} (an approver, never the requester): the cart is open again and the purchaser sees why. */
export async function POST(req: AuthenticatedMedusaRequest<StoreDecisionType>, res: MedusaResponse<StoreApprovalResponse>) {
  const member = membershipFrom(req)
  const approval = await approvalOf(req)
  await decideInstitutionApprovalWorkflow(req.scope).run({
    input: { approval_id: approval.id, cart_id: approval.cart_id, status: "rejected", decided_by: member.customer_id, note: req.validatedBody.note ?? null },
  })
  res.json({ approval: await reloadApproval(req, approval.id) })
}
