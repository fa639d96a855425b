import { Modules } from "@medusajs/framework/utils"
import { demoIntegrationTestRunner } from "../helpers/demo-runner"
import { call, eventually, placeOrder, storeHeaders, variantId, shipFirstLineAsDemoSupplier } from "../helpers/shopping"

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

    // Claiming guest orders (issue 15): Medusa's order transfer, its token e-mailed to the order's own address.
    const claim = (body: unknown, headers?: Record<string, string>) =>
      call(api.post("/store/customers/me/order-claims", body, headers ? { headers } : store))
    /** The confirmation link the order's inbox received, as the notification module recorded it. */
    async function claimLink(to: string, orderId: string) {
      const notifications = getContainer().resolve(Modules.NOTIFICATION)
      const sent = await eventually(
        () => notifications.listNotifications({ to, template: "order-claim" }, { order: { created_at: "DESC" } }),
        (list) => list.some((n) => n.data?.order_id === orderId)
      )
      return new URL(String(sent.find((n) => n.data?.order_id === orderId)!.data!.url))
    }
    const customerOf = async (orderId: string) => (await getContainer().resolve(Modules.ORDER).retrieveOrder(orderId)).customer_id

    it("a shopper who registers after buying as a guest claims those orders by confirming a link sent to that e-mail", async () => {
      const email = "claim-own@shopper-orders.test"
      const beef = await variantId(api, store, "xundian-dried-beef", "250g")
      const first = await placeOrder(api, store, [{ variant_id: beef, quantity: 1 }], { email })
      const second = await placeOrder(api, store, [{ variant_id: beef, quantity: 2 }], { email })
      const guest = await customerOf(first.id)
      const me = await shopper(email)
      const mine = async () => ((await api.get("/store/orders?fields=id", { headers: me.headers })).data.orders as Array<{ id: string }>).map((o) => o.id)
      // registering does not hand the guest's orders to whoever typed the e-mail
      expect(await mine()).toEqual([])

      const res = await claim({}, me.headers)
      expect(res.status, JSON.stringify(res.data)).toBe(202)
      expect(res.data.email).toBe(email)
      const links = [await claimLink(email, first.id), await claimLink(email, second.id)]
      expect(links[0]!.pathname).toBe(`/zh/account/orders/claim/${first.id}`)
      // nothing moves before the inbox's owner confirms
      expect(await customerOf(first.id)).toBe(guest)

      for (const [i, order] of [first, second].entries()) {
        const accepted = await call(api.post(`/store/orders/${order.id}/transfer/accept`, { token: links[i]!.searchParams.get("token") }, store))
        expect(accepted.status, JSON.stringify(accepted.data)).toBe(200)
      }
      expect((await mine()).sort()).toEqual([first.id, second.id].sort())
      // now the account's: a guest's order rules (anyone with its id) no longer apply
      expect((await call(api.get(`/store/orders/${first.id}`, store))).status).toBe(404)
      // claimed orders are the account's: asking again e-mails nothing more
      expect((await claim({}, me.headers)).status).toBe(202)
      const notifications = getContainer().resolve(Modules.NOTIFICATION)
      expect(await notifications.listNotifications({ to: email, template: "order-claim" })).toHaveLength(2)
    })

    it("someone else asking for a guest's orders only e-mails the guest; without the token nothing moves", async () => {
      const victim = "claim-victim@shopper-orders.test"
      const order = await placeOrder(api, store, [{ variant_id: await variantId(api, store, "xundian-dried-beef", "250g"), quantity: 1 }], { email: victim })
      const guest = await customerOf(order.id)
      const thief = await shopper("claim-thief@shopper-orders.test")

      const res = await claim({ email: victim }, thief.headers)
      expect(res.status).toBe(202)
      const link = await claimLink(victim, order.id)
      const notifications = getContainer().resolve(Modules.NOTIFICATION)
      expect(await notifications.listNotifications({ to: thief.email, template: "order-claim" })).toEqual([])
      // the e-mail names the account that asked, so the guest knows what they would confirm
      const [sent] = await notifications.listNotifications({ to: victim, template: "order-claim" })
      expect(String(sent!.data!.text)).toContain(thief.email)

      const guessed = await call(api.post(`/store/orders/${order.id}/transfer/accept`, { token: "00000000-0000-4000-8000-000000000000" }, store))
      expect(guessed.status).toBeGreaterThanOrEqual(400)
      expect(await customerOf(order.id)).toBe(guest)
      // asking again withdraws the first link: only the newest one works
      expect((await claim({ email: victim }, thief.headers)).status).toBe(202)
      const stale = await call(api.post(`/store/orders/${order.id}/transfer/accept`, { token: link.searchParams.get("token") }, store))
      expect(stale.status).toBeGreaterThanOrEqual(400)
      expect(await customerOf(order.id)).toBe(guest)
    })

    // A guest may check out with a mobile and no e-mail (issue 15): the mobile proves the order is theirs.
    /** A shopper of a mobile login: the code the local SMS provider recorded, a customer for the number, a token naming it. */
    async function mobileShopper(mobile: string) {
      expect((await call(api.post("/store/auth/mobile-code", { mobile }, store))).status).toBe(201)
      const [sms] = await getContainer().resolve(Modules.NOTIFICATION).listNotifications({ to: mobile, channel: "sms" }, { order: { created_at: "DESC" }, take: 1 })
      const first = await api.post("/auth/customer/mobile", { mobile, code: String(sms!.data!.code) })
      await api.post("/store/customers", { phone: mobile, last_name: "李" }, { headers: { ...store.headers, authorization: `Bearer ${first.data.token}` } })
      const token = (await api.post("/auth/token/refresh", {}, { headers: { authorization: `Bearer ${first.data.token}` } })).data.token as string
      return { headers: { ...store.headers, authorization: `Bearer ${token}` } }
    }
    const claimByMobile = (headers?: Record<string, string>, body: unknown = {}) =>
      call(api.post("/store/customers/me/order-claims/mobile", body, headers ? { headers } : store))
    const orderIdsOf = async (headers: Record<string, string>) =>
      ((await api.get("/store/orders?fields=id", { headers })).data.orders as Array<{ id: string }>).map((o) => o.id).sort()

    it("a guest who gave only a mobile reads the order's impact by it, and finds the order in the account once logged in with a code to that mobile", async () => {
      const mobile = "13912345601"
      const beef = await variantId(api, store, "xundian-dried-beef", "250g")
      const order = await placeOrder(api, store, [{ variant_id: beef, quantity: 1 }], { email: null, address: { phone: mobile } })
      expect((await getContainer().resolve(Modules.ORDER).retrieveOrder(order.id)).email).toBeNull()
      // the confirmation page proves the order by its mobile, typed any way
      const impact = (query: string) => call(api.get(`/store/orders/${order.id}/impact${query}`, store))
      expect((await impact("?mobile=139%201234%205601")).status).toBe(200)
      expect((await impact("?mobile=13900000000")).status).toBe(404)
      expect((await impact("")).status).toBe(404)
      const bad = await impact("?mobile=12345")
      expect(bad.status).toBe(400)
      expect(bad.data.message).toContain("mobile")

      // the same number, but an order with an e-mail (claimed from its inbox), and another number's order: neither moves
      const withEmail = await placeOrder(api, store, [{ variant_id: beef, quantity: 1 }], { email: "gift-buyer@shopper-orders.test", address: { phone: mobile } })
      const otherNumber = await placeOrder(api, store, [{ variant_id: beef, quantity: 1 }], { email: null, address: { phone: "13912345699" } })

      const me = await mobileShopper(mobile)
      expect(await orderIdsOf(me.headers)).toEqual([])
      const res = await claimByMobile(me.headers)
      expect(res.status, JSON.stringify(res.data)).toBe(200)
      expect(res.data).toMatchObject({ mobile, moved_order_ids: [order.id] })
      expect(res.data.message).toContain("139****5601")
      expect(await orderIdsOf(me.headers)).toEqual([order.id])
      // the account's now: its id alone no longer opens it
      expect((await call(api.get(`/store/orders/${order.id}`, store))).status).toBe(404)
      expect((await call(api.get(`/store/orders/${otherNumber.id}`, store))).status).toBe(200)
      expect((await call(api.get(`/store/orders/${withEmail.id}`, store))).status).toBe(200)
      // asking again moves nothing more
      expect((await claimByMobile(me.headers)).data.moved_order_ids).toEqual([])
    })

    it("claims by mobile only for a mobile the account proved with a code, and needs a login", async () => {
      const mobile = "13912345602"
      const beef = await variantId(api, store, "xundian-dried-beef", "250g")
      const order = await placeOrder(api, store, [{ variant_id: beef, quantity: 1 }], { email: null, address: { phone: mobile } })
      // an e-mail account that merely types the number into its profile proves nothing
      const typed = await shopper("typed-mobile@shopper-orders.test")
      await api.post("/store/customers/me", { phone: mobile }, { headers: typed.headers })
      const res = await claimByMobile(typed.headers)
      expect(res.status).toBe(200)
      expect(res.data).toMatchObject({ mobile: null, moved_order_ids: [] })
      expect(await orderIdsOf(typed.headers)).toEqual([])
      expect((await call(api.get(`/store/orders/${order.id}`, store))).status).toBe(200)
      expect((await claimByMobile()).status).toBe(401)
      const unknown = await claimByMobile(typed.headers, { mobile })
      expect(unknown.status).toBe(400)
      expect(unknown.data.message).toContain("mobile")
      // an account without an e-mail is told to name the one its orders were placed with
      const noEmail = await claim({}, (await mobileShopper("13912345603")).headers)
      expect(noEmail.status).toBe(400)
      expect(noEmail.data.message).toContain("email")
    })

    it("names a bad e-mail or an unknown field, and needs a login", async () => {
      const me = await shopper("claim-bad@shopper-orders.test")
      for (const [body, field] of [
        [{ email: "not-an-email" }, "email"],
        [{ email: "a@b.test", orders: ["order_1"] }, "orders"],
      ] as const) {
        const res = await claim(body, me.headers)
        expect(res.status, JSON.stringify(body)).toBe(400)
        expect(res.data.message).toContain(field)
      }
      expect((await claim({})).status).toBe(401)
    })

    it("after a supplier shipped part of it, it is a return: 400 naming the order", async () => {
      const me = await shopper("cancel-shipped@shopper-orders.test")
      const order = await buy(me)
      const shipped = await shipFirstLineAsDemoSupplier(api, order.id, "9800000000111")
      expect(shipped.status, JSON.stringify(shipped.data)).toBe(201)

      const res = await cancel(order.id, { reason: "too_slow" }, me.headers)
      expect(res.status).toBe(400)
      expect(res.data.message).toMatch(/^order: 已有商品备货或发货/)
      expect((await getContainer().resolve(Modules.ORDER).retrieveOrder(order.id)).status).toBe("pending")
    })
  },
})
