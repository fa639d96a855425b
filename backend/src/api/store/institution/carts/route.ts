import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createCartWorkflow } from "@medusajs/medusa/core-flows"
import { INSTITUTION_CART_METADATA_KEY, type StoreInstitutionCartResponse } from "@fupin/shared"
import { cnyRegionId, institutionAddress, salesChannelOf } from "../../../../lib/institution/context"
import { institutionOfCart } from "../../../../lib/institution/membership"
import { portalCart } from "../../../../lib/institution/portal"
import { membershipFrom } from "../../../../lib/institution/request"
import { INSTITUTION_MODULE } from "../../../../modules/institution"
import type InstitutionModuleService from "../../../../modules/institution/service"
import { chooseInstitutionDelivery } from "../../../../workflows/institution/steps/prepare-institution-checkout"

/**
 * POST /store/institution/carts (purchaser): the purchaser's open institution
 * cart (200), or a new one (201): CNY, marked with the institution, shipping
 * to the institution's canteen address by home delivery, chosen now while the
 * cart is empty (it is re-priced for the goods as lines come and go).
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse<StoreInstitutionCartResponse>) {
  const member = membershipFrom(req)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cart",
    fields: ["id", "metadata", "completed_at"],
    filters: { customer_id: member.customer_id, completed_at: null },
    pagination: { order: { created_at: "DESC" }, take: 50 },
  })
  const open = (data as unknown as Array<{ id: string; metadata: Record<string, unknown> | null }>).find(
    (c) => institutionOfCart(c.metadata) === member.institution_id
  )
  if (open) {
    res.json({ cart: await portalCart(req.scope, open.id) })
    return
  }

  const institution = await req.scope.resolve<InstitutionModuleService>(INSTITUTION_MODULE).retrieveInstitution(member.institution_id)
  const customer = await req.scope.resolve(Modules.CUSTOMER).retrieveCustomer(member.customer_id)
  // one address until the canteen address book: the institution's own
  const address = institutionAddress(institution)
  const { result } = await createCartWorkflow(req.scope).run({
    input: {
      region_id: await cnyRegionId(req),
      currency_code: "cny",
      customer_id: member.customer_id,
      email: customer.email,
      sales_channel_id: salesChannelOf(req) ?? undefined,
      shipping_address: address,
      billing_address: address,
      metadata: { [INSTITUTION_CART_METADATA_KEY]: member.institution_id },
    },
  })
  // none reaching the address: submitting says so
  await chooseInstitutionDelivery(req.scope, result.id)
  res.status(201).json({ cart: await portalCart(req.scope, result.id) })
}
