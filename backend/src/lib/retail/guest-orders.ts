import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, OrderChangeStatus } from "@medusajs/framework/utils"
import { cancelOrderTransferRequestWorkflow } from "@medusajs/medusa/core-flows"
import { MOBILE_AUTH_PROVIDER, normaliseCnMobile } from "@fupin/shared"

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

/**
 * The mobile a customer has proven: the number of the "mobile" login (a
 * one-time code was sent to it) that belongs to this very customer. A phone
 * merely typed into the profile proves nothing and gives null.
 */
export async function verifiedMobileOf(container: MedusaContainer, customerId: string): Promise<string | null> {
  const customer = await container.resolve(Modules.CUSTOMER).retrieveCustomer(customerId, { select: ["id", "phone"] })
  const mobile = customer.phone ? normaliseCnMobile(customer.phone) : null
  if (!mobile) return null
  const identities = await container
    .resolve(Modules.AUTH)
    .listProviderIdentities({ provider: MOBILE_AUTH_PROVIDER, entity_id: mobile }, { relations: ["auth_identity"] })
  const owner = identities[0]?.auth_identity?.app_metadata?.customer_id
  return owner === customerId ? mobile : null
}

/**
 * Guest orders placed with this mobile and no e-mail (the checkout asks for a
 * mobile, the e-mail is optional): no registered account owns them, they are
 * not cancelled, and their delivery (or pickup) contact is the number. An
 * order with an e-mail is claimed through that inbox instead, so a gift's
 * recipient cannot take over the buyer's order by its delivery phone.
 */
export async function mobileGuestOrderIds(container: MedusaContainer, mobile: string): Promise<string[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: ["id", "status", "email", "customer.has_account", "shipping_address.phone"],
    filters: { shipping_address: { phone: mobile } } as Record<string, unknown>,
  })
  return (data as Array<{ id: string; status: string; email: string | null; customer?: { has_account?: boolean } | null; shipping_address?: { phone?: string | null } | null }>)
    .filter((o) => o.status !== "canceled" && !o.email && !o.customer?.has_account && o.shipping_address?.phone === mobile)
    .map((o) => o.id)
}
