import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { type ReceiptDecision, type ReceiptLineInput, receiptLine } from "@fupin/shared"
import { RECEIVING_MODULE } from "../../../modules/receiving"
import type ReceivingModuleService from "../../../modules/receiving/service"
import { fenOf, quantityOf } from "../../../modules/settlement/service"

export type PlanShipmentReceiptInput = {
  order_id: string
  fulfillment_id: string
  decision: ReceiptDecision
  lines?: ReceiptLineInput[]
}

/** What the receipt will record, line by line, in whole fen. */
export type ShipmentReceiptPlan = {
  order_id: string
  fulfillment_id: string
  supplier_id: string
  /** Medusa already has the fulfilment as delivered (the operator marked it): only the receipt is recorded */
  already_delivered: boolean
  deduction_fen: number
  lines: Array<{
    line_item_id: string
    title: string
    shipped_quantity: number
    received_quantity: number
    damaged_quantity: number
    accepted_quantity: number
    unit_price_fen: number
    deduction_fen: number
  }>
}

type FulfillmentRow = {
  id: string
  shipped_at?: string | Date | null
  delivered_at?: string | Date | null
  canceled_at?: string | Date | null
  metadata?: Record<string, unknown> | null
  items?: Array<{ line_item_id?: string | null; quantity?: unknown } | null> | null
}
type OrderRow = {
  id: string
  status: string
  items?: Array<{ id: string; title?: string | null; product_title?: string | null; unit_price?: unknown } | null> | null
  fulfillments?: Array<FulfillmentRow | null> | null
}

const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)
const notAllowed = (message: string) => new MedusaError(MedusaError.Types.NOT_ALLOWED, message)

/**
 * Checks a receipt against the shipment as it left the supplier, naming the
 * field that is wrong: the shipment must belong to the order, have shipped,
 * not be cancelled or confirmed before; each line named must be in it, once,
 * with whole quantities (received ≤ shipped, damaged ≤ received). Lines not
 * named arrived in full.
 */
export const planShipmentReceiptStep = createStep("plan-shipment-receipt", async (input: PlanShipmentReceiptInput, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "status",
      "items.id",
      "items.title",
      "items.product_title",
      "items.unit_price",
      "fulfillments.id",
      "fulfillments.shipped_at",
      "fulfillments.delivered_at",
      "fulfillments.canceled_at",
      "fulfillments.metadata",
      "fulfillments.items.line_item_id",
      "fulfillments.items.quantity",
    ],
    filters: { id: input.order_id },
  })
  const order = (data as unknown as OrderRow[])[0]
  if (!order) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order with id: ${input.order_id} was not found`)
  const fulfillment = (order.fulfillments ?? []).find((f) => f?.id === input.fulfillment_id)
  if (!fulfillment) throw new MedusaError(MedusaError.Types.NOT_FOUND, `fulfillment_id: 此订单没有这个发货记录 / this order has no shipment ${input.fulfillment_id}`)
  if (fulfillment.canceled_at) throw notAllowed("fulfillment_id: 这次发货已取消 / this shipment was cancelled")
  if (!fulfillment.shipped_at) throw notAllowed("fulfillment_id: 供应商尚未发出这批货 / the supplier has not shipped it yet")

  const receiving = container.resolve<ReceivingModuleService>(RECEIVING_MODULE)
  const [earlier] = await receiving.listShipmentReceipts({ fulfillment_id: fulfillment.id }, { take: 1, select: ["id"] })
  if (earlier) throw notAllowed("fulfillment_id: 这批货已经验收过 / this shipment was already confirmed")

  const shipped = new Map<string, number>()
  for (const fi of fulfillment.items ?? []) {
    if (!fi?.line_item_id) continue
    shipped.set(fi.line_item_id, (shipped.get(fi.line_item_id) ?? 0) + quantityOf(fi.quantity))
  }
  const given = new Map<string, ReceiptLineInput>()
  ;(input.lines ?? []).forEach((l, i) => {
    if (!shipped.has(l.line_item_id)) throw invalid(`lines.${i}.line_item_id: 这批货里没有这一行 / this line is not in the shipment`)
    if (given.has(l.line_item_id)) throw invalid(`lines.${i}.line_item_id: 同一行只能填写一次 / a line can be given only once`)
    given.set(l.line_item_id, l)
  })

  const itemOf = new Map((order.items ?? []).filter(Boolean).map((it) => [it!.id, it!]))
  const position = new Map((input.lines ?? []).map((l, i) => [l.line_item_id, i]))
  const lines: ShipmentReceiptPlan["lines"] = []
  for (const [lineItemId, shippedQuantity] of shipped) {
    const item = itemOf.get(lineItemId)
    const l = given.get(lineItemId)
    const received = l ? l.received_quantity : shippedQuantity
    const damaged = l?.damaged_quantity ?? 0
    const unitPriceFen = fenOf(item?.unit_price ?? 0)
    let counted
    try {
      counted = receiptLine(shippedQuantity, received, damaged, unitPriceFen)
    } catch (e) {
      // the message starts with the field (received_quantity / damaged_quantity)
      throw invalid(`lines.${position.get(lineItemId)}.${(e as Error).message}`)
    }
    lines.push({
      line_item_id: lineItemId,
      title: item?.product_title || item?.title || lineItemId,
      shipped_quantity: shippedQuantity,
      received_quantity: received,
      damaged_quantity: damaged,
      accepted_quantity: counted.accepted_quantity,
      unit_price_fen: unitPriceFen,
      deduction_fen: counted.deduction_fen,
    })
  }
  const meta = fulfillment.metadata ?? {}
  const plan: ShipmentReceiptPlan = {
    order_id: order.id,
    fulfillment_id: fulfillment.id,
    supplier_id: typeof meta.supplier_id === "string" ? meta.supplier_id : "",
    already_delivered: !!fulfillment.delivered_at,
    deduction_fen: lines.reduce((s, l) => s + l.deduction_fen, 0),
    lines,
  }
  return new StepResponse(plan)
})
