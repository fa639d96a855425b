import { ContainerRegistrationKeys, MathBN } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { fromFen } from "@fupin/shared"
import { provenanceOf } from "../../../lib/institution/provenance"
import { INSTITUTION_MODULE } from "../../../modules/institution"
import type InstitutionModuleService from "../../../modules/institution/service"
import { cny } from "../../../modules/institution/service"
import type { ShipmentReceiptPlan } from "./plan-shipment-receipt"

type Undo = { purchases: Array<{ id: string; delivered_amount: number }>; agreements: Array<{ id: string; delivered_amount: number }> }

/**
 * Only accepted quantities count as delivered: what a receipt accepted (accepted
 * quantity × unit price, per county of the products) is added to the order's
 * counted purchases and to their agreements' delivered_amount (已验收). The
 * undo puts the previous figures back.
 */
export const countDeliveredStep = createStep(
  "count-delivered",
  async (plan: ShipmentReceiptPlan, { container }) => {
    const service = container.resolve<InstitutionModuleService>(INSTITUTION_MODULE)
    const purchases = await service.listInstitutionPurchases({ order_id: plan.order_id, cancelled_at: null }, { take: null, relations: ["agreement"] })
    if (!purchases.length) return new StepResponse(null, null as Undo | null)

    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "order", fields: ["id", "items.*"], filters: { id: plan.order_id } })
    const productOf = new Map(((data[0] as { items?: Array<{ id: string; product_id: string | null } | null> } | undefined)?.items ?? []).filter(Boolean).map((i) => [i!.id, i!.product_id]))
    const provenance = await provenanceOf(container, [...productOf.values()].filter((p): p is string => !!p))
    const byCounty = new Map<string, number>()
    for (const l of plan.lines) {
      const county = provenance.get(productOf.get(l.line_item_id) ?? "")?.county_handle
      if (county) byCounty.set(county, (byCounty.get(county) ?? 0) + l.accepted_quantity * l.unit_price_fen)
    }

    const undo: Undo = { purchases: [], agreements: [] }
    const agreementAdds = new Map<string, { before: number; add: number }>()
    const purchaseUpdates: Array<{ id: string; delivered_amount: number }> = []
    for (const p of purchases) {
      const fen = byCounty.get(p.county_handle)
      if (!fen) continue
      const before = cny(p.delivered_amount)
      undo.purchases.push({ id: p.id, delivered_amount: before })
      purchaseUpdates.push({ id: p.id, delivered_amount: MathBN.add(before, fromFen(fen)).toNumber() })
      if (p.agreement) {
        const a = agreementAdds.get(p.agreement.id) ?? { before: cny(p.agreement.delivered_amount), add: 0 }
        a.add += fen
        agreementAdds.set(p.agreement.id, a)
      }
    }
    if (purchaseUpdates.length) await service.updateInstitutionPurchases(purchaseUpdates)
    if (agreementAdds.size) {
      undo.agreements = [...agreementAdds.entries()].map(([id, a]) => ({ id, delivered_amount: a.before }))
      await service.updateIntentAgreements([...agreementAdds.entries()].map(([id, a]) => ({ id, delivered_amount: MathBN.add(a.before, fromFen(a.add)).toNumber() })))
    }
    return new StepResponse(null, undo)
  },
  async (undo, { container }) => {
    if (!undo) return
    const service = container.resolve<InstitutionModuleService>(INSTITUTION_MODULE)
    if (undo.purchases.length) await service.updateInstitutionPurchases(undo.purchases)
    if (undo.agreements.length) await service.updateIntentAgreements(undo.agreements)
  }
)
