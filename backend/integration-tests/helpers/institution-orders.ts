/**
 * Institution orders the way the portal places them (issue 10's pad and
 * submit), for the bank-transfer and document tests: the demo school's
 * purchaser and approver, a second approved institution with its own member,
 * and a plain shopper.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { creditCodeCheckChar } from "@fupin/shared"
import { DEMO_MEMBER_PASSWORD, DEMO_MEMBERS } from "../../src/scripts/demo/institution-members"
import { adminHeaders, type Api, call, storeHeaders } from "./shopping"

export type Headers = { headers: Record<string, string> }

// demo SKUs (src/scripts/demo/certified-catalogue-data.ts)
export const XD_ERKUAI = "XUNDIAN-ERKUAI-1" // ¥16.8, 寻甸
export const XD_RIBS = "XUNDIAN-BEEF-RIBS-1" // ¥158, 寻甸
export const LQ_NOODLES = "LUQUAN-KONJAC-NOODLES-1" // ¥19.9, 禄劝

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

  return { store, admin, as, purchaser, approver, register, otherInstitutionMember, placeOrder }
}
