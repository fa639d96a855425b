import type { MedusaResponse } from "@medusajs/framework/http"
import type { SupplierApplicationResponse } from "@fupin/shared"
import { fileUrls } from "../../../lib/files/store-uploads"
import { portalMember, portalSupplier, type SupplierRequest } from "../../../lib/supplier-portal/context"
import { applyAsSupplierWorkflow } from "../../../workflows/supplier-portal/apply-as-supplier"
import type { SupplierApplyType } from "../validators"

/**
 * POST /supplier/applications — a producer applies to join (入驻申请), with the
 * registration token of `POST /auth/supplier/emailpass/register`. The supplier
 * is created pending (the operator's review queue, /admin/suppliers) with the
 * login's owner member; log in again to get a member token.
 */
export async function POST(req: SupplierRequest<SupplierApplyType>, res: MedusaResponse<SupplierApplicationResponse>) {
  const { member, organic_certificates = [], documents = [], ...supplier } = req.validatedBody
  const urls = await fileUrls(req.scope, documents.map((d) => d.file_id), "documents")
  const { result } = await applyAsSupplierWorkflow(req.scope).run({
    input: {
      auth_identity_id: req.auth_context.auth_identity_id,
      supplier: { ...supplier, documents: documents.map((d) => ({ ...d, url: urls.get(d.file_id)! })) },
      organic_certificates,
      member,
    },
  })
  res.status(201).json({ supplier: await portalSupplier(req.scope, result.supplier.id), member: (await portalMember(req.scope, result.member.id))! })
}
