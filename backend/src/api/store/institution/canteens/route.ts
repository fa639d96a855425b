import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { StoreCanteenResponse, StoreListCanteensResponse } from "@fupin/shared"
import { portalCanteen } from "../../../../lib/institution/canteens"
import { membershipFrom } from "../../../../lib/institution/request"
import { INSTITUTION_MODULE } from "../../../../modules/institution"
import type InstitutionModuleService from "../../../../modules/institution/service"
import { createInstitutionCanteenWorkflow } from "../../../../workflows/institution/canteens"
import type { StoreCreateCanteenType } from "../validators"

/** GET /store/institution/canteens (any member): the institution's canteens and their delivery addresses. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse<StoreListCanteensResponse>) {
  const member = membershipFrom(req)
  const canteens = await req.scope
    .resolve<InstitutionModuleService>(INSTITUTION_MODULE)
    .listInstitutionCanteens({ institution_id: member.institution_id }, { order: { created_at: "ASC" }, take: null })
  res.json({ canteens: canteens.map((c) => portalCanteen(c as never)) })
}

/** POST /store/institution/canteens (admin): adds a canteen. */
export async function POST(req: AuthenticatedMedusaRequest<StoreCreateCanteenType>, res: MedusaResponse<StoreCanteenResponse>) {
  const member = membershipFrom(req)
  const { result } = await createInstitutionCanteenWorkflow(req.scope).run({ input: { ...req.validatedBody, institution_id: member.institution_id } })
  res.status(201).json({ canteen: portalCanteen(result as never) })
}
