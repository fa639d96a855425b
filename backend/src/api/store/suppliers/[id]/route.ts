import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { StoreSupplierResponse } from "@fupin/shared"
import { STORE_SUPPLIER_FIELDS, toStoreSuppliers } from "../helpers"

/** GET /store/suppliers/:id — an approved supplier's public profile; anything else is 404. */
export async function GET(req: MedusaRequest, res: MedusaResponse<StoreSupplierResponse>) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "supplier",
    fields: STORE_SUPPLIER_FIELDS,
    filters: { id: req.params.id!, status: "approved" },
  })
  // Pending, rejected and suspended suppliers do not exist for the store.
  if (!data[0]) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Supplier with id: ${req.params.id} was not found`)
  const [supplier] = await toStoreSuppliers(req.scope, data)
  res.json({ supplier: supplier! })
}
