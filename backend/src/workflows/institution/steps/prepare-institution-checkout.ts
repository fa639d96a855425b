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
 * Makes an institution cart ready to complete: the cheapest home-delivery
 * shipping option, priced for the cart's goods (lib/institution/delivery.ts) and a payment session
 * with the bank-transfer provider. Re-running replaces both, so a cart changed after
 * a rejection is prepared afresh. Nothing to undo: an unused shipping method
 * or payment session on an open cart changes nothing.
 */
export const prepareInstitutionCheckoutStep = createStep(
  "prepare-institution-checkout",
  async (input: { cart_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "cart", fields: ["id", "items.id", "payment_collection.id"], filters: { id: input.cart_id } })
    const cart = data[0] as { id: string; items?: unknown[] | null; payment_collection?: { id: string } | null } | undefined
    if (!cart) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cart with id: ${input.cart_id} was not found`)
    if (!cart.items?.length) throw new MedusaError(MedusaError.Types.INVALID_DATA, "采购单是空的，请先添加商品 / The order has no lines yet")

    const { result: options } = await listShippingOptionsForCartWorkflow(container).run({
      input: { cart_id: cart.id, is_return: false, fields: ["id", "amount", "calculated_price.*", "type.code"] } as never,
    })
    const cheapest = cheapestHomeDelivery(options as unknown as DeliveryOption[])
    if (!cheapest) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, NO_DELIVERY_MESSAGE)
    await addShippingMethodToCartWorkflow(container).run({ input: { cart_id: cart.id, options: [{ id: cheapest.id }] } })

    let collectionId = cart.payment_collection?.id
    if (!collectionId) {
      await createPaymentCollectionForCartWorkflow(container).run({ input: { cart_id: cart.id } })
      const { data: again } = await query.graph({ entity: "cart", fields: ["payment_collection.id"], filters: { id: cart.id } })
      collectionId = (again[0] as { payment_collection?: { id: string } | null } | undefined)?.payment_collection?.id
    }
    if (!collectionId) throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, `cart ${cart.id} has no payment collection`)
    await createPaymentSessionsWorkflow(container).run({ input: { payment_collection_id: collectionId, provider_id: INSTITUTION_PAYMENT_PROVIDER } })
    return new StepResponse({ shipping_option_id: cheapest.id, payment_collection_id: collectionId })
  }
)
