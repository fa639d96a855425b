import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { normaliseCnMobile } from "@fupin/shared"
import { loadOwner } from "../../lib/access/owners"

type Caller = {
  /** the logged-in customer, if any */
  customerId?: string
  /** the email the caller claims the order was placed with */
  email?: string
  /** for an order placed without an e-mail: the contact mobile the caller claims it was placed with */
  mobile?: string
  /** whether a guest order needs `email` (the impact route) or its id suffices (Medusa's order route) */
  guestNeedsEmail: boolean
}

export type ReadableOrder = { id: string; email: string | null; customer_id: string | null }

/**
 * The order if the caller may read it; NOT_FOUND (404) otherwise, so nobody
 * learns whether someone else's order exists.
 *
 * - An order of a registered customer (has_account) is readable by that customer only.
 * - A guest order is readable by its email (one placed without an e-mail by its
 *   contact mobile, the shipping address's phone); with `guestNeedsEmail: false` its id
 *   alone suffices, as Medusa's own confirmation page flow expects (the id is a
 *   random ULID the guest received at checkout).
 */
export async function findReadableOrder(container: MedusaContainer, orderId: string, caller: Caller): Promise<ReadableOrder> {
  const owner = await loadOwner(container, "order", orderId)
  const notFound = () => new MedusaError(MedusaError.Types.NOT_FOUND, `Order with id: ${orderId} was not found`)
  if (!owner || owner.closed) throw notFound()
  const order: ReadableOrder = { id: owner.id, email: owner.email, customer_id: owner.customer_id }

  const ownedByCaller = !!caller.customerId && caller.customerId === order.customer_id
  if (ownedByCaller) return order
  if (owner.registered) throw notFound()

  const emailMatches = !!caller.email && !!order.email && caller.email.toLowerCase() === order.email.toLowerCase()
  if (emailMatches || !caller.guestNeedsEmail) return order
  if (caller.mobile && !order.email && (await contactMobileOf(container, order.id)) === caller.mobile) return order
  throw notFound()
}

async function contactMobileOf(container: MedusaContainer, orderId: string): Promise<string | null> {
  const { data } = await container
    .resolve(ContainerRegistrationKeys.QUERY)
    .graph({ entity: "order", fields: ["id", "shipping_address.phone"], filters: { id: orderId } })
  const phone = (data[0] as { shipping_address?: { phone?: string | null } | null } | undefined)?.shipping_address?.phone
  return phone ? normaliseCnMobile(phone) : null
}
