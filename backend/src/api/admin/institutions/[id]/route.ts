import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { updateInstitutionWorkflow } from "../../../../workflows/institution/update-institution"
import { refetchInstitution } from "../helpers"
import type { AdminUpdateInstitutionType } from "../validators"

/** GET /admin/institutions/:id with its buyers (and their customer accounts). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ institution: await refetchInstitution(req.scope, req.params.id!, req.queryConfig.fields) })
}

/** POST /admin/institutions/:id: edits details; the status changes through approve/reject/suspend/reinstate. */
export async function POST(req: AuthenticatedMedusaRequest<AdminUpdateInstitutionType>, res: MedusaResponse) {
  await updateInstitutionWorkflow(req.scope).run({ input: { ...req.validatedBody, id: req.params.id! } })
  res.json({ institution: await refetchInstitution(req.scope, req.params.id!) })
}
