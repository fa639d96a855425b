import { Modules } from "@medusajs/framework/utils"
import { formatCny } from "@fupin/shared"
import { demoIntegrationTestRunner } from "../helpers/demo-runner"
import { adminHeaders, call, eventually, placeOrder, shipAllAsDemoSupplier, storeHeaders, variantId } from "../helpers/shopping"

// Issue 15: 售后. A shopper asks for a return of shipped lines of its own order, with a
// reason and photos (Medusa's returns: requested, then received by the operator in the
// admin); never more than shipped, never before shipping (that is a cancellation), never
// someone else's order; Medusa's own POST /store/returns, which trusts any holder of an
// order id and lets the caller mark goods received, is closed.

const password = "correct-horse-9"
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52])

type Headers = { headers: Record<string, string> }
const slow = (name: string, fn: () => Promise<void>) => it(name, fn, 300_000)

demoIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: Headers
    let admin: Headers

    beforeAll(async () => {
      store = await storeHeaders(getContainer())
      admin = await adminHeaders(api)
    })

    async function shopper(email: string) {
      const reg = await api.post("/auth/customer/emailpass/register", { email, password })
      await api.post("/store/customers", { email, first_name: "三", last_name: "张" }, { headers: { ...store.headers, authorization: `Bearer ${reg.data.token}` } })
      const token = (await api.post("/auth/customer/emailpass", { email, password })).data.token as string
      return { auth: { authorization: `Bearer ${token}` }, headers: { ...store.headers, authorization: `Bearer ${token}` }, email }
    }
    type Shopper = Awaited<ReturnType<typeof shopper>>

    async function buyBeef(who: Shopper) {
      const lines = [
        { variant_id: await variantId(api, store, "xundian-dried-beef", "250g"), quantity: 2 },
        { variant_id: await variantId(api, store, "xundian-dried-beef", "500g"), quantity: 1 },
      ]
      const order = await placeOrder(api, store, lines, { email: who.email, auth: who.auth })
      const items = (await api.get(`/admin/orders/${order.id}?fields=id,items.id,items.variant_title,items.unit_price`, admin)).data.order.items as Array<{
        id: string
        variant_title: string
        unit_price: number
      }>
      return { order, line250: items.find((i) => i.variant_title === "250g")!, line500: items.find((i) => i.variant_title === "500g")! }
    }

    async function ship(orderId: string) {
      const shipped = await shipAllAsDemoSupplier(api, orderId, "9800000000333")
      expect(shipped.status, JSON.stringify(shipped.data)).toBe(201)
    }

    async function uploadPhoto(who: Shopper) {
      const form = new FormData()
      form.append("files", new Blob([new Uint8Array(PNG)], { type: "image/png" }), "spoiled.png")
      const up = await call(api.post("/store/reviews/uploads", form, { headers: who.headers }))
      expect(up.status, JSON.stringify(up.data)).toBe(201)
      return up.data.files[0].id as string
    }

    const returns = (orderId: string, who: Shopper | Headers) => call(api.get(`/store/orders/${orderId}/returns`, { headers: who.headers }))
    const askReturn = (orderId: string, body: unknown, who: Shopper | Headers) => call(api.post(`/store/orders/${orderId}/returns`, body, { headers: who.headers }))

    slow("a shopper sends shipped lines back with a reason and a photo; the operator receives them; the order moves to 售后", async () => {
      const me = await shopper("returns@returns.test")
      const { order, line250, line500 } = await buyBeef(me)
      // paid for: the operator captures the payment, so the return ends in a refund
      const { data: paid } = await api.get(`/admin/orders/${order.id}?fields=id,payment_collections.payments.id`, admin)
      const paymentId = paid.order.payment_collections[0].payments[0].id as string
      const captured = await call(api.post(`/admin/payments/${paymentId}/capture`, {}, admin))
      expect(captured.status, JSON.stringify(captured.data)).toBe(200)

      // nothing shipped yet: nothing may go back, and asking says to cancel instead
      const early = await returns(order.id, me)
      expect(early.status).toBe(200)
      expect(early.data.returnable).toEqual([])
      expect(early.data.window_ends_at).toBeNull()
      const tooEarly = await askReturn(order.id, { items: [{ id: line250.id, quantity: 1 }], reason: "other" }, me)
      expect(tooEarly.status).toBe(400)
      expect(tooEarly.data.message).toMatch(/^order: .*cancel the order instead/)

      await ship(order.id)
      const open = await returns(order.id, me)
      expect(open.data.returnable.map((l: { item_id: string; quantity: number }) => [l.item_id, l.quantity]).sort()).toEqual(
        [
          [line250.id, 2],
          [line500.id, 1],
        ].sort()
      )
      const windowEnd = new Date(open.data.window_ends_at).getTime()
      expect(windowEnd - Date.now()).toBeGreaterThan(14 * 24 * 3600 * 1000)

      // a spoiled pack needs a photo; more than was shipped is refused, naming the line's field
      const noPhoto = await askReturn(order.id, { items: [{ id: line250.id, quantity: 1 }], reason: "quality" }, me)
      expect(noPhoto.status).toBe(400)
      expect(noPhoto.data.message).toMatch(/^photos: /)
      const photo = await uploadPhoto(me)
      const tooMany = await askReturn(order.id, { items: [{ id: line250.id, quantity: 3 }], reason: "quality", photos: [photo] }, me)
      expect(tooMany.status).toBe(400)
      expect(tooMany.data.message).toMatch(/^items\[0\]\.quantity: .*最多可退 2 件/)

      const asked = await askReturn(order.id, { items: [{ id: line250.id, quantity: 1 }], reason: "quality", note: "一袋有异味", photos: [photo] }, me)
      expect(asked.status, JSON.stringify(asked.data)).toBe(201)
      expect(asked.data.returns).toHaveLength(1)
      const mine = asked.data.returns[0]
      expect(mine).toMatchObject({ status: "requested", reason: "quality", note: "一袋有异味", refund_amount: Number(line250.unit_price) })
      expect(mine.items).toEqual([expect.objectContaining({ item_id: line250.id, quantity: 1, received_quantity: 0 })])
      expect(mine.photos).toEqual([expect.objectContaining({ file_id: photo, url: expect.stringMatching(/^https?:\/\//) })])
      // one of the two 250g packs is left to send back; the 500g pack untouched
      const left = new Map(asked.data.returnable.map((l: { item_id: string; quantity: number }) => [l.item_id, l.quantity]))
      expect(left.get(line250.id)).toBe(1)
      expect(left.get(line500.id)).toBe(1)
      const again = await askReturn(order.id, { items: [{ id: line250.id, quantity: 2 }], reason: "other" }, me)
      expect(again.status).toBe(400)
      expect(again.data.message).toMatch(/^items\[0\]\.quantity: .*最多可退 1 件/)

      // 我的订单 reads the return's status, which puts the order under 售后
      const list = await call(api.get(`/store/orders?fields=id,returns.status`, { headers: me.headers }))
      expect(list.status).toBe(200)
      expect(list.data.orders.find((o: { id: string }) => o.id === order.id).returns).toEqual([expect.objectContaining({ status: "requested" })])

      // the operator sees it in Medusa's admin with the shopper's reason and photo, and receives the pack
      const adminReturns = (await api.get(`/admin/returns?order_id=${order.id}&fields=id,status,metadata`, admin)).data.returns as Array<{
        id: string
        status: string
        metadata: { reason: string; photos: Array<{ file_id: string }> }
      }>
      expect(adminReturns).toHaveLength(1)
      expect(adminReturns[0]!.metadata.reason).toBe("quality")
      expect(adminReturns[0]!.metadata.photos.map((p) => p.file_id)).toEqual([photo])
      const returnId = adminReturns[0]!.id
      expect((await call(api.post(`/admin/returns/${returnId}/receive`, {}, admin))).status).toBe(200)
      expect((await call(api.post(`/admin/returns/${returnId}/receive-items`, { items: [{ id: line250.id, quantity: 1 }] }, admin))).status).toBe(200)
      const confirmed = await call(api.post(`/admin/returns/${returnId}/receive/confirm`, {}, admin))
      expect(confirmed.status, JSON.stringify(confirmed.data)).toBe(200)
      const after = await returns(order.id, me)
      expect(after.data.returns[0]).toMatchObject({ status: "received" })
      expect(after.data.returns[0].items[0].received_quantity).toBe(1)
      expect(after.data.returns[0].received_at).not.toBeNull()

      // the shopper hears that the goods arrived, and then that the money went back
      const notifications = getContainer().resolve(Modules.NOTIFICATION)
      const sentTo = (template: string) => () => notifications.listNotifications({ to: me.email, template })
      const [arrived] = await eventually(sentTo("shopper-return-received"), (list) => list.length === 1)
      expect(String(arrived!.data!.text)).toContain("寄回的商品已收到")
      const refunded = await call(api.post(`/admin/payments/${paymentId}/refund`, { amount: Number(line250.unit_price) }, admin))
      expect(refunded.status, JSON.stringify(refunded.data)).toBe(200)
      const [refund] = await eventually(sentTo("shopper-refunded"), (list) => list.length === 1)
      expect(String(refund!.data!.text)).toContain(formatCny(Number(line250.unit_price)))
      // once each, however often the events arrive
      expect(await sentTo("shopper-return-received")()).toHaveLength(1)
    })

    slow("nobody else may read or ask for a return of a shopper's order; bad input names its field; Medusa's open POST /store/returns is closed", async () => {
      const me = await shopper("owner@returns.test")
      const other = await shopper("other@returns.test")
      const { order, line250 } = await buyBeef(me)
      await ship(order.id)

      expect((await returns(order.id, other)).status).toBe(404)
      expect((await askReturn(order.id, { items: [{ id: line250.id, quantity: 1 }], reason: "other" }, other)).status).toBe(404)
      // without a login, even holding the order id: as if it did not exist (the store access rule)
      expect((await returns(order.id, store)).status).toBe(404)
      expect((await askReturn(order.id, { items: [{ id: line250.id, quantity: 1 }], reason: "other" }, store)).status).toBe(404)
      // Medusa's route would take the return, received, from anyone with the order id
      const core = await call(
        api.post("/store/returns", { order_id: order.id, items: [{ id: line250.id, quantity: 2 }], return_shipping: { option_id: "so_x" }, receive_now: true }, store)
      )
      expect(core.status).toBe(404)
      expect((await returns(order.id, me)).data.returns).toEqual([])

      const bad = async (body: unknown, field: RegExp) => {
        const res = await askReturn(order.id, body, me)
        expect(res.status, JSON.stringify(res.data)).toBe(400)
        expect(res.data.message).toMatch(field)
      }
      await bad({ items: [], reason: "other" }, /items/)
      await bad({ items: [{ id: line250.id, quantity: 1 }], reason: "because" }, /reason/)
      await bad({ items: [{ id: line250.id, quantity: 0 }], reason: "other" }, /quantity/)
      await bad({ items: [{ id: "ordli_nope", quantity: 1 }], reason: "other" }, /^items\[0\]\.id: /)
      await bad({ items: [{ id: line250.id, quantity: 1 }], reason: "other", receive_now: true }, /receive_now/)
      await bad({ items: [{ id: line250.id, quantity: 1 }], reason: "damaged", photos: ["../../etc/passwd"] }, /photos/)
      await bad({ items: [{ id: line250.id, quantity: 1 }], reason: "damaged", photos: ["nothere.png"] }, /^photos: /)
      // and nothing of those reached the order
      expect((await returns(order.id, me)).data.returns).toEqual([])
    })
  },
})
