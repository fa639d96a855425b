import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { INSTITUTION_MODULE } from "../../modules/institution"
import type InstitutionModuleService from "../../modules/institution/service"
import { RECEIVING_MODULE } from "../../modules/receiving"
import type ReceivingModuleService from "../../modules/receiving/service"
import { confirmShipmentReceiptWorkflow } from "../../workflows/receiving/confirm-shipment-receipt"
import { autoAcceptDays } from "./shipments"

const DAY_MS = 24 * 3600 * 1000
/** Shipments are looked for this far back beyond the waiting days (the job runs hourly: one missed run loses nothing). */
const LOOK_BACK_DAYS = 30

export const AUTO_ACCEPT_NOTE = "发货后超过验收期限未确认，系统自动按全部验收 / not confirmed within the receiving period: accepted in full automatically"

/**
 * Accepts in full every supplier shipment of an institution order that
 * shipped more than the waiting days before `now` and that nobody confirmed.
 * Returns the fulfilment ids it accepted; one that fails is logged and left
 * for the next run.
 */
export async function autoAcceptShipments(container: MedusaContainer, now = new Date()): Promise<string[]> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const cutoff = new Date(now.getTime() - autoAcceptDays() * DAY_MS)
  const since = new Date(cutoff.getTime() - LOOK_BACK_DAYS * DAY_MS)
  const fulfillments = await container
    .resolve(Modules.FULFILLMENT)
    .listFulfillments(
      // the typings know only a Date or string operators for these; the module takes both
      { shipped_at: { $lte: cutoff.toISOString(), $gte: since.toISOString() }, canceled_at: null } as never,
      { take: null, select: ["id", "metadata"] }
    )
  const supplierShipments = fulfillments.filter((f) => typeof f.metadata?.supplier_id === "string")
  if (!supplierShipments.length) return []

  const receiving = container.resolve<ReceivingModuleService>(RECEIVING_MODULE)
  const confirmed = new Set(
    (await receiving.listShipmentReceipts({ fulfillment_id: supplierShipments.map((f) => f.id) }, { take: null, select: ["fulfillment_id"] })).map((r) => r.fulfillment_id)
  )
  const open = supplierShipments.filter((f) => !confirmed.has(f.id))
  if (!open.length) return []

  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: links } = await query.graph({ entity: "order_fulfillment", fields: ["order_id", "fulfillment_id"], filters: { fulfillment_id: open.map((f) => f.id) } })
  const orderOf = new Map((links as Array<{ order_id: string; fulfillment_id: string }>).map((l) => [l.fulfillment_id, l.order_id]))
  const purchases = await container
    .resolve<InstitutionModuleService>(INSTITUTION_MODULE)
    .listInstitutionPurchases({ order_id: [...new Set(orderOf.values())], source: "institution", cancelled_at: null }, { take: null, select: ["order_id", "institution_id"] })
  const institutionOf = new Map(purchases.map((p) => [p.order_id, p.institution_id]))

  const accepted: string[] = []
  for (const f of open) {
    const orderId = orderOf.get(f.id)
    const institutionId = orderId ? institutionOf.get(orderId) : undefined
    if (!orderId || !institutionId) continue
    try {
      await confirmShipmentReceiptWorkflow(container).run({
        input: { order_id: orderId, fulfillment_id: f.id, institution_id: institutionId, decision: "accepted", note: AUTO_ACCEPT_NOTE, confirmed_by: null, auto_accepted: true },
      })
      accepted.push(f.id)
    } catch (e) {
      logger.warn(`receiving: could not accept shipment ${f.id} of order ${orderId} automatically: ${(e as Error).message}`)
    }
  }
  if (accepted.length) logger.info(`receiving: accepted ${accepted.length} shipment(s) nobody confirmed within ${autoAcceptDays()} days`)
  return accepted
}
