import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { RETURN_REASONS_NEEDING_PHOTOS, type ShopperReturnReason } from "@fupin/shared"
import { reviewPhotos } from "../../../lib/product-review/photos"
import { orderReturnRefusal, returnableQuantity, returnReasonIds, returnShipping, shopperOrderForReturns } from "../../../lib/retail/returns"

export type ValidateShopperReturnInput = {
  order_id: string
  customer_id: string
  items: Array<{ id: string; quantity: number }>
  reason: ShopperReturnReason
  photos: string[]
}

/**
 * May this shopper send these lines back now? Its own order only (404
 * otherwise), shipped lines within the window, never more than is left of a
 * line, and a photo where the reason is about the goods themselves. Returns
 * Medusa's return reason and return shipping option, and the photos' URLs.
 */
export const validateShopperReturnStep = createStep("validate-shopper-return", async (input: ValidateShopperReturnInput, { container }) => {
  const order = await shopperOrderForReturns(container, input.order_id, input.customer_id)
  const refusal = orderReturnRefusal(order)
  if (refusal) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, refusal)
  const items = new Map(order.items.map((i) => [i.id, i]))
  const seen = new Set<string>()
  input.items.forEach((line, i) => {
    const item = items.get(line.id)
    if (!item) throw new MedusaError(MedusaError.Types.INVALID_DATA, `items[${i}].id: 订单中没有这件商品 / no such line in this order`)
    if (seen.has(line.id)) throw new MedusaError(MedusaError.Types.INVALID_DATA, `items[${i}].id: 同一商品只填一行 / the same line twice`)
    seen.add(line.id)
    const left = returnableQuantity(item)
    if (line.quantity > left) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        left
          ? `items[${i}].quantity: 「${item.product_title ?? item.title}」最多可退 ${left} 件 / at most ${left} of this line can go back`
          : `items[${i}].quantity: 「${item.product_title ?? item.title}」尚未发货或已申请过售后 / this line has not shipped or is already being returned`
      )
    }
  })
  if (RETURN_REASONS_NEEDING_PHOTOS.includes(input.reason) && !input.photos.length) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "photos: 请上传商品照片，便于商家和平台核实 / add a photo of the goods so the supplier and the operator can see the problem")
  }
  const [photos, reasons, shipping] = await Promise.all([reviewPhotos(container, input.photos), returnReasonIds(container), returnShipping(container)])
  return new StepResponse({ photos, reason_id: reasons.get(input.reason)!, return_option_id: shipping.option_id, return_location_id: shipping.location_id })
})
