import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { StoreDeleteListResponse, StoreListResponse } from "@fupin/shared"
import { portalLists } from "../../../../../lib/institution/lists"
import { membershipFrom } from "../../../../../lib/institution/request"
import { INSTITUTION_MODULE } from "../../../../../modules/institution"
import type InstitutionModuleService from "../../../../../modules/institution/service"
import { deleteInstitutionListWorkflow, updateInstitutionListWorkflow } from "../../../../../workflows/institution/lists"
import type { StoreUpdateListType } from "../../validators"

/** GET /store/institution/lists/:id (any member): one list, its lines named as they are today (another institution's: 404, by the access rule). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse<StoreListResponse>) {
  const member = membershipFrom(req)
  const [row] = await req.scope.resolve<InstitutionModuleService>(INSTITUTION_MODULE).listInstitutionLists({ id: req.params.id!, institution_id: member.institution_id })
  if (!row) throw new MedusaError(MedusaError.Types.NOT_FOUND, `List with id: ${req.params.id} was not found`)
  const [list] = await portalLists(req.scope, [row as never])
  res.json({ list: list! })
}

/** POST /store/institution/lists/:id {name?, lines?} (purchaser or admin): renames it and/or replaces its lines. */
export async function POST(req: AuthenticatedMedusaRequest<StoreUpdateListType>, res: MedusaResponse<StoreListResponse>) {
  const member = membershipFrom(req)
  const { result } = await updateInstitutionListWorkflow(req.scope).run({
    input: { ...req.validatedBody, id: req.params.id!, institution_id: member.institution_id, customer_id: member.customer_id },
  })
  const [list] = await portalLists(req.scope, [result as never])
  res.json({ list: list! })
}

/** DELETE /store/institution/lists/:id (purchaser or admin). */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse<StoreDeleteListResponse>) {
  const member = membershipFrom(req)
  const { result } = await deleteInstitutionListWorkflow(req.scope).run({ input: { id: req.params.id!, institution_id: member.institution_id } })
  res.json({ id: result.id, object: "institution_list", deleted: true })
}
