import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminQuoteResponse } from "@fupin/shared"
import { quoteDTO } from "../../../../lib/institution/quotes"

/** GET /admin/quotes/:id */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminQuoteResponse>) {
  res.json({ quote: await quoteDTO(req.scope, req.params.id!) })
}
