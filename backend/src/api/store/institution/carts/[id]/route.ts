import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { StoreInstitutionCartResponse } from "@fupin/shared"
import { portalCart } from "../../../../../lib/institution/portal"
import { cartOf } from "./helpers"

/** GET /store/institution/carts/:id: an institution cart with its lines, county totals, frozen state and latest approval request. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse<StoreInstitutionCartResponse>) {
  const cart = await cartOf(req)
  res.json({ cart: await portalCart(req.scope, cart.id) })
}
