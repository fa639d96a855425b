import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  fromFen,
  type InstitutionShipmentDTO,
  RECEIPT_DECISION_LABELS,
  type ReceiptDecision,
  type ShipmentReceiptDTO,
} from "@fupin/shared"
import { readEnv } from "../../config/env"
import { RECEIVING_MODULE } from "../../modules/receiving"
import type ReceivingModuleService from "../../modules/receiving/service"
import { fenOf, quantityOf } from "../../modules/settlement/service"
import { people } from "../institution/portal"

const DAY_MS = 24 * 3600 * 1000
const iso = (d: unknown) => (d instanceof Date ? d.toISOString() : d ? new Date(String(d)).toISOString() : null)
const text = (v: unknown) => (typeof v === "string" && v.trim() ? v.trim() : null)

/** Days after shipping when an unconfirmed shipment is accepted in full. */
export const autoAcceptDays = () => readEnv(process.env, { needsDatabase: false }).receiptAutoAcceptDays

type ReceiptRow = Awaited<ReturnType<ReceivingModuleService["listShipmentReceipts"]>>[number]

/** Receipts as the portal and the supplier see them, with who confirmed each. */
export async function receiptDTOs(container: MedusaContainer, rows: ReceiptRow[]): Promise<Map<string, ShipmentReceiptDTO>> {
  const who = await people(container, rows.map((r) => r.confirmed_by))
  return new Map(
    rows.map((r) => [
      r.fulfillment_id,
      {
        id: r.id,
        fulfillment_id: r.fulfillment_id,
        decision: r.decision as ReceiptDecision,
        decision_label: RECEIPT_DECISION_LABELS[r.decision as ReceiptDecision],
        auto_accepted: r.auto_accepted,
        confirmed_at: iso(r.confirmed_at)!,
        confirmed_by: r.confirmed_by ? (who.get(r.confirmed_by) ?? null) : null,
        note: r.note ?? null,
        photo_url: r.photo_url ?? null,
        deduction: fromFen(fenOf(r.deduction)),
        lines: (r.lines ?? []).map((l) => ({
          line_item_id: l.line_item_id,
          title: l.title,
          shipped_quantity: l.shipped_quantity,
          received_quantity: l.received_quantity,
          damaged_quantity: l.damaged_quantity,
          accepted_quantity: l.accepted_quantity,
          unit_price: fromFen(fenOf(l.unit_price)),
          deduction: fromFen(fenOf(l.deduction)),
        })),
      },
    ])
  )
}

type OrderRow = {
  id: string
  items?: Array<{ id: string; title?: string | null; product_title?: string | null; unit_price?: unknown } | null> | null
  fulfillments?: Array<{
    id: string
    created_at?: string | Date | null
    shipped_at?: string | Date | null
    canceled_at?: string | Date | null
    metadata?: Record<string, unknown> | null
    items?: Array<{ line_item_id?: string | null; quantity?: unknown } | null> | null
  } | null> | null
}

/**
 * An order's supplier shipments, oldest first, each with its lines, its receipt
 * if confirmed, and otherwise the date it will be accepted automatically.
 * `supplierId` keeps only that supplier's shipments (the producer portal).
 * null when there is no such order.
 */
export async function orderShipments(container: MedusaContainer, orderId: string, supplierId?: string): Promise<InstitutionShipmentDTO[] | null> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "items.id",
      "items.title",
      "items.product_title",
      "items.unit_price",
      "fulfillments.id",
      "fulfillments.created_at",
      "fulfillments.shipped_at",
      "fulfillments.canceled_at",
      "fulfillments.metadata",
      "fulfillments.items.line_item_id",
      "fulfillments.items.quantity",
    ],
    filters: { id: orderId },
  })
  const order = (data as unknown as OrderRow[])[0]
  if (!order) return null
  const itemOf = new Map((order.items ?? []).filter(Boolean).map((it) => [it!.id, it!]))
  const fulfillments = (order.fulfillments ?? [])
    .filter((f): f is NonNullable<typeof f> => !!f && !f.canceled_at && !!text(f.metadata?.supplier_id))
    .filter((f) => !supplierId || f.metadata?.supplier_id === supplierId)
    .sort((a, b) => String(iso(a.created_at)).localeCompare(String(iso(b.created_at))))
  const receiving = container.resolve<ReceivingModuleService>(RECEIVING_MODULE)
  const rows = fulfillments.length
    ? await receiving.listShipmentReceipts({ fulfillment_id: fulfillments.map((f) => f.id) }, { relations: ["lines"], take: null })
    : []
  const receipts = await receiptDTOs(container, rows)
  const days = autoAcceptDays()
  return fulfillments.map((f) => {
    const m = f.metadata ?? {}
    const shippedAt = iso(f.shipped_at)
    const receipt = receipts.get(f.id) ?? null
    return {
      fulfillment_id: f.id,
      supplier_id: text(m.supplier_id) ?? "",
      supplier_name: text(m.supplier_name) ?? "",
      lot_number: text(m.lot_number),
      origin_village: text(m.origin_village),
      carrier: text(m.carrier),
      tracking_number: text(m.tracking_number),
      station_id: text(m.station_id),
      shipped_at: shippedAt,
      auto_accept_at: !receipt && shippedAt ? new Date(new Date(shippedAt).getTime() + days * DAY_MS).toISOString() : null,
      lines: (f.items ?? [])
        .filter((i): i is NonNullable<typeof i> => !!i?.line_item_id)
        .map((i) => {
          const item = itemOf.get(i.line_item_id!)
          return {
            line_item_id: i.line_item_id!,
            title: item?.product_title || item?.title || i.line_item_id!,
            quantity: quantityOf(i.quantity),
            unit_price: fromFen(fenOf(item?.unit_price ?? 0)),
          }
        }),
      receipt,
    }
  })
}
