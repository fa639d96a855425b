import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { SupplierFulfillmentDTO, SupplierOrderDTO, SupplierOrderLine, SupplierTodayResponse } from "@fupin/shared"
import { institutionOfCart } from "../institution/membership"
import { supplierProductIds } from "./listing-input"
import { RECEIVING_MODULE } from "../../modules/receiving"
import type ReceivingModuleService from "../../modules/receiving/service"
import { receiptDTOs } from "../receiving/shipments"
import { orderPayment } from "../settlement/orders"

/**
 * A supplier's view of the orders holding its products (ADR 0008: one order,
 * one fulfilment per supplier). A line is the supplier's when its product is
 * linked to the supplier (link product ↔ supplier); nothing of another
 * supplier's lines, and of the buyer only what a packer needs: the delivery
 * contact and address.
 */

type Knex = { raw: (sql: string, bindings?: unknown[]) => Promise<{ rows: Array<Record<string, unknown>> }> }
const sql = (container: MedusaContainer) => container.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)

export type SupplierOrderStatusFilter = "to_ship" | "shipped"

/**
 * The supplier's lines per order, in the order's current version: how many it
 * ordered and how many are already in fulfilments. Draft and deleted orders
 * are nobody's.
 */
const OWN_LINES = `
  select oi.order_id,
         count(*)::int as lines,
         sum(oi.quantity)::numeric as quantity,
         sum(oi.fulfilled_quantity)::numeric as fulfilled,
         sum(oi.quantity * li.unit_price)::numeric as amount
  from order_item oi
  join "order" o on o.id = oi.order_id and oi.version = o.version
  join order_line_item li on li.id = oi.item_id
  where li.product_id = any(?::text[])
    and oi.deleted_at is null and li.deleted_at is null and o.deleted_at is null
    and coalesce(o.is_draft_order, false) = false
  group by oi.order_id`

const STATUS_WHERE: Record<SupplierOrderStatusFilter, string> = {
  to_ship: `o.status <> 'canceled' and own.fulfilled < own.quantity`,
  shipped: `o.status <> 'canceled' and own.fulfilled >= own.quantity`,
}

type OwnOrderRow = { id: string; display_id: number; created_at: Date; metadata: Record<string, unknown> | null; lines: number; quantity: string; fulfilled: string }

async function ownOrderRows(
  container: MedusaContainer,
  productIds: string[],
  options: { status?: SupplierOrderStatusFilter; limit: number; offset: number; oldestFirst?: boolean }
): Promise<{ rows: OwnOrderRow[]; count: number }> {
  if (!productIds.length) return { rows: [], count: 0 }
  const where = options.status ? `where ${STATUS_WHERE[options.status]}` : ""
  const from = `from (${OWN_LINES}) own join "order" o on o.id = own.order_id ${where}`
  const db = sql(container)
  const [{ rows }, counted] = await Promise.all([
    db.raw(
      `select o.id, o.display_id, o.created_at, o.metadata, own.lines, own.quantity, own.fulfilled ${from}
       order by o.created_at ${options.oldestFirst ? "asc" : "desc"}, o.id limit ? offset ?`,
      [productIds, options.limit, options.offset]
    ),
    db.raw(`select count(*)::int as count ${from}`, [productIds]),
  ])
  return { rows: rows as unknown as OwnOrderRow[], count: Number(counted.rows[0]?.count ?? 0) }
}

const ORDER_FIELDS = [
  "id",
  "display_id",
  "created_at",
  "status",
  "metadata",
  "items.id",
  "items.product_id",
  "items.variant_id",
  "items.title",
  "items.product_title",
  "items.variant_title",
  "items.variant_sku",
  "items.quantity",
  "items.unit_price",
  "items.detail.quantity",
  "items.detail.fulfilled_quantity",
  "items.detail.shipped_quantity",
  "shipping_address.first_name",
  "shipping_address.last_name",
  "shipping_address.phone",
  "shipping_address.province",
  "shipping_address.city",
  "shipping_address.address_1",
  "shipping_address.address_2",
  "shipping_address.postal_code",
  "shipping_methods.data",
  "fulfillments.id",
  "fulfillments.created_at",
  "fulfillments.shipped_at",
  "fulfillments.canceled_at",
  "fulfillments.metadata",
  "fulfillments.items.line_item_id",
  "fulfillments.items.quantity",
]

type ItemRow = {
  id: string
  product_id: string | null
  variant_id: string | null
  title: string
  product_title: string | null
  variant_title: string | null
  variant_sku: string | null
  quantity: number | string
  unit_price: number | string
  detail?: { quantity?: number | string | null; fulfilled_quantity?: number | string | null; shipped_quantity?: number | string | null } | null
}
type AddressRow = Partial<Record<"first_name" | "last_name" | "phone" | "province" | "city" | "address_1" | "address_2" | "postal_code", string | null>>
type FulfillmentRow = {
  id: string
  created_at: string | Date
  shipped_at: string | Date | null
  canceled_at: string | Date | null
  metadata: Record<string, unknown> | null
  items?: Array<{ line_item_id: string | null; quantity: number | string } | null> | null
}
type OrderRow = {
  id: string
  display_id: number
  created_at: string | Date
  status: string
  metadata: Record<string, unknown> | null
  items?: Array<ItemRow | null> | null
  shipping_address?: AddressRow | null
  shipping_methods?: Array<{ data?: Record<string, unknown> | null } | null> | null
  fulfillments?: Array<FulfillmentRow | null> | null
}

const num = (v: unknown) => Number(v ?? 0)
const yuan = (v: number) => Math.round(v * 100) / 100
const iso = (v: string | Date | null | undefined) => (v ? new Date(v).toISOString() : null)
/** The ordered quantity in the order's current version (the item's detail), the line's own as a fallback. */
const quantityOf = (i: ItemRow) => num(i.detail?.quantity ?? i.quantity)
const str = (v: unknown) => (typeof v === "string" && v.trim() ? v.trim() : null)

/** The pickup station of an order's shipping method (station pickup at checkout), if any. */
const pickupStationOf = (order: OrderRow): string | null =>
  (order.shipping_methods ?? []).map((m) => str(m?.data?.service_station_id)).find((s): s is string => !!s) ?? null

/** What the packer writes on the parcel: the delivery contact and address, nothing else of the buyer. */
function shipTo(order: OrderRow, station: { name: string; address: string } | null): SupplierOrderDTO["ship_to"] {
  const a = order.shipping_address
  const name = [a?.last_name, a?.first_name].filter(Boolean).join("") || (a ? "" : null)
  if (station) {
    return { name: name ?? "", phone: a?.phone ?? null, address: `电商服务站自提 / station pickup：${station.name}，${station.address}` }
  }
  if (!a) return null
  const address = [a.province, a.city, a.address_1, a.address_2].filter(Boolean).join(" ") + (a.postal_code ? `（${a.postal_code}）` : "")
  return { name: name ?? "", phone: a.phone ?? null, address }
}

/** A fulfilment this supplier made (metadata written by the ship workflow), as the portal shows it. */
function toFulfillment(f: FulfillmentRow, ownLineIds: Set<string>): SupplierFulfillmentDTO {
  const m = f.metadata ?? {}
  return {
    id: f.id,
    created_at: iso(f.created_at)!,
    shipped_at: iso(f.shipped_at),
    lot_number: str(m.lot_number) ?? "",
    origin_village: str(m.origin_village) ?? "",
    carrier: str(m.carrier),
    tracking_number: str(m.tracking_number),
    station_id: str(m.station_id),
    items: (f.items ?? [])
      .filter((i): i is { line_item_id: string; quantity: number | string } => !!i?.line_item_id && ownLineIds.has(i.line_item_id))
      .map((i) => ({ line_item_id: i.line_item_id, quantity: num(i.quantity) })),
    receipt: null,
  }
}

/** Fills each shipment's 验收 (without who confirmed it: that is the institution's to know). */
async function withReceipts(container: MedusaContainer, orders: SupplierOrderDTO[]): Promise<SupplierOrderDTO[]> {
  const ids = orders.flatMap((o) => o.fulfillments.map((f) => f.id))
  if (!ids.length) return orders
  const rows = await container.resolve<ReceivingModuleService>(RECEIVING_MODULE).listShipmentReceipts({ fulfillment_id: ids }, { relations: ["lines"], take: null })
  const receipts = await receiptDTOs(container, rows.map((r) => ({ ...r, confirmed_by: null })))
  for (const o of orders) for (const f of o.fulfillments) f.receipt = receipts.get(f.id) ?? null
  return orders
}

async function institutionNames(container: MedusaContainer, ids: string[]): Promise<Map<string, string>> {
  if (!ids.length) return new Map()
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "institution", fields: ["id", "name"], filters: { id: [...new Set(ids)] } })
  return new Map((data as Array<{ id: string; name: string }>).map((i) => [i.id, i.name]))
}

async function stations(container: MedusaContainer, ids: string[]): Promise<Map<string, { name: string; address: string }>> {
  if (!ids.length) return new Map()
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "service_station", fields: ["id", "name", "address"], filters: { id: [...new Set(ids)] } })
  return new Map((data as Array<{ id: string; name: string; address: string }>).map((s) => [s.id, s]))
}

/** Orders by id with only this supplier's lines and fulfilments, in the order of `ids`. */
export async function supplierOrdersById(container: MedusaContainer, supplierId: string, ids: string[], productIds?: string[]): Promise<SupplierOrderDTO[]> {
  if (!ids.length) return []
  const own = new Set(productIds ?? (await supplierProductIds(container, supplierId)))
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: ORDER_FIELDS, filters: { id: ids } })
  const rows = data as unknown as OrderRow[]
  const [names, places] = await Promise.all([
    institutionNames(container, rows.map((o) => institutionOfCart(o.metadata)).filter((i): i is string => !!i)),
    stations(container, rows.map(pickupStationOf).filter((s): s is string => !!s)),
  ])
  const byId = new Map(
    rows.map((order) => {
      const items = (order.items ?? []).filter((i): i is ItemRow => !!i && !!i.product_id && own.has(i.product_id))
      const ownLineIds = new Set(items.map((i) => i.id))
      const lines: SupplierOrderLine[] = items.map((i) => ({
        id: i.id,
        product_id: i.product_id!,
        variant_id: i.variant_id ?? "",
        title: i.product_title ?? i.title,
        variant_title: i.variant_title,
        sku: i.variant_sku,
        quantity: quantityOf(i),
        fulfilled_quantity: num(i.detail?.fulfilled_quantity),
        shipped_quantity: num(i.detail?.shipped_quantity),
        unit_price: yuan(num(i.unit_price)),
        total: yuan(num(i.unit_price) * quantityOf(i)),
      }))
      const fulfillments = (order.fulfillments ?? [])
        .filter((f): f is FulfillmentRow => !!f && !f.canceled_at && f.metadata?.supplier_id === supplierId)
        .sort((a, b) => String(iso(a.created_at)).localeCompare(String(iso(b.created_at))))
        .map((f) => toFulfillment(f, ownLineIds))
      const institutionId = institutionOfCart(order.metadata)
      const stationId = pickupStationOf(order)
      const status: SupplierOrderDTO["status"] =
        order.status === "canceled" ? "canceled" : lines.every((l) => l.fulfilled_quantity >= l.quantity) ? "shipped" : "to_ship"
      const dto: SupplierOrderDTO = {
        id: order.id,
        display_id: order.display_id,
        created_at: iso(order.created_at)!,
        buyer: institutionId ? "institution" : "shopper",
        institution_name: institutionId ? (names.get(institutionId) ?? null) : null,
        pickup_station_id: stationId,
        ship_to: shipTo(order, stationId ? (places.get(stationId) ?? null) : null),
        lines,
        fulfillments,
        status,
        total: yuan(lines.reduce((sum, l) => sum + l.total, 0)),
      }
      return [order.id, dto] as const
    })
  )
  return withReceipts(
    container,
    ids.map((id) => byId.get(id)).filter((o): o is SupplierOrderDTO => !!o)
  )
}

/** GET /supplier/orders: the orders holding its lines, newest first, optionally only those with something to ship (or all shipped). */
export async function supplierOrders(
  container: MedusaContainer,
  supplierId: string,
  page: { status?: SupplierOrderStatusFilter; limit: number; offset: number }
): Promise<{ orders: SupplierOrderDTO[]; count: number }> {
  const productIds = await supplierProductIds(container, supplierId)
  const { rows, count } = await ownOrderRows(container, productIds, page)
  return { orders: await supplierOrdersById(container, supplierId, rows.map((r) => r.id), productIds), count }
}

/** One order as this supplier sees it; 404 when it holds none of its lines (the access rule has said so already). */
export async function supplierOrder(container: MedusaContainer, supplierId: string, orderId: string): Promise<SupplierOrderDTO> {
  const [order] = await supplierOrdersById(container, supplierId, [orderId])
  if (!order || !order.lines.length) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order with id: ${orderId} was not found`)
  if (order.buyer === "institution" && order.status === "to_ship") {
    // 先款后货: the ship form says so before the shipment is refused
    order.awaiting_prepayment = !!(await orderPayment(container, orderId))?.terms.awaiting_prepayment
  }
  return order
}

/** The Today page's orders: how many wait for shipping and the oldest few of them. */
export async function ordersToShip(
  container: MedusaContainer,
  productIds: string[],
  few = 5
): Promise<Pick<SupplierTodayResponse, "orders_to_ship" | "orders_to_ship_count">> {
  const { rows, count } = await ownOrderRows(container, productIds, { status: "to_ship", limit: few, offset: 0, oldestFirst: true })
  return {
    orders_to_ship_count: count,
    orders_to_ship: rows.map((r) => ({
      id: r.id,
      display_id: r.display_id,
      created_at: iso(r.created_at)!,
      buyer: institutionOfCart(r.metadata) ? "institution" : "shopper",
      lines: r.lines,
      quantity: num(r.quantity) - num(r.fulfilled),
    })),
  }
}

/** This month's sales of its own lines (orders not cancelled), the month by order date in Asia/Shanghai. */
export async function monthSales(container: MedusaContainer, productIds: string[], now = new Date()): Promise<SupplierTodayResponse["month_sales"]> {
  const month = new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 7)
  if (!productIds.length) return { month, amount: 0, orders: 0, quantity: 0 }
  const { rows } = await sql(container).raw(
    `select to_char(?::timestamptz at time zone 'Asia/Shanghai', 'YYYY-MM') as month,
            coalesce(sum(own.amount), 0) as amount, count(own.order_id)::int as orders, coalesce(sum(own.quantity), 0) as quantity
     from (${OWN_LINES}) own join "order" o on o.id = own.order_id
     where o.status <> 'canceled'
       and o.created_at >= (date_trunc('month', ?::timestamptz at time zone 'Asia/Shanghai') at time zone 'Asia/Shanghai')`,
    [now.toISOString(), productIds, now.toISOString()]
  )
  const r = rows[0] ?? {}
  return { month: String(r.month ?? ""), amount: yuan(num(r.amount)), orders: num(r.orders), quantity: num(r.quantity) }
}

/** The start of the month `now` falls in, in Asia/Shanghai (UTC+8, no daylight saving). */
export function shanghaiMonthStart(now = new Date()): Date {
  const local = new Date(now.getTime() + 8 * 3600_000)
  return new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), 1) - 8 * 3600_000)
}
