import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import {
  deleteSupplyDemandFileWorkflow,
  upsertSupplyDemandFileWorkflow,
} from "../../../../../workflows/supplier/supply-demand-file"
import { refetchSupplier } from "../../helpers"
import type { AdminUpsertSupplyDemandFileType } from "../../validators"

/** GET /admin/suppliers/:id/supply-demand-file — the key enterprise's 供求信息档案 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const supplier = await refetchSupplier(req.scope, req.params.id!, ["id", "supply_demand_file.*"])
  if (!supplier.supply_demand_file) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Supplier ${supplier.id} has no supply/demand file`)
  }
  res.json({ supply_demand_file: supplier.supply_demand_file })
}

/** POST /admin/suppliers/:id/supply-demand-file — creates or updates it */
export async function POST(req: AuthenticatedMedusaRequest<AdminUpsertSupplyDemandFileType>, res: MedusaResponse) {
  const { result } = await upsertSupplyDemandFileWorkflow(req.scope).run({
    input: { supplier_id: req.params.id!, data: req.validatedBody },
  })
  res.json({ supply_demand_file: result })
}

/** DELETE /admin/suppliers/:id/supply-demand-file */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { result } = await deleteSupplyDemandFileWorkflow(req.scope).run({ input: { supplier_id: req.params.id! } })
  res.json({ id: result, object: "supply_demand_file", deleted: true })
}
