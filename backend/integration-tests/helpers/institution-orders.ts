/**
 * Institution orders the way the portal places them (issue 10's pad and
 * submit), for the bank-transfer and document tests: the demo school's
 * purchaser and approver, a second approved institution with its own member,
 * and a plain shopper.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { creditCodeCheckChar } from "@fupin/shared"
import { DEMO_MEMBER_PASSWORD, DEMO_MEMBERS } from "../../src/scripts/demo/institution-members"
import { fenOf, quantityOf } from "../../src/modules/settlement/service"
import { shipSupplierLinesWorkflow } from "../../src/workflows/supplier/ship-supplier-lines"
import { adminHeaders, type Api, call, storeHeaders } from "./shopping"

export type Headers = { headers: Record<string, string> }

// demo SKUs (src/scripts/demo/certified-catalogue-data.ts)
export const XD_ERKUAI = "XUNDIAN-ERKUAI-1" // ¥16.8, 寻甸
export const XD_RIBS = "XUNDIAN-BEEF-RIBS-1" // ¥158, 寻甸
export const LQ_NOODLES = "LUQUAN-KONJAC-NOODLES-1" // ¥19.9, 禄劝
export const XD_DRIED_BEEF = "XD-BEEF-250" // ¥68, 寻甸牛干巴: the demo supplier owner's (owner@supplier01.fupin.local)

export type ShippedLine = { id: string; quantity: number; unit_price: number; supplier_id: string; supplier_name: string }

/** An order's lines with each one's supplier (as the producer portal sees them). */
async function linesOf(container: MedusaContainer, orderId: string): Promise<ShippedLine[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: ["id", "items.*"], filters: { id: orderId } })
  type Item = { id: string; quantity: unknown; unit_price: unknown; product_id: string }
  const items = ((data[0] as unknown as { items: Item[] }).items ?? []).filter(Boolean)
  const { data: products } = await query.graph({ entity: "product", fields: ["id", "supplier.id", "supplier.legal_name"], filters: { id: items.map((i) => i.product_id) } })
  const supplierOf = new Map((products as unknown as Array<{ id: string; supplier: { id: string; legal_name: string } }>).map((p) => [p.id, p.supplier]))
  return items.map((i) => ({
    id: i.id,
    quantity: quantityOf(i.quantity),
    unit_price: fenOf(i.unit_price) / 100,
    supplier_id: supplierOf.get(i.product_id)!.id,
    supplier_name: supplierOf.get(i.product_id)!.legal_name,
  }))
}

/**
 * Each supplier ships all its lines of the order with a lot number and a
 * tracking number (Medusa fulfilment + shipment, as the producer portal's ship
 * form does); returns each supplier's fulfilment and lines.
 */
export async function shipAllLines(container: MedusaContainer, orderId: string): Promise<Map<string, { fulfillment_id: string; lines: ShippedLine[] }>> {
  const bySupplier = new Map<string, ShippedLine[]>()
  for (const l of await linesOf(container, orderId)) bySupplier.set(l.supplier_id, [...(bySupplier.get(l.supplier_id) ?? []), l])
  const out = new Map<string, { fulfillment_id: string; lines: ShippedLine[] }>()
  let n = 0
  for (const [supplierId, mine] of bySupplier) {
    n++
    const { result } = await shipSupplierLinesWorkflow(container).run({
      input: {
        order_id: orderId,
        supplier_id: supplierId,
        supplier_name: mine[0]!.supplier_name,
        member_id: "supmem_test",
        items: mine.map((l) => ({ line_item_id: l.id, quantity: l.quantity })),
        lot_number: `LOT-2026-12-0${n}`,
        origin_village: `示例0${n}村`,
        carrier: "中国邮政",
        tracking_number: `98000000000${n}`,
      },
    })
    out.set(supplierId, { fulfillment_id: result.fulfillment_id, lines: mine })
  }
  return out
}

export async function institutionActors(api: Api, container: MedusaContainer) {
  const store = await storeHeaders(container)
  const admin = await adminHeaders(api)
  const as = (token?: string): Headers => ({ headers: { ...store.headers, ...(token ? { authorization: `Bearer ${token}` } : {}) } })
  const login = async (email: string, password = DEMO_MEMBER_PASSWORD) => (await api.post("/auth/customer/emailpass", { email, password })).data.token as string
  const [PURCHASER, APPROVER] = DEMO_MEMBERS as [(typeof DEMO_MEMBERS)[0], (typeof DEMO_MEMBERS)[0]]
  const purchaser = as(await login(PURCHASER.email))
  const approver = as(await login(APPROVER.email))

  async function register(email: string) {
    const reg = await api.post("/auth/customer/emailpass/register", { email, password: "portal-pass-9" })
    const created = await api.post("/store/customers", { email, first_name: "测试" }, as(reg.data.token))
    return { id: created.data.customer.id as string, headers: as(await login(email, "portal-pass-9")) }
  }

  /** Another approved institution whose member holds every role. */
  async function otherInstitutionMember() {
    const first17 = "12530100MC8880002"
    const other = (
      await api.post(
        "/admin/institutions",
        { name: "昆明市某测试医院（转账）", credit_code: first17 + creditCodeCheckChar(first17), kind: "hospital", contact_name: "联系人（测试）", contact_phone: "0871-60000002", address: "昆明市盘龙区 测试路3号" },
        admin
      )
    ).data.institution
    await api.post(`/admin/institutions/${other.id}/approve`, {}, admin)
    const member = await register("other-member@transfer.test")
    await api.post(`/admin/institutions/${other.id}/buyers`, { customer_id: member.id, roles: ["admin", "purchaser", "approver"] }, admin)
    return member.headers
  }

  /** Places an order of these lines for the demo school; above ¥5,000 the approver approves it. */
  async function placeOrder(lines: Array<{ sku: string; quantity: number }>): Promise<{ id: string; total: number; approved: boolean }> {
    const cart = (await api.post("/store/institution/carts", {}, purchaser)).data.cart
    const filled = await call(api.post(`/store/institution/carts/${cart.id}/lines`, { replace: true, lines }, purchaser))
    if (filled.status !== 200) throw new Error(`lines: ${JSON.stringify(filled.data)}`)
    const submitted = await call(api.post(`/store/institution/carts/${cart.id}/submit`, {}, purchaser))
    if (submitted.status !== 200) throw new Error(`submit: ${JSON.stringify(submitted.data)}`)
    if (submitted.data.status === "placed") return { id: submitted.data.order.id, total: submitted.data.order.total, approved: false }
    const approved = await call(api.post(`/store/institution/approvals/${submitted.data.approval.id}/approve`, {}, approver))
    if (approved.status !== 200) throw new Error(`approve: ${JSON.stringify(approved.data)}`)
    const orderId = (approved.data.order?.id ?? approved.data.approval?.order_id) as string
    const order = (await api.get(`/store/institution/orders/${orderId}/payment`, purchaser)).data.payment
    return { id: orderId, total: order.total, approved: true }
  }

  /** The operator records a transfer from the demo school that pays `amount` of one order (a fresh bank reference each time). */
  let slip = 0
  const run = Math.random().toString(36).slice(2, 8).toUpperCase()
  const transfer = (amount: number, orderId: string) =>
    call(
      api.post(
        "/admin/bank-transfers",
        { amount, received_at: new Date().toISOString(), payer_name: "昆明市某中学（示例01）", payer_account: "2502 0000 0000 0000 01", bank_reference: `TEST-${run}-${++slip}`, allocations: [{ order_id: orderId, amount }] },
        admin
      )
    )

  return { store, admin, as, purchaser, approver, register, otherInstitutionMember, placeOrder, transfer }
}
