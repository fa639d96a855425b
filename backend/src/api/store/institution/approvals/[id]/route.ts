import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { StoreApprovalDetailResponse } from "@fupin/shared"
import { portalCart } from "../../../../../lib/institution/portal"
import { approvalOf, reloadApproval } from "./helpers"

/**
 * GET /store/institution/approvals/:id — one approval request with the lines it asks to order
 * (product, size, quantity, price, county, canteen), so an approver decides on what is bought,
 * not only on its total. Any member of the institution may read it; anyone else gets the
 * access rule's 404 (src/lib/access/rules.ts).
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse<StoreApprovalDetailResponse>) {
  const approval = await approvalOf(req)
  const { items } = await portalCart(req.scope, approval.cart_id)
  res.json({ approval: await reloadApproval(req, approval.id), items })
}
