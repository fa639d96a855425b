import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { CERTIFICATE_TRANSITION_WORKFLOWS } from "../../../../../workflows/certification/transition-certificates"
import { actorOf, refetchCertificate } from "../../helpers"

/** 撤销: final; the product leaves the storefront. Reason required. */
export async function POST(
  req: AuthenticatedMedusaRequest<{ reason?: string; expires_at?: Date }>,
  res: MedusaResponse
) {
  const id = req.params.id!
  await CERTIFICATE_TRANSITION_WORKFLOWS.revoke(req.scope).run({
    input: { ids: [id], actor: actorOf(req), ...req.validatedBody },
  })
  res.json({ certificate: await refetchCertificate(req.scope, id) })
}
