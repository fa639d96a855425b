import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createOrganicCertificateWorkflow } from "../../../../../workflows/supplier/organic-certificates"
import { refetchSupplier } from "../../helpers"
import type { AdminCreateOrganicCertificateType } from "../../validators"

/** GET /admin/suppliers/:id/organic-certificates */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const supplier = await refetchSupplier(req.scope, req.params.id!, ["id", "organic_certificates.*"])
  const organic_certificates = supplier.organic_certificates ?? []
  res.json({ organic_certificates, count: organic_certificates.length, offset: 0, limit: organic_certificates.length })
}

/** POST /admin/suppliers/:id/organic-certificates */
export async function POST(req: AuthenticatedMedusaRequest<AdminCreateOrganicCertificateType>, res: MedusaResponse) {
  const { result } = await createOrganicCertificateWorkflow(req.scope).run({
    input: { ...req.validatedBody, expires_on: req.validatedBody.expires_on ?? null, supplier_id: req.params.id! },
  })
  res.status(201).json({ organic_certificate: result })
}
