import type { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaResponse } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, isDefined, Modules, validateEmail } from "@medusajs/framework/utils"

/**
 * The guest customer (has_account false) for an e-mail, created if there is
 * none. Medusa keeps guests and registered customers with the same e-mail
 * apart (unique on email + has_account); binding a guest's cart to the guest
 * record keeps the registered one out of reach of anyone who merely types
 * its e-mail.
 */
export async function guestCustomerFor(container: MedusaContainer, email: string): Promise<string> {
  const customers = container.resolve(Modules.CUSTOMER)
  const normalized = validateEmail(email)
  const find = async () => (await customers.listCustomers({ email: normalized, has_account: false }, { take: 1 }))[0]?.id
  const found = await find()
  if (found) return found
  try {
    return (await customers.createCustomers({ email: normalized })).id
  } catch (e) {
    // a concurrent request created it first
    const raced = await find()
    if (raced) return raced
    throw e
  }
}

const plausibleEmail = (value: unknown): value is string => {
  if (typeof value !== "string") return false
  try {
    validateEmail(value)
    return true
  } catch {
    return false
  }
}

/**
 * Before Medusa's updateCartWorkflow sees an e-mail for a cart that has no
 * customer yet (its findOrCreateCustomerStep would take the first customer
 * with that e-mail, registered or not), the cart is bound to that e-mail's
 * guest customer. A cart that already has a customer keeps Medusa's rule: a
 * guest stays a guest, a registered owner (the only one let through by the
 * access rule) keeps the cart.
 */
export async function keepGuestCartAGuest(req: AuthenticatedMedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    const email = (req.body as { email?: unknown } | undefined)?.email
    const cartId = req.params.id
    if (cartId && plausibleEmail(email)) {
      const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({ entity: "cart", fields: ["id", "customer_id"], filters: { id: cartId } })
      const cart = data[0] as { id: string; customer_id: string | null } | undefined
      if (cart && !isDefined(cart.customer_id ?? undefined)) {
        const customerId = await guestCustomerFor(req.scope, email)
        await req.scope.resolve(Modules.CART).updateCarts(cart.id, { customer_id: customerId })
      }
    }
    next()
  } catch (e) {
    next(e)
  }
}
