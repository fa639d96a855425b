import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { StoreOrderImpactResponse } from "@fupin/shared"
import { IMPACT_MODULE } from "../../../../../modules/impact"
import type ImpactModuleService from "../../../../../modules/impact/service"
import { findReadableOrder } from "../../../../../lib/checkout/order-access"
import type { StoreGetOrderImpactType } from "./validators"

/**
 * What one order did, for the confirmation page ("支持了寻甸县 N 户脱贫户"):
 * households and ¥ by county from the impact ledger. Readable by the order's
 * customer, or for a guest order with `?email=` equal to the order's email
 * (`?mobile=` equal to its contact mobile when it was placed without one);
 * anyone else gets 404, so an order's existence is not revealed.
 */
export async function GET(
  req: AuthenticatedMedusaRequest<unknown, StoreGetOrderImpactType>,
  res: MedusaResponse<StoreOrderImpactResponse>
) {
  const order = await findReadableOrder(req.scope, req.params.id!, {
    customerId: req.auth_context?.actor_type === "customer" ? req.auth_context.actor_id : undefined,
    email: req.validatedQuery.email,
    mobile: req.validatedQuery.mobile,
    guestNeedsEmail: true,
  })

  const impact = req.scope.resolve<ImpactModuleService>(IMPACT_MODULE)
  const summary = await impact.summarize({ order_id: order.id })
  const handles = summary.by_county.map((b) => b.key).filter((k) => k !== "unknown")

  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: counties } = handles.length
    ? await query.graph({ entity: "county", fields: ["handle", "name_zh", "name_en"], filters: { handle: handles } })
    : { data: [] as Array<{ handle: string; name_zh: string; name_en: string }> }
  const names = new Map(counties.map((c) => [c.handle, c]))

  res.json({
    order_id: order.id,
    households: summary.totals.households,
    amount: summary.totals.amount,
    counties: summary.by_county
      .filter((b) => b.amount > 0)
      .map((b) => ({
        county_handle: b.key,
        name_zh: names.get(b.key)?.name_zh ?? b.key,
        name_en: names.get(b.key)?.name_en ?? b.key,
        households: b.households,
        amount: b.amount,
      })),
  })
}
