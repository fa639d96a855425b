import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { fromFen, type SupplierStatementDTO, type SupplierStatementSaleDTO, type SupplierStatementSettlementDTO } from "@fupin/shared"
import { INSTITUTION_MODULE } from "../../modules/institution"
import type InstitutionModuleService from "../../modules/institution/service"
import { RECEIVING_MODULE } from "../../modules/receiving"
import type ReceivingModuleService from "../../modules/receiving/service"
import { fenOf } from "../../modules/settlement/service"
import { SUPPLIER_MODULE } from "../../modules/supplier"
import type SupplierModuleService from "../../modules/supplier/service"
import { institutionOfCart } from "../institution/membership"
import { countyName } from "../institution/portal"
import { supplierProductIds } from "../supplier-portal/listing-input"
import type { Period } from "./period"

/**
 * A supplier's 结算单 for a month: what it sold (its lines in the orders placed
 * that month), and what it earned (its shipments settled that month: an
 * institution's 验收 confirmed, by a member or automatically; a shopper's parcel
 * once shipped), each shipment's value less what the institution deducted.
 * Only the supplier's own lines and shipments; of the buyer only its name.
 */

type Knex = { raw: (sql: string, bindings?: unknown[]) => Promise<{ rows: Array<Record<string, unknown>> }> }
const db = (container: MedusaContainer) => container.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)

/** The supplier's lines in orders placed in the period (current order version, no drafts, not cancelled). */
const SALES = `
  select o.id as order_id, o.display_id, o.created_at, o.status, o.metadata,
         coalesce(li.product_title, li.title) as title, li.variant_title, li.variant_sku,
         oi.quantity, oi.fulfilled_quantity, li.unit_price
  from order_item oi
  join "order" o on o.id = oi.order_id and oi.version = o.version
  join order_line_item li on li.id = oi.item_id
  where li.product_id = any(?::text[])
    and o.created_at >= ? and o.created_at < ?
    and o.status <> 'canceled'
    and oi.deleted_at is null and li.deleted_at is null and o.deleted_at is null
    and coalesce(o.is_draft_order, false) = false
  order by o.created_at, o.id, li.created_at, li.id`

/** The supplier's shipments (fulfilments its ship workflow made), with their lines' value; `where` narrows them. */
const SHIPMENTS = (where: string) => `
  select f.id as fulfillment_id, f.shipped_at, o.id as order_id, o.display_id, o.metadata,
         sum(fi.quantity * li.unit_price)::numeric as shipped_amount
  from fulfillment f
  join order_fulfillment ofl on ofl.fulfillment_id = f.id and ofl.deleted_at is null
  join "order" o on o.id = ofl.order_id and o.deleted_at is null
  join fulfillment_item fi on fi.fulfillment_id = f.id and fi.deleted_at is null
  join order_line_item li on li.id = fi.line_item_id
  where f.metadata->>'supplier_id' = ? and f.canceled_at is null and f.deleted_at is null and f.shipped_at is not null
    ${where}
  group by f.id, f.shipped_at, o.id, o.display_id, o.metadata`

type ShipmentRow = { fulfillment_id: string; shipped_at: Date | null; order_id: string; display_id: number | null; metadata: Record<string, unknown> | null; shipped_amount: string }

const RETAIL = "零售"
const iso = (d: Date | string | null | undefined) => (d ? new Date(d).toISOString() : null)
const num = (v: unknown) => Number(v ?? 0)

export async function supplierStatement(container: MedusaContainer, supplierId: string, month: string, period: Period): Promise<SupplierStatementDTO> {
  const supplier = await container.resolve<SupplierModuleService>(SUPPLIER_MODULE).retrieveSupplier(supplierId)
  const productIds = await supplierProductIds(container, supplierId)
  const sql = db(container)
  const receiving = container.resolve<ReceivingModuleService>(RECEIVING_MODULE)

  const [{ rows: saleRows }, { rows: retailRows }, { rows: institutionShipped }, receipts] = await Promise.all([
    productIds.length ? sql.raw(SALES, [productIds, period.from, period.to]) : Promise.resolve({ rows: [] }),
    sql.raw(SHIPMENTS("and f.shipped_at >= ? and f.shipped_at < ?"), [supplierId, period.from, period.to]),
    sql.raw(SHIPMENTS(""), [supplierId]),
    receiving.listShipmentReceipts({ supplier_id: supplierId }, { relations: ["lines"], take: null }),
  ])

  // the buyers' names: an institution's, or 零售
  const institutionIds = [
    ...[...saleRows, ...institutionShipped].map((r) => institutionOfCart(r.metadata as Record<string, unknown> | null)),
    ...receipts.map((r) => r.institution_id),
  ].filter((id): id is string => !!id)
  const names = new Map<string, string>()
  if (institutionIds.length) {
    const found = await container.resolve<InstitutionModuleService>(INSTITUTION_MODULE).listInstitutions({ id: [...new Set(institutionIds)] }, { take: null, select: ["id", "name"] })
    for (const i of found) names.set(i.id, i.name)
  }
  const buyerOf = (metadata: unknown) => {
    const id = institutionOfCart(metadata as Record<string, unknown> | null)
    return id ? { buyer: names.get(id) ?? id, channel: "institution" as const } : { buyer: RETAIL, channel: "retail" as const }
  }

  const sales: SupplierStatementSaleDTO[] = saleRows.map((r) => {
    const quantity = num(r.quantity)
    const unitFen = fenOf(r.unit_price)
    return {
      order_id: String(r.order_id),
      display_id: r.display_id == null ? null : num(r.display_id),
      placed_at: iso(r.created_at as Date)!,
      ...buyerOf(r.metadata),
      order_status: String(r.status),
      title: [r.title, r.variant_title].filter(Boolean).join(" · "),
      sku: (r.variant_sku as string | null) ?? null,
      quantity,
      unit_price: fromFen(unitFen),
      amount: fromFen(unitFen * quantity),
      shipped_quantity: num(r.fulfilled_quantity),
    }
  })
  const soldFen = saleRows.reduce((sum, r) => sum + fenOf(r.unit_price) * num(r.quantity), 0)

  const shipmentOf = new Map((institutionShipped as unknown as ShipmentRow[]).map((s) => [s.fulfillment_id, s]))
  const settlements: SupplierStatementSettlementDTO[] = []
  // an institution's shipments: settled when its receipt is confirmed in the month
  for (const r of receipts) {
    const at = new Date(r.confirmed_at)
    if (at < period.from || at >= period.to) continue
    const shipment = shipmentOf.get(r.fulfillment_id)
    const shippedFen = r.lines.reduce((sum, l) => sum + fenOf(l.unit_price) * l.shipped_quantity, 0)
    const deductionFen = fenOf(r.deduction)
    settlements.push({
      order_id: r.order_id,
      display_id: shipment?.display_id ?? null,
      fulfillment_id: r.fulfillment_id,
      buyer: names.get(r.institution_id) ?? r.institution_id,
      channel: "institution",
      shipped_at: iso(shipment?.shipped_at),
      accepted_at: at.toISOString(),
      auto_accepted: r.auto_accepted,
      shipped_amount: fromFen(shippedFen),
      deduction: fromFen(deductionFen),
      accepted_amount: fromFen(shippedFen - deductionFen),
    })
  }
  // a shopper's parcels: no 验收, settled when shipped
  for (const s of retailRows as unknown as ShipmentRow[]) {
    if (institutionOfCart(s.metadata)) continue
    const shippedFen = fenOf(s.shipped_amount)
    settlements.push({
      order_id: s.order_id,
      display_id: s.display_id == null ? null : num(s.display_id),
      fulfillment_id: s.fulfillment_id,
      buyer: RETAIL,
      channel: "retail",
      shipped_at: iso(s.shipped_at),
      accepted_at: iso(s.shipped_at)!,
      auto_accepted: false,
      shipped_amount: fromFen(shippedFen),
      deduction: 0,
      accepted_amount: fromFen(shippedFen),
    })
  }
  settlements.sort((a, b) => a.accepted_at.localeCompare(b.accepted_at) || a.fulfillment_id.localeCompare(b.fulfillment_id))

  const received = new Set(receipts.map((r) => r.fulfillment_id))
  const awaitingFen = (institutionShipped as unknown as ShipmentRow[])
    .filter((s) => institutionOfCart(s.metadata) && !received.has(s.fulfillment_id))
    .reduce((sum, s) => sum + fenOf(s.shipped_amount), 0)
  const shippedFen = settlements.reduce((sum, s) => sum + Math.round(s.shipped_amount * 100), 0)
  const deductionsFen = settlements.reduce((sum, s) => sum + Math.round(s.deduction * 100), 0)

  return {
    month,
    from: period.from.toISOString(),
    to: period.to.toISOString(),
    generated_at: new Date().toISOString(),
    supplier: { id: supplier.id, legal_name: supplier.legal_name, credit_code: supplier.credit_code, county: countyName(supplier.county_handle) },
    currency_code: "cny",
    sold: fromFen(soldFen),
    shipped: fromFen(shippedFen),
    deductions: fromFen(deductionsFen),
    owed: fromFen(shippedFen - deductionsFen),
    awaiting_acceptance: fromFen(awaitingFen),
    sales,
    settlements,
  }
}
