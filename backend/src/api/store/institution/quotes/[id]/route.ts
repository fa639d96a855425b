import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { StoreQuoteResponse } from "@fupin/shared"
import { quoteDTO } from "../../../../../lib/institution/quotes"

/** GET /store/institution/quotes/:id (every member; another institution's is a 404 by the access rule). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse<StoreQuoteResponse>) {
  res.json({ quote: await quoteDTO(req.scope, req.params.id!) })
}
