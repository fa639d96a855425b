import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { updateSupplierWorkflow } from "../../../../workflows/supplier/update-supplier"
import { refetchSupplier } from "../helpers"
import type { AdminUpdateSupplierType } from "../validators"

/** GET /admin/suppliers/:id — everything, private contact included, with certificates, file and products. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ supplier: await refetchSupplier(req.scope, req.params.id!, req.queryConfig.fields) })
}

/** POST /admin/suppliers/:id — edits details; status changes go through approve/reject/suspend/reinstate. */
export async function POST(req: AuthenticatedMedusaRequest<AdminUpdateSupplierType>, res: MedusaResponse) {
  const id = req.params.id!
  await refetchSupplier(req.scope, id, ["id"])
  await updateSupplierWorkflow(req.scope).run({ input: { id, data: req.validatedBody } })
  res.json({ supplier: await refetchSupplier(req.scope, id) })
}
