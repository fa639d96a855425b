import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createInstitutionWorkflow } from "../../../workflows/institution/create-institution"
import { refetchInstitution } from "./helpers"
import type { AdminCreateInstitutionType, AdminListInstitutionsType } from "./validators"
import { totalOrder } from "../../../lib/http/pagination"

/** GET /admin/institutions?q=&kind=&status=&offset=&limit= */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminListInstitutionsType>, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "institution",
    fields: req.queryConfig.fields,
    filters: req.filterableFields,
    pagination: totalOrder(req.queryConfig.pagination),
  })
  res.json({
    institutions: data,
    count: metadata?.count ?? data.length,
    offset: metadata?.skip ?? 0,
    limit: metadata?.take ?? data.length,
  })
}

/** POST /admin/institutions: registers an institution, pending review. */
export async function POST(req: AuthenticatedMedusaRequest<AdminCreateInstitutionType>, res: MedusaResponse) {
  const { result } = await createInstitutionWorkflow(req.scope).run({ input: req.validatedBody })
  res.status(201).json({ institution: await refetchInstitution(req.scope, result.id) })
}
