import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, createOrderFulfillmentWorkflow, createOrderShipmentWorkflow, releaseLockStep } from "@medusajs/medusa/core-flows"
import { type SupplierShipmentItem, validateSupplierShipmentStep } from "./steps/validate-supplier-shipment"

export const SHIP_SUPPLIER_LINES_WORKFLOW = "ship-supplier-lines"

export type ShipSupplierLinesInput = {
  order_id: string
  supplier_id: string
  supplier_name: string
  /** the supplier member who shipped (created_by of the fulfilment and shipment) */
  member_id: string
  items: SupplierShipmentItem[]
  lot_number: string
  origin_village: string
  carrier?: string | null
  tracking_number?: string | null
  station_id?: string | null
}

/** One lock per order: its unshipped quantities are read and written by one shipment at a time. */
const LOCK = { timeout: 30, ttl: 120 }

/**
 * A supplier ships its part of an order (ADR 0008): Medusa's own fulfilment of
 * just these lines, then its shipment, with the traceability the buyer's order
 * page and the certificate trace read from the fulfilment's metadata (supplier,
 * lot number 批次, origin village 产地村, carrier and tracking number or the
 * service station). A failure at any step rolls back what the earlier ones did:
 * no fulfilment, reservation or stock change is left behind.
 */
export const shipSupplierLinesWorkflow = createWorkflow(SHIP_SUPPLIER_LINES_WORKFLOW, (input: ShipSupplierLinesInput) => {
  const key = transform({ input }, ({ input }) => `supplier-ship:${input.order_id}`)
  acquireLockStep({ key, ...LOCK })
  validateSupplierShipmentStep({ order_id: input.order_id, supplier_id: input.supplier_id, items: input.items, station_id: input.station_id })

  const fulfillmentInput = transform({ input }, ({ input }) => ({
    order_id: input.order_id,
    created_by: input.member_id,
    items: input.items.map((i) => ({ id: i.line_item_id, quantity: i.quantity })),
    metadata: {
      supplier_id: input.supplier_id,
      supplier_name: input.supplier_name,
      lot_number: input.lot_number,
      origin_village: input.origin_village,
      carrier: input.station_id ? null : (input.carrier ?? null),
      tracking_number: input.station_id ? null : (input.tracking_number ?? null),
      station_id: input.station_id ?? null,
      shipped_by: input.member_id,
    },
  }))
  const fulfillment = createOrderFulfillmentWorkflow.runAsStep({ input: fulfillmentInput })

  const shipmentInput = transform({ input, fulfillment }, ({ input, fulfillment }) => ({
    order_id: input.order_id,
    fulfillment_id: fulfillment.id,
    created_by: input.member_id,
    items: input.items.map((i) => ({ id: i.line_item_id, quantity: i.quantity })),
    labels: input.tracking_number && !input.station_id ? [{ tracking_number: input.tracking_number, tracking_url: "", label_url: "" }] : [],
  }))
  createOrderShipmentWorkflow.runAsStep({ input: shipmentInput })
  releaseLockStep({ key })

  return new WorkflowResponse(transform({ fulfillment }, ({ fulfillment }) => ({ fulfillment_id: fulfillment.id as string })))
})
