import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { StoreListListsResponse, StoreListResponse } from "@fupin/shared"
import { portalLists } from "../../../../lib/institution/lists"
import { membershipFrom } from "../../../../lib/institution/request"
import { INSTITUTION_MODULE } from "../../../../modules/institution"
import type InstitutionModuleService from "../../../../modules/institution/service"
import { createInstitutionListWorkflow } from "../../../../workflows/institution/lists"
import type { StoreCreateListType } from "../validators"

/** GET /store/institution/lists (any member): the institution's 常用清单, last changed first. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse<StoreListListsResponse>) {
  const member = membershipFrom(req)
  const rows = await req.scope
    .resolve<InstitutionModuleService>(INSTITUTION_MODULE)
    .listInstitutionLists({ institution_id: member.institution_id }, { order: { updated_at: "DESC" }, take: null })
  res.json({ lists: await portalLists(req.scope, rows as never) })
}

/** POST /store/institution/lists {name, lines | order_id} (purchaser or admin): saves the pad's lines, or an order's, as a list. */
export async function POST(req: AuthenticatedMedusaRequest<StoreCreateListType>, res: MedusaResponse<StoreListResponse>) {
  const member = membershipFrom(req)
  const { result } = await createInstitutionListWorkflow(req.scope).run({
    input: { ...req.validatedBody, institution_id: member.institution_id, customer_id: member.customer_id },
  })
  const [list] = await portalLists(req.scope, [result as never])
  res.status(201).json({ list: list! })
}
