import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { updateCartWorkflow } from "@medusajs/medusa/core-flows"
import type { StoreInstitutionCartResponse } from "@fupin/shared"
import { canteenShippingAddress, deliveryMetadata } from "../../../../../../lib/institution/canteens"
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
 * becomes the order's. A canteen of another institution is no canteen: 400 naming the field.
 */
export async function POST(req: AuthenticatedMedusaRequest<StoreSetCartDeliveryType>, res: MedusaResponse<StoreInstitutionCartResponse>) {
  const member = membershipFrom(req)
  const cart = await cartOf(req)
  const service = req.scope.resolve<InstitutionModuleService>(INSTITUTION_MODULE)
  const { canteen_id, requested_delivery_date } = req.validatedBody
  const [canteen] = await service.listInstitutionCanteens({ id: canteen_id, institution_id: member.institution_id })
  if (!canteen) throw new MedusaError(MedusaError.Types.INVALID_DATA, `canteen_id: 本单位没有这个收货食堂 / no such canteen of your institution: ${canteen_id}`)
  const institution = await service.retrieveInstitution(member.institution_id)
  await updateCartWorkflow(req.scope).run({
    input: {
      id: cart.id,
      shipping_address: canteenShippingAddress(canteen as never, institution.name),
      metadata: { ...(cart.metadata ?? {}), ...deliveryMetadata(canteen as never, requested_delivery_date) },
    },
  })
  res.json({ cart: await portalCart(req.scope, cart.id) })
}
