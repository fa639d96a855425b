import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createCertificatesWorkflow } from "../../../workflows/certification/create-certificates"
import { actorOf, refetchCertificate } from "./helpers"
import type { AdminCreateCertificationType, AdminGetCertificationsParamsType } from "./validators"
import { totalOrder } from "../../../lib/http/pagination"

/** The certification review queue: filter by status, county, supplier, expiring soon, number. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminGetCertificationsParamsType>, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { q, status, county_handle, supplier_id, expiring_within_days } = req.validatedQuery
  const filters: Record<string, unknown> = {}
  if (q) filters.number = { $ilike: `%${q}%` }
  if (status) filters.status = status
  if (county_handle) filters.county_handle = county_handle
  if (supplier_id) filters.supplier_id = supplier_id
  if (expiring_within_days) {
    const now = new Date()
    filters.status = "certified"
    filters.expires_at = { $gt: now, $lte: new Date(now.getTime() + expiring_within_days * 86_400_000) }
  }
  const { data, metadata } = await query.graph({
    entity: "certificate",
    fields: req.queryConfig.fields,
    filters,
    pagination: totalOrder(req.queryConfig.pagination),
  })
  res.json({
    certificates: data,
    count: metadata?.count ?? data.length,
    offset: metadata?.skip ?? 0,
    limit: metadata?.take ?? data.length,
  })
}

/** Apply (申请认定): a certificate in `applied` for a product; the product stays off the storefront until certified. */
export async function POST(req: AuthenticatedMedusaRequest<AdminCreateCertificationType>, res: MedusaResponse) {
  const { result } = await createCertificatesWorkflow(req.scope).run({
    input: { certificates: [{ ...req.validatedBody, status: "applied" }], actor: actorOf(req.auth_context?.actor_id) },
  })
  const certificate = await refetchCertificate(req.scope, result[0]!.id)
  res.status(201).json({ certificate })
}
