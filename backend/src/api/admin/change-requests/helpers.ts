import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { actionRoute } from "../../../lib/http/action-route"
import { approveChangeRequestWorkflow, rejectChangeRequestWorkflow } from "../../../workflows/review/review-change-request"
import type { AdminRejectReviewType } from "../review-inbox/validators"

export const ADMIN_CHANGE_REQUEST_FIELDS = [
  "id",
  "product_id",
  "kind",
  "changes",
  "previous",
  "status",
  "reason",
  "reviewed_by",
  "reviewed_at",
  "requested_by",
  "created_at",
  "supplier.id",
  "supplier.legal_name",
]

export async function refetchChangeRequest(scope: MedusaContainer, id: string) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "product_change_request", fields: ADMIN_CHANGE_REQUEST_FIELDS, filters: { id } })
  if (!data[0]) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Change request with id: ${id} was not found`)
  return data[0]
}

/** POST /admin/change-requests/:id/{approve,reject}: the change request review workflows. */
export function changeRequestReviewRoute(action: "approve" | "reject") {
  return actionRoute({
    workflow: action === "approve" ? approveChangeRequestWorkflow : rejectChangeRequestWorkflow,
    input: (body: Partial<AdminRejectReviewType>, { id, actor_id }) => ({ id, actor_id: actor_id ?? null, reason: body.reason ?? null }),
    key: "change_request",
    refetch: refetchChangeRequest,
  })
}
