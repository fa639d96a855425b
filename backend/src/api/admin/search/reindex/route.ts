import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminSearchReindexResponse } from "@fupin/shared"
import { reindexAllProducts } from "../../../../lib/search/reindex-all"

/** Full, idempotent reindex of the catalogue. */
export async function POST(req: MedusaRequest, res: MedusaResponse<AdminSearchReindexResponse>) {
  res.json(await reindexAllProducts(req.scope))
}
