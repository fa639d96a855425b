import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { updateCartWorkflow } from "@medusajs/medusa/core-flows"
import type { StoreInstitutionCartResponse } from "@fupin/shared"
import { canteenShippingAddress, deliveryMetadata, institutionCanteen } from "../../../../../../lib/institution/canteens"
import { portalCart } from "../../../../../../lib/institution/portal"
import { membershipFrom } from "../../../../../../lib/institution/request"
import { INSTITUTION_MODULE } from "../../../../../../modules/institution"
import type InstitutionModuleService from "../../../../../../modules/institution/service"
import type { StoreSetCartDeliveryType } from "../../../validators"
import { cartOf } from "../helpers"

/**
 * POST /store/institution/carts/:id/delivery (purchaser) {canteen_id, requested_delivery_date}:
 * the order goes to that canteen (its address becomes the cart's shipping address) on that
 * date (today up to 60 days ahead, Kunming time); both are kept in the cart's metadata, which
 * becomes the order's. An unknown canteen_id is a 400 naming the field; a canteen of another
 * institution is the access rule's 404 (lib/access/rules.ts), as a quote's is.
 */
export async function POST(req: AuthenticatedMedusaRequest<StoreSetCartDeliveryType>, res: MedusaResponse<StoreInstitutionCartResponse>) {
  const member = membershipFrom(req)
  const cart = await cartOf(req)
  const service = req.scope.resolve<InstitutionModuleService>(INSTITUTION_MODULE)
  const { canteen_id, requested_delivery_date } = req.validatedBody
  const canteen = await institutionCanteen(req.scope, member.institution_id, canteen_id)
  const institution = await service.retrieveInstitution(member.institution_id)
  await updateCartWorkflow(req.scope).run({
    input: {
      id: cart.id,
      shipping_address: canteenShippingAddress(canteen, institution.name),
      metadata: { ...(cart.metadata ?? {}), ...deliveryMetadata(canteen, requested_delivery_date) },
    },
  })
  res.json({ cart: await portalCart(req.scope, cart.id) })
}
