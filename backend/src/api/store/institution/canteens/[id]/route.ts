import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { StoreCanteenResponse, StoreDeleteCanteenResponse } from "@fupin/shared"
import { portalCanteen } from "../../../../../lib/institution/canteens"
import { membershipFrom } from "../../../../../lib/institution/request"
import { deleteInstitutionCanteenWorkflow, updateInstitutionCanteenWorkflow } from "../../../../../workflows/institution/canteens"
import type { StoreUpdateCanteenType } from "../../validators"

/** POST /store/institution/canteens/:id (admin): changes a canteen of the institution (another's answers 404, by the access rule). */
export async function POST(req: AuthenticatedMedusaRequest<StoreUpdateCanteenType>, res: MedusaResponse<StoreCanteenResponse>) {
  const member = membershipFrom(req)
  const { result } = await updateInstitutionCanteenWorkflow(req.scope).run({
    input: { ...req.validatedBody, id: req.params.id!, institution_id: member.institution_id },
  })
  res.json({ canteen: portalCanteen(result as never) })
}

/** DELETE /store/institution/canteens/:id (admin): removes it; orders placed keep the address they were given. */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse<StoreDeleteCanteenResponse>) {
  const member = membershipFrom(req)
  const { result } = await deleteInstitutionCanteenWorkflow(req.scope).run({ input: { id: req.params.id!, institution_id: member.institution_id } })
  res.json({ id: result.id, deleted: true })
}
