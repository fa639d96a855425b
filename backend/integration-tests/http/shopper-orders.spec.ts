import { Modules } from "@medusajs/framework/utils"
import { DEMO_SUPPLIER_OWNER } from "../../src/scripts/demo/supplier-portal"
import { demoIntegrationTestRunner } from "../helpers/demo-runner"
import { call, eventually, placeOrder, storeHeaders, variantId } from "../helpers/shopping"

// Issue 15, after the sale: a shopper cancels its own order before anything
// ships (POST /store/orders/:id/cancel). The stock is released, the authorized
// payment cancelled, the order's impact reversed; nobody else can cancel it,
// and once a supplier shipped it is a return, not a cancellation.

const password = "correct-horse-9"

demoIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: { headers: Record<string, string> }

    beforeAll(async () => {
      store = await storeHeaders(getContainer())
    })

    /** A registered shopper's login, as the storefront sends it. */
    async function shopper(email: string) {
      const reg = await api.post("/auth/customer/emailpass/register", { email, password })
      await api.post("/store/customers", { email, first_name: "顾客" }, { headers: { ...store.headers, authorization: `Bearer ${reg.data.token}` } })
      const token = (await api.post("/auth/customer/emailpass", { email, password })).data.token as string
      return { auth: { authorization: `Bearer ${token}` }, headers: { ...store.headers, authorization: `Bearer ${token}` }, email }
    }
    /** Beef (the demo supplier 01's) and noodles, bought by this shopper. */
    async function buy(who: Awaited<ReturnType<typeof shopper>>) {
      const beef = await variantId(api, store, "xundian-dried-beef", "250g")
      return placeOrder(api, store, [{ variant_id: beef, quantity: 2 }], { email: who.email, auth: who.auth })
    }
    const cancel = (orderId: string, body: unknown, headers?: Record<string, string>) =>
      call(api.post(`/store/orders/${orderId}/cancel`, body, headers ? { headers } : store))

    it("cancels the shopper's own order before shipment: stock released, payment cancelled, impact reversed, the reason kept", async () => {
      const me = await shopper("cancel-own@shopper-orders.test")
      const order = await buy(me)
      const impact = async () => (await api.get(`/store/orders/${order.id}/impact`, { headers: me.headers })).data as { households: number; amount: number }
      await eventually(impact, (i) => i.amount > 0)
      const reservations = getContainer().resolve(Modules.INVENTORY)
      const lineIds = order.items.map((i) => i.id)
      expect(await reservations.listReservationItems({ line_item_id: lineIds })).toHaveLength(1)

      const res = await cancel(order.id, { reason: "wrong_details", note: "地址写成了旧家" }, me.headers)
      expect(res.status, JSON.stringify(res.data)).toBe(200)
      expect(res.data.order).toMatchObject({ id: order.id, status: "canceled", payment_status: "canceled" })
      expect(res.data.order.canceled_at).toBeTruthy()

      expect(await reservations.listReservationItems({ line_item_id: lineIds })).toHaveLength(0)
      await eventually(impact, (i) => i.amount === 0 && i.households === 0)
      const stored = await getContainer().resolve(Modules.ORDER).retrieveOrder(order.id)
      expect(stored.metadata?.cancellation).toMatchObject({ by: "customer", reason: "wrong_details", note: "地址写成了旧家" })
      // the shopper's order page says so
      const seen = await api.get(`/store/orders/${order.id}?fields=id,status`, { headers: me.headers })
      expect(seen.data.order.status).toBe("canceled")

      // once is enough
      const again = await cancel(order.id, { reason: "other" }, me.headers)
      expect(again.status).toBe(400)
      expect(again.data.message).toMatch(/^order: 订单已取消/)
    })

    it("names a bad reason or note, and cancels nothing", async () => {
      const me = await shopper("cancel-bad@shopper-orders.test")
      const order = await buy(me)
      for (const [body, field] of [
        [{}, "reason"],
        [{ reason: "bored" }, "reason"],
        [{ reason: "other", note: "长".repeat(201) }, "note"],
        [{ reason: "other", refund_to: "elsewhere" }, "refund_to"],
      ] as const) {
        const res = await cancel(order.id, body, me.headers)
        expect(res.status, JSON.stringify(body)).toBe(400)
        expect(res.data.message).toContain(field)
      }
      expect((await getContainer().resolve(Modules.ORDER).retrieveOrder(order.id)).status).toBe("pending")
    })

    it("is the owner's alone: another shopper and nobody get 404, and a guest's order cannot be cancelled by its id (401: log in)", async () => {
      const owner = await shopper("cancel-owner@shopper-orders.test")
      const other = await shopper("cancel-other@shopper-orders.test")
      const order = await buy(owner)
      expect((await cancel(order.id, { reason: "other" }, other.headers)).status).toBe(404)
      // the access rule answers before the login check: a registered shopper's order does not exist for anyone else
      expect((await cancel(order.id, { reason: "other" })).status).toBe(404)
      expect((await cancel("order_01NOSUCHORDER000000000000", { reason: "other" }, owner.headers)).status).toBe(404)

      const guestOrder = await placeOrder(api, store, [{ variant_id: await variantId(api, store, "xundian-dried-beef", "250g"), quantity: 1 }], { email: "guest@shopper-orders.test" })
      expect((await cancel(guestOrder.id, { reason: "other" })).status).toBe(401)
      expect((await cancel(guestOrder.id, { reason: "other" }, other.headers)).status).toBe(404)
      for (const id of [order.id, guestOrder.id]) expect((await getContainer().resolve(Modules.ORDER).retrieveOrder(id)).status).toBe("pending")
    })

    it("after a supplier shipped part of it, it is a return: 400 naming the order", async () => {
      const me = await shopper("cancel-shipped@shopper-orders.test")
      const order = await buy(me)
      const supplier = (await api.post("/auth/supplier/emailpass", { email: DEMO_SUPPLIER_OWNER.email, password: DEMO_SUPPLIER_OWNER.password })).data.token as string
      const bearer = { headers: { authorization: `Bearer ${supplier}` } }
      const { order: mine } = (await api.get(`/supplier/orders/${order.id}`, bearer)).data
      const shipped = await call(
        api.post(
          `/supplier/orders/${order.id}/fulfillments`,
          { items: [{ line_item_id: mine.lines[0].id, quantity: 1 }], lot_number: "XD-2026-12", origin_village: "示例01村", carrier: "中国邮政", tracking_number: "9800000000111" },
          bearer
        )
      )
      expect(shipped.status, JSON.stringify(shipped.data)).toBe(201)

      const res = await cancel(order.id, { reason: "too_slow" }, me.headers)
      expect(res.status).toBe(400)
      expect(res.data.message).toMatch(/^order: 已有商品备货或发货/)
      expect((await getContainer().resolve(Modules.ORDER).retrieveOrder(order.id)).status).toBe("pending")
    })
  },
})
