import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { addInstitutionBuyerWorkflow } from "../../../../../workflows/institution/add-institution-buyer"
import { refetchInstitution } from "../../helpers"
import type { AdminAddInstitutionBuyerType } from "../../validators"
import { totalOrder } from "../../../../../lib/http/pagination"

/** GET /admin/institutions/:id/buyers */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await refetchInstitution(req.scope, req.params.id!, ["id"]) // 404 for an unknown institution
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "institution_buyer",
    fields: req.queryConfig.fields,
    filters: { ...req.filterableFields, institution_id: req.params.id! },
    pagination: totalOrder(req.queryConfig.pagination),
  })
  res.json({ buyers: data, count: metadata?.count ?? data.length, offset: metadata?.skip ?? 0, limit: metadata?.take ?? data.length })
}

/** POST /admin/institutions/:id/buyers: links a customer (by id, or by email, creating it) as a buyer. */
export async function POST(req: AuthenticatedMedusaRequest<AdminAddInstitutionBuyerType>, res: MedusaResponse) {
  const { result } = await addInstitutionBuyerWorkflow(req.scope).run({
    input: { ...req.validatedBody, institution_id: req.params.id! },
  })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "institution_buyer",
    fields: ["id", "roles", "customer_id", "institution_id", "customer.id", "customer.email", "customer.first_name", "customer.last_name", "customer.phone"],
    filters: { id: result.id },
  })
  res.status(201).json({ buyer: data[0] })
}
