import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  addShippingMethodToCartWorkflow,
  createPaymentCollectionForCartWorkflow,
  createPaymentSessionsWorkflow,
  listShippingOptionsForCartWorkflow,
} from "@medusajs/medusa/core-flows"
import { BANK_TRANSFER_PROVIDER_ID, NO_DELIVERY_MESSAGE } from "@fupin/shared"
import { cheapestHomeDelivery, type DeliveryOption } from "../../../lib/institution/delivery"

/** Institution orders pay by bank transfer (对公转账, src/modules/bank-transfer): placed with the payment pending. */
export const INSTITUTION_PAYMENT_PROVIDER = BANK_TRANSFER_PROVIDER_ID

/**
 * Puts the cheapest home delivery reaching the cart's address on an
 * institution cart (lib/institution/delivery.ts), unless it is already its
 * only shipping method: Medusa re-prices a cart's shipping methods whenever
 * its lines change, so a method chosen while the cart was empty (when adding
 * it is cheap: Medusa refreshes the whole cart after adding a method) still
 * holds the bulk rule's price for the goods at submit. Answers the option,
 * or null when none reaches the address.
 */
export async function chooseInstitutionDelivery(container: MedusaContainer, cartId: string): Promise<string | null> {
  const { result: options } = await listShippingOptionsForCartWorkflow(container).run({
    input: { cart_id: cartId, is_return: false, fields: ["id", "amount", "calculated_price.*", "type.code"] } as never,
  })
  const cheapest = cheapestHomeDelivery(options as unknown as DeliveryOption[])
  if (!cheapest) return null
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "cart", fields: ["id", "shipping_methods.shipping_option_id"], filters: { id: cartId } })
  const methods = ((data[0] as { shipping_methods?: Array<{ shipping_option_id: string | null } | null> | null } | undefined)?.shipping_methods ?? []).filter(Boolean)
  if (methods.length !== 1 || methods[0]!.shipping_option_id !== cheapest.id) {
    await addShippingMethodToCartWorkflow(container).run({ input: { cart_id: cartId, options: [{ id: cheapest.id }] } })
  }
  return cheapest.id
}

/**
 * Makes an institution cart ready to complete: its delivery
 * (chooseInstitutionDelivery) and a payment session with the bank-transfer
 * provider. Re-running checks both again, so a cart changed after a rejection
 * is prepared afresh. Nothing to undo: a shipping method or payment session
 * on an open cart changes nothing.
 */
export const prepareInstitutionCheckoutStep = createStep(
  "prepare-institution-checkout",
  async (input: { cart_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "cart", fields: ["id", "items.id", "payment_collection.id"], filters: { id: input.cart_id } })
    const cart = data[0] as { id: string; items?: unknown[] | null; payment_collection?: { id: string } | null } | undefined
    if (!cart) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cart with id: ${input.cart_id} was not found`)
    if (!cart.items?.length) throw new MedusaError(MedusaError.Types.INVALID_DATA, "采购单是空的，请先添加商品 / The order has no lines yet")

    const shippingOptionId = await chooseInstitutionDelivery(container, cart.id)
    if (!shippingOptionId) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, NO_DELIVERY_MESSAGE)

    let collectionId = cart.payment_collection?.id
    if (!collectionId) {
      await createPaymentCollectionForCartWorkflow(container).run({ input: { cart_id: cart.id } })
      const { data: again } = await query.graph({ entity: "cart", fields: ["payment_collection.id"], filters: { id: cart.id } })
      collectionId = (again[0] as { payment_collection?: { id: string } | null } | undefined)?.payment_collection?.id
    }
    if (!collectionId) throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, `cart ${cart.id} has no payment collection`)
    await createPaymentSessionsWorkflow(container).run({ input: { payment_collection_id: collectionId, provider_id: INSTITUTION_PAYMENT_PROVIDER } })
    return new StepResponse({ shipping_option_id: shippingOptionId, payment_collection_id: collectionId })
  }
)
