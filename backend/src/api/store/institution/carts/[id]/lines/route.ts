import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MathBN } from "@medusajs/framework/utils"
import type { PadLinesErrorResponse, StoreInstitutionCartResponse } from "@fupin/shared"
import { padContextOf } from "../../../../../../lib/institution/context"
import { checkPadLines } from "../../../../../../lib/institution/pad"
import { portalCart } from "../../../../../../lib/institution/portal"
import { membershipFrom } from "../../../../../../lib/institution/request"
import { addInstitutionCartLinesWorkflow } from "../../../../../../workflows/institution/add-institution-cart-lines"
import type { StoreAddInstitutionCartLinesType } from "../../../validators"
import { cartOf } from "../helpers"

/**
 * POST /store/institution/carts/:id/lines (purchaser): every line is checked
 * first (SKU, certified and on sale, a whole quantity, minimum, pack size,
 * stock, date, duplicates); one bad line answers 400 naming each bad row and
 * adds nothing. Good lines go to the cart in one addToCartWorkflow run
 * (replacing the cart's lines when `replace`).
 */
export async function POST(
  req: AuthenticatedMedusaRequest<StoreAddInstitutionCartLinesType>,
  res: MedusaResponse<StoreInstitutionCartResponse | PadLinesErrorResponse>
) {
  const member = membershipFrom(req)
  const cart = await cartOf(req)
  const { lines, replace } = req.validatedBody
  const alreadyInCart = new Map<string, number>()
  if (!replace) {
    for (const item of cart.items) {
      if (item.variant_id) alreadyInCart.set(item.variant_id, (alreadyInCart.get(item.variant_id) ?? 0) + MathBN.convert(item.quantity as never).toNumber())
    }
  }
  const ctx = await padContextOf(req, cart.id, member.customer_id)
  const { good, problems } = await checkPadLines(req.scope, ctx, lines, { alreadyInCart })
  if (problems.length) {
    res.status(400).json({
      message: `${problems.length} 行有误，未添加任何商品 / ${problems.length} line(s) are wrong; nothing was added`,
      rows: problems,
    })
    return
  }
  await addInstitutionCartLinesWorkflow(req.scope).run({
    input: {
      cart_id: cart.id,
      remove_item_ids: replace ? cart.items.map((i) => i.id) : [],
      items: good.map((l) => ({
        variant_id: l.variant.variant_id,
        quantity: l.quantity,
        metadata: {
          ...(l.requested_delivery_date ? { requested_delivery_date: l.requested_delivery_date } : {}),
          ...(l.canteen ? { canteen: l.canteen } : {}),
        },
      })),
    },
  })
  res.json({ cart: await portalCart(req.scope, cart.id) })
}
