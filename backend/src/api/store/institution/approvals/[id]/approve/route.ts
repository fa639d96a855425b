import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { StoreApproveRequest, StoreApproveResponse } from "@fupin/shared"
import { membershipFrom } from "../../../../../../lib/institution/request"
import { portalOrdersById } from "../../../../../../lib/institution/portal"
import { approveInstitutionOrderWorkflow } from "../../../../../../workflows/institution/portal-orders"
import { approvalOf, reloadApproval } from "../helpers"

/** POST /store/institution/approvals/:id/approve (an approver, never the requester): records the decision and places the order. */
export async function POST(req: AuthenticatedMedusaRequest<StoreApproveRequest>, res: MedusaResponse<StoreApproveResponse>) {
  const member = membershipFrom(req)
  const approval = await approvalOf(req)
  const { result } = await approveInstitutionOrderWorkflow(req.scope).run({
    input: { approval_id: approval.id, cart_id: approval.cart_id, requested_by: approval.requested_by, decided_by: member.customer_id, note: req.validatedBody.note ?? null },
  })
  const [order] = await portalOrdersById(req.scope, [result.order_id])
  res.json({ approval: await reloadApproval(req, approval.id), order: order! })
}
