import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { StoreShopperReturnsResponse } from "@fupin/shared"
import { shopperOrderForReturns, shopperReturnsView } from "../../../../../lib/retail/returns"
import { requestShopperReturnWorkflow } from "../../../../../workflows/retail/request-shopper-return"
import type { StoreCreateShopperReturnType } from "./validators"

/** GET /store/orders/:id/returns — the logged-in shopper's returns of its own order, what may still go back and until when. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse<StoreShopperReturnsResponse>) {
  const order = await shopperOrderForReturns(req.scope, req.params.id!, req.auth_context.actor_id)
  res.json(shopperReturnsView(order))
}

/**
 * POST /store/orders/:id/returns — 申请售后: shipped lines of the shopper's own
 * order go back (Medusa's return, requested); 404 for anyone else's order, 400
 * naming the field for a line that cannot go back, a missing photo, a closed window.
 */
export async function POST(req: AuthenticatedMedusaRequest<StoreCreateShopperReturnType>, res: MedusaResponse<StoreShopperReturnsResponse>) {
  const body = req.validatedBody
  await requestShopperReturnWorkflow(req.scope).run({
    input: {
      order_id: req.params.id!,
      customer_id: req.auth_context.actor_id,
      items: body.items,
      reason: body.reason,
      note: body.note?.trim() || null,
      photos: [...new Set(body.photos ?? [])],
    },
  })
  const order = await shopperOrderForReturns(req.scope, req.params.id!, req.auth_context.actor_id)
  res.status(201).json(shopperReturnsView(order))
}
