import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import {
  deleteOrganicCertificateWorkflow,
  updateOrganicCertificateWorkflow,
} from "../../../../../../workflows/supplier/organic-certificates"
import type { AdminUpdateOrganicCertificateType } from "../../../validators"

/** POST /admin/suppliers/:id/organic-certificates/:certificate_id */
export async function POST(req: AuthenticatedMedusaRequest<AdminUpdateOrganicCertificateType>, res: MedusaResponse) {
  const { result } = await updateOrganicCertificateWorkflow(req.scope).run({
    input: { supplier_id: req.params.id!, id: req.params.certificate_id!, data: req.validatedBody },
  })
  res.json({ organic_certificate: result })
}

/** DELETE /admin/suppliers/:id/organic-certificates/:certificate_id */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const id = req.params.certificate_id!
  await deleteOrganicCertificateWorkflow(req.scope).run({ input: { supplier_id: req.params.id!, id } })
  res.json({ id, object: "organic_certificate", deleted: true })
}
