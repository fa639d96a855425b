import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { StorePadDeliveryResponse } from "@fupin/shared"
import { institutionCanteen, orderShippingAddress } from "../../../../../lib/institution/canteens"
import { cnyRegionId, salesChannelOf } from "../../../../../lib/institution/context"
import { cheaperDeliveryFrom, homeDeliveryFor } from "../../../../../lib/institution/delivery"
import { membershipFrom } from "../../../../../lib/institution/request"
import { INSTITUTION_MODULE } from "../../../../../modules/institution"
import type InstitutionModuleService from "../../../../../modules/institution/service"
import type { StorePadDeliveryType } from "../../validators"

/**
 * GET /store/institution/pad/delivery?item_total=&canteen_id= (purchaser): what the pad's
 * running total would pay for delivery, before any cart exists: the option and price the
 * cart would get at submit (lib/institution/delivery.ts), to the canteen chosen, else to the
 * institution's address, and from what amount of goods it would cost less (free from ¥10,000 in
 * the demo). Another institution's canteen is the access rule's 404.
 */
export async function GET(req: AuthenticatedMedusaRequest<unknown, StorePadDeliveryType>, res: MedusaResponse<StorePadDeliveryResponse>) {
  const member = membershipFrom(req)
  const { item_total, canteen_id } = req.validatedQuery
  const institution = await req.scope.resolve<InstitutionModuleService>(INSTITUTION_MODULE).retrieveInstitution(member.institution_id)
  const canteen = canteen_id ? await institutionCanteen(req.scope, member.institution_id, canteen_id) : null
  try {
    const option = await homeDeliveryFor(req.scope, {
      sales_channel_id: salesChannelOf(req),
      region_id: await cnyRegionId(req),
      currency_code: "cny",
      address: orderShippingAddress(institution, canteen),
      item_total,
    })
    const cheaper_from = await cheaperDeliveryFrom(req.scope, { shipping_option_id: option.shipping_option_id, currency_code: "cny", item_total, amount: option.amount })
    res.json({ delivery: { name: option.name, shipping_total: option.amount, cheaper_from } })
  } catch (e) {
    // nothing reaches the address: an answer, not an error (the pad says so and submit would refuse)
    if (e instanceof MedusaError && e.type === MedusaError.Types.NOT_ALLOWED) return res.json({ delivery: null, message: e.message })
    throw e
  }
}
