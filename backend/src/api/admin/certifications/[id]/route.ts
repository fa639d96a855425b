import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { refetchCertificate } from "../helpers"

/** One certificate with its product and full audit trail. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const certificate = await refetchCertificate(req.scope, req.params.id!, req.queryConfig.fields)
  res.json({ certificate })
}
