import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

type Caller = {
  /** the logged-in customer, if any */
  customerId?: string
  /** the email the caller claims the order was placed with */
  email?: string
  /** whether a guest order needs `email` (the impact route) or its id suffices (Medusa's order route) */
  guestNeedsEmail: boolean
}

export type ReadableOrder = { id: string; email: string | null; customer_id: string | null }

/**
 * The order if the caller may read it; NOT_FOUND (404) otherwise, so nobody
 * learns whether someone else's order exists.
 *
 * - An order of a registered customer (has_account) is readable by that customer only.
 * - A guest order is readable by its email; with `guestNeedsEmail: false` its id
 *   alone suffices, as Medusa's own confirmation page flow expects (the id is a
 *   random ULID the guest received at checkout).
 */
export async function findReadableOrder(container: MedusaContainer, orderId: string, caller: Caller): Promise<ReadableOrder> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: ["id", "email", "customer_id", "customer.has_account", "is_draft_order"],
    filters: { id: orderId },
  })
  const order = data[0] as (ReadableOrder & { customer?: { has_account?: boolean } | null; is_draft_order?: boolean }) | undefined
  const notFound = () => new MedusaError(MedusaError.Types.NOT_FOUND, `Order with id: ${orderId} was not found`)
  if (!order || order.is_draft_order) throw notFound()

  const ownedByCaller = !!caller.customerId && caller.customerId === order.customer_id
  if (ownedByCaller) return order
  if (order.customer?.has_account) throw notFound()

  const emailMatches = !!caller.email && !!order.email && caller.email.toLowerCase() === order.email.toLowerCase()
  if (emailMatches || !caller.guestNeedsEmail) return order
  throw notFound()
}
