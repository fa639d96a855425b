import type { MedusaResponse } from "@medusajs/framework/http"
import type { SupplierSetStockResponse } from "@fupin/shared"
import { portalOf, type SupplierRequest } from "../../../lib/supplier-portal/context"
import { setSupplierStock } from "../../../lib/supplier-portal/stock"
import type { SupplierSetStockType } from "../validators"

/** POST /supplier/stock — sets the stock of its own variants (the access rule answers 404 for anyone else's variant). */
export async function POST(req: SupplierRequest<SupplierSetStockType>, res: MedusaResponse<SupplierSetStockResponse>) {
  const { supplier_id } = portalOf(req)
  res.json({ variants: await setSupplierStock(req.scope, supplier_id, req.validatedBody.items) })
}
