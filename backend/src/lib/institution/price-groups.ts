import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/** The customer group of every institution member: a price list for all institutions uses it. */
export const ALL_INSTITUTIONS_GROUP_NAME = "机构采购客户"

/** The rule Medusa's price lists use for customer groups (the admin's 价格列表 → 客户组 sets the same). */
export const CUSTOMER_GROUP_RULE = "customer.groups.id"

/** The customer group of one institution's members. */
export const institutionGroupName = (institutionName: string) => `机构：${institutionName}`

/**
 * The customer groups a customer belongs to, as Medusa's own store product
 * routes put them in the pricing context (`customer.groups.id`): a price
 * list with a customer-group rule then applies to this customer.
 */
export async function customerGroupIdsOf(container: MedusaContainer, customerId: string): Promise<string[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "customer", fields: ["id", "groups.id"], filters: { id: customerId } })
  const customer = data[0] as { groups?: Array<{ id: string } | null> | null } | undefined
  return (customer?.groups ?? []).flatMap((g) => (g ? [g.id] : []))
}
