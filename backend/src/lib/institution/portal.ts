import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MathBN, Modules } from "@medusajs/framework/utils"
import {
  countyByHandle,
  type PortalApprovalDTO,
  type PortalCartDTO,
  type PortalCountyAmountDTO,
  type PortalInstitutionDTO,
  type PortalOrderDTO,
  type PortalPersonDTO,
  APPROVAL_BASIS,
  PAD_LINE_METADATA,
  type PortalAmountsDTO,
  needsApproval,
  shipmentTraces,
} from "@fupin/shared"
import { INSTITUTION_MODULE } from "../../modules/institution"
import type InstitutionModuleService from "../../modules/institution/service"
import { cny } from "../../modules/institution/service"
import { deliveryOf } from "./canteens"
import { institutionOfCart } from "./membership"
import { provenanceOf } from "./provenance"

const iso = (d: unknown) => (d ? new Date(d as string).toISOString() : null)
const money = (v: unknown) => (v === null || v === undefined ? null : cny(v))

export const countyName = (handle: string) => countyByHandle(handle)?.name_zh ?? (handle === "unknown" ? "未知县区" : handle)

type Line = { id: string; product_id: string | null; variant_id?: string | null; variant_sku?: string | null; product_title?: string | null; variant_title?: string | null; quantity: unknown; unit_price: unknown; total?: unknown; metadata?: Record<string, unknown> | null }

/** What lines bought per county (line totals), biggest first. */
export async function byCounty(container: MedusaContainer, lines: Line[]): Promise<PortalCountyAmountDTO[]> {
  const provenance = await provenanceOf(container, lines.map((l) => l.product_id).filter((id): id is string => !!id))
  const sums = new Map<string, number>()
  for (const l of lines) {
    const county = (l.product_id && provenance.get(l.product_id)?.county_handle) || "unknown"
    const total = l.total ?? MathBN.mult(l.unit_price as never, l.quantity as never)
    sums.set(county, MathBN.add(sums.get(county) ?? 0, cny(total)).toNumber())
  }
  return [...sums.entries()].map(([county_handle, amount]) => ({ county_handle, county_name: countyName(county_handle), amount })).sort((a, b) => b.amount - a.amount)
}

/** The people named by customer id (requesters, approvers, purchasers). */
export async function people(container: MedusaContainer, ids: Array<string | null | undefined>): Promise<Map<string, PortalPersonDTO>> {
  const wanted = [...new Set(ids.filter((id): id is string => !!id))]
  if (!wanted.length) return new Map()
  const customers = await container.resolve(Modules.CUSTOMER).listCustomers({ id: wanted }, { take: null, select: ["id", "email", "first_name", "last_name"] })
  return new Map(customers.map((c) => [c.id, { id: c.id, email: c.email ?? null, first_name: c.first_name ?? null, last_name: c.last_name ?? null }]))
}

/** 张三（zhang@…）, or the e-mail alone, or —. */
export function personLabel(p: Pick<PortalPersonDTO, "first_name" | "last_name" | "email"> | undefined, fallback = "—"): string {
  if (!p) return fallback
  const name = `${p.last_name ?? ""}${p.first_name ?? ""}`.trim()
  return name ? (p.email ? `${name}（${p.email}）` : name) : (p.email ?? fallback)
}

export function portalInstitution(i: {
  id: string
  name: string
  kind: string
  status: string
  contact_name: string
  contact_phone: string
  address: string
  approval_threshold?: unknown
  annual_canteen_budget?: unknown
  reserved_share_percent?: number | null
}): PortalInstitutionDTO {
  return {
    id: i.id,
    name: i.name,
    kind: i.kind as PortalInstitutionDTO["kind"],
    status: i.status as PortalInstitutionDTO["status"],
    contact_name: i.contact_name,
    contact_phone: i.contact_phone,
    address: i.address,
    approval_threshold: money(i.approval_threshold),
    annual_canteen_budget: money(i.annual_canteen_budget),
    reserved_share_percent: i.reserved_share_percent ?? 10,
  }
}

const CART_LINE_FIELDS = ["items.*"]
const CART_AMOUNT_FIELDS = ["item_total", "shipping_total", "total", "shipping_methods.id"]

type CartAmounts = { item_total: unknown; shipping_total: unknown; total: unknown; shipping_methods?: Array<{ id: string } | null> | null }

/**
 * 商品金额, 运费 and 合计 of a cart as the server computes them; shipping (and so the total) is 待定 (null)
 * while no delivery is chosen or the cart has no goods (a new cart has its delivery before its lines).
 */
export function cartAmounts(cart: CartAmounts): PortalAmountsDTO {
  const shipped = (cart.shipping_methods ?? []).some(Boolean) && cny(cart.item_total) > 0
  return { item_total: cny(cart.item_total), shipping_total: shipped ? cny(cart.shipping_total) : null, total: shipped ? cny(cart.total) : null }
}

async function cartLines(container: MedusaContainer, cartIds: string[]) {
  if (!cartIds.length) return new Map<string, { items: Line[]; amounts: PortalAmountsDTO; metadata: Record<string, unknown> | null }>()
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "cart", fields: ["id", "metadata", ...CART_AMOUNT_FIELDS, ...CART_LINE_FIELDS], filters: { id: cartIds } })
  return new Map(
    (data as unknown as Array<{ id: string; items?: Line[] | null; metadata?: Record<string, unknown> | null } & CartAmounts>).map((c) => [
      c.id,
      { items: (c.items ?? []).filter(Boolean), amounts: cartAmounts(c), metadata: c.metadata ?? null },
    ])
  )
}

type ApprovalRow = {
  id: string
  cart_id: string
  institution_id: string
  amount: unknown
  currency_code: string
  status: string
  requested_by: string
  decided_by: string | null
  decided_at: Date | string | null
  note: string | null
  order_id: string | null
  created_at: Date | string
}

export async function portalApprovals(container: MedusaContainer, approvals: ApprovalRow[]): Promise<PortalApprovalDTO[]> {
  const who = await people(container, approvals.flatMap((a) => [a.requested_by, a.decided_by]))
  const lines = await cartLines(container, [...new Set(approvals.map((a) => a.cart_id))])
  return Promise.all(
    approvals.map(async (a) => {
      const cart = lines.get(a.cart_id)
      const items = cart?.items ?? []
      const amount = cny(a.amount)
      return {
        ...(cart?.amounts ?? { item_total: amount, shipping_total: null, total: null }),
        id: a.id,
        cart_id: a.cart_id,
        institution_id: a.institution_id,
        amount,
        currency_code: a.currency_code,
        status: a.status as PortalApprovalDTO["status"],
        requested_by: who.get(a.requested_by) ?? null,
        decided_by: a.decided_by ? (who.get(a.decided_by) ?? null) : null,
        decided_at: iso(a.decided_at),
        note: a.note,
        order_id: a.order_id,
        created_at: iso(a.created_at)!,
        lines: items.length,
        by_county: await byCounty(container, items),
        delivery: deliveryOf(cart?.metadata),
      }
    })
  )
}

/** An institution cart as the portal shows it: lines with county, totals, frozen or not, its latest approval request. */
export async function portalCart(container: MedusaContainer, cartId: string): Promise<PortalCartDTO> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const service = container.resolve<InstitutionModuleService>(INSTITUTION_MODULE)
  const { data } = await query.graph({
    entity: "cart",
    fields: ["id", "currency_code", "metadata", ...CART_AMOUNT_FIELDS, ...CART_LINE_FIELDS],
    filters: { id: cartId },
  })
  const cart = data[0] as unknown as CartAmounts & {
    id: string
    currency_code: string
    metadata: Record<string, unknown> | null
    items?: Line[] | null
  }
  const institutionId = institutionOfCart(cart.metadata)!
  const items = (cart.items ?? []).filter(Boolean)
  const provenance = await provenanceOf(container, items.map((i) => i.product_id).filter((id): id is string => !!id))
  const [approval] = await service.listInstitutionApprovals({ cart_id: cart.id }, { order: { created_at: "DESC" }, take: 1 })
  const institution = await service.retrieveInstitution(institutionId)
  const agreements = await service.listIntentAgreements({ institution_id: institutionId, status: "active" }, { take: null })
  const counties = await byCounty(container, items)
  const amounts = cartAmounts(cart)
  return {
    id: cart.id,
    institution_id: institutionId,
    currency_code: cart.currency_code,
    items: items.map((i) => {
      const meta = i.metadata ?? {}
      const str = (v: unknown) => (typeof v === "string" && v ? v : null)
      return {
        id: i.id,
        variant_id: i.variant_id ?? null,
        product_id: i.product_id,
        sku: i.variant_sku ?? null,
        product_title: i.product_title ?? null,
        variant_title: i.variant_title ?? null,
        quantity: MathBN.convert(i.quantity as never).toNumber(),
        unit_price: cny(i.unit_price),
        total: cny(i.total ?? MathBN.mult(i.unit_price as never, i.quantity as never)),
        county_handle: (i.product_id && provenance.get(i.product_id)?.county_handle) || null,
        requested_delivery_date: str(meta[PAD_LINE_METADATA.requested_delivery_date]),
        canteen: str(meta[PAD_LINE_METADATA.canteen]),
      }
    }),
    ...amounts,
    frozen: approval?.status === "pending",
    approval: approval ? ((await portalApprovals(container, [approval as unknown as ApprovalRow]))[0] ?? null) : null,
    delivery: deliveryOf(cart.metadata),
    needs_approval: needsApproval(amounts[APPROVAL_BASIS], money(institution.approval_threshold)),
    by_county: counties.map((c) => {
      const a = agreements.find((x) => x.county_handle === c.county_handle)
      return {
        ...c,
        agreement_id: a?.id ?? null,
        agreement_remaining: a ? Math.max(MathBN.sub(a.amount, a.ordered_amount).toNumber(), 0) : null,
      }
    }),
  }
}

type OrderRow = {
  id: string
  display_id: number | null
  created_at: string | Date
  status: string
  item_total?: unknown
  shipping_total?: unknown
  total: unknown
  currency_code: string
  customer_id: string | null
  metadata: Record<string, unknown> | null
  items?: Line[] | null
}

/**
 * Every order of the institution (placed on its carts by its members), newest
 * first: the portal's order list and the monthly statement read them.
 */
export async function institutionOrderRows<T extends { id: string; metadata?: Record<string, unknown> | null } = OrderRow>(
  container: MedusaContainer,
  institutionId: string,
  fields: string[] = ["id", "display_id", "created_at", "status", "total", "currency_code", "customer_id", "metadata"]
): Promise<T[]> {
  const service = container.resolve<InstitutionModuleService>(INSTITUTION_MODULE)
  const members = await service.listInstitutionBuyers({ institution_id: institutionId }, { take: null, select: ["customer_id"] })
  if (!members.length) return []
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: fields.includes("metadata") ? fields : [...fields, "metadata"],
    filters: { customer_id: members.map((m) => m.customer_id) },
    pagination: { order: { created_at: "DESC" }, take: 5000 },
  })
  return (data as unknown as T[]).filter((o) => institutionOfCart(o.metadata) === institutionId)
}

/** The institution's orders, newest first, a page of them. */
export async function institutionOrders(
  container: MedusaContainer,
  institutionId: string,
  page: { limit: number; offset: number }
): Promise<{ orders: PortalOrderDTO[]; count: number }> {
  const mine = await institutionOrderRows(container, institutionId)
  return { orders: await portalOrders(container, mine.slice(page.offset, page.offset + page.limit)), count: mine.length }
}

/** What portalOrders reads of each order beside its row: its lines (with their totals) and shipments. */
const ORDER_DETAIL_FIELDS = ["id", "item_total", "shipping_total", "items.*", "fulfillments.metadata", "fulfillments.created_at"]

/**
 * Orders by id as the portal lists them (the caller has checked they are the institution's):
 * row and lines in one read, as the order module adds up every line for the totals.
 */
export async function portalOrdersById(container: MedusaContainer, ids: string[]): Promise<PortalOrderDTO[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: [...new Set(["id", "display_id", "created_at", "status", "total", "currency_code", "customer_id", "metadata", ...ORDER_DETAIL_FIELDS])],
    filters: { id: ids },
  })
  return portalOrders(container, data as unknown as OrderRow[], { detailed: true })
}

/** `detailed`: the rows were read with ORDER_DETAIL_FIELDS already; otherwise those are read here. */
async function portalOrders(container: MedusaContainer, pageRows: OrderRow[], { detailed = false } = {}): Promise<PortalOrderDTO[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const withItems =
    detailed || !pageRows.length
      ? pageRows
      : (await query.graph({ entity: "order", fields: ORDER_DETAIL_FIELDS, filters: { id: pageRows.map((o) => o.id) } })).data
  const rowsOf = new Map((withItems as unknown as OrderRow[]).map((o) => [o.id, o]))
  const shipmentsOf = new Map(
    (withItems as unknown as Array<{ id: string; fulfillments?: Array<{ metadata?: Record<string, unknown> | null; created_at?: Date | string } | null> }>).map((o) => [
      o.id,
      shipmentTraces([...(o.fulfillments ?? [])].filter(Boolean).sort((a, b) => String(iso(a!.created_at)).localeCompare(String(iso(b!.created_at))))),
    ])
  )
  const who = await people(container, pageRows.map((o) => o.customer_id))
  return Promise.all(
    pageRows.map(async (o) => {
      const full = rowsOf.get(o.id)
      const items = (full?.items ?? []).filter(Boolean)
      return {
        id: o.id,
        display_id: o.display_id ?? null,
        created_at: iso(o.created_at)!,
        status: o.status,
        item_total: cny(full?.item_total ?? o.total),
        shipping_total: cny(full?.shipping_total ?? 0),
        total: cny(o.total),
        currency_code: o.currency_code,
        placed_by: o.customer_id ? (who.get(o.customer_id) ?? null) : null,
        lines: items.length,
        by_county: await byCounty(container, items),
        delivery: deliveryOf(o.metadata),
        shipments: shipmentsOf.get(o.id) ?? [],
      }
    })
  )
}
