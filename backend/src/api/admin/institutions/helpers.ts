import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { InstitutionReviewAction } from "@fupin/shared"
import { actionRoute } from "../../../lib/http/action-route"
import { reviewInstitutionWorkflow } from "../../../workflows/institution/review-institution"
import type { AdminReviewInstitutionType } from "./validators"

export const INSTITUTION_FIELDS = [
  "id",
  "name",
  "credit_code",
  "kind",
  "contact_name",
  "contact_phone",
  "address",
  "status",
  "reviewed_by",
  "reviewed_at",
  "review_note",
  "payment_terms",
  "payment_term_days",
  "created_at",
  "updated_at",
]

export const INSTITUTION_DETAIL_FIELDS = [
  ...INSTITUTION_FIELDS,
  "buyers.id",
  "buyers.roles",
  "buyers.customer_id",
  "buyers.institution_id",
  "buyers.customer.id",
  "buyers.customer.email",
  "buyers.customer.first_name",
  "buyers.customer.last_name",
  "buyers.customer.phone",
]

export async function refetchInstitution(container: MedusaContainer, id: string, fields: string[] = INSTITUTION_DETAIL_FIELDS) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "institution", fields, filters: { id } })
  if (!data[0]) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Institution with id: ${id} was not found`)
  return data[0]
}

/** POST /admin/institutions/:id/{approve,reject,suspend,reinstate}: the review workflow, recording who decided. */
export function institutionActionRoute(action: InstitutionReviewAction) {
  return actionRoute({
    workflow: reviewInstitutionWorkflow,
    input: (body: AdminReviewInstitutionType, { id, actor_id }) => ({ id, action, note: body.note, reviewed_by: actor_id }),
    key: "institution",
    refetch: refetchInstitution,
  })
}
