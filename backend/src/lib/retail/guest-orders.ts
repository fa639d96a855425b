import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, OrderChangeStatus } from "@medusajs/framework/utils"
import { cancelOrderTransferRequestWorkflow } from "@medusajs/medusa/core-flows"

/**
 * Orders a shopper placed as a guest: those of the guest customer record
 * (has_account false) of an e-mail, not cancelled. Registered accounts and
 * guests are separate customers in Medusa, so an account never sees them
 * until it claims them through Medusa's order transfer (the token goes to
 * the order's e-mail).
 */
export async function guestOrderIds(container: MedusaContainer, email: string): Promise<string[]> {
  const guests = await container.resolve(Modules.CUSTOMER).listCustomers({ email, has_account: false }, { select: ["id"] })
  if (!guests.length) return []
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: ["id", "status"],
    filters: { customer_id: guests.map((g) => g.id) },
  })
  return (data as Array<{ id: string; status: string }>).filter((o) => o.status !== "canceled").map((o) => o.id)
}

/**
 * Before a new transfer request: an earlier one still open (from this shopper
 * or anyone) is withdrawn, so its link stops working and the new e-mail is
 * the one that counts. Returns false when another kind of change (an edit, a
 * return) is open on the order: then it cannot be transferred now.
 */
export async function clearOpenTransfer(container: MedusaContainer, orderId: string): Promise<boolean> {
  const open = await container
    .resolve(Modules.ORDER)
    .listOrderChanges({ order_id: orderId, status: [OrderChangeStatus.PENDING, OrderChangeStatus.REQUESTED] }, { select: ["id", "change_type"] })
  if (!open.length) return true
  if (open.some((c) => c.change_type !== "transfer")) return false
  // as the marketplace (actor "user"), which may withdraw any request
  await cancelOrderTransferRequestWorkflow(container).run({ input: { order_id: orderId, logged_in_user_id: "system", actor_type: "user" } })
  return true
}
