import { BANK_TRANSFER_PROVIDER_ID, PAYMENT_PROVIDER_IDS, PAYMENT_REFERENCE_PATTERN } from "@fupin/shared"
import { demoIntegrationTestRunner } from "../helpers/demo-runner"
import { institutionActors, LQ_NOODLES, XD_ERKUAI } from "../helpers/institution-orders"
import { call, KUNMING_ADDRESS, placeOrder, type Res, variantId } from "../helpers/shopping"

// Issue 11, paying: 对公转账 for institution members only, an order placed with
// its payment pending, the operator recording transfers (partial, the rest,
// one transfer over two orders, overpaid), a bank reference recorded once, and
// bad bodies refused naming the field.

demoIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let actors: Awaited<ReturnType<typeof institutionActors>>
    let regionId = ""

    beforeAll(async () => {
      actors = await institutionActors(api, getContainer())
      const regions = await api.get("/store/regions", actors.store)
      regionId = regions.data.regions.find((r: { currency_code: string }) => r.currency_code === "cny").id
    })

    const paymentOf = async (orderId: string, headers = actors.purchaser) =>
      (await api.get(`/store/institution/orders/${orderId}/payment`, headers)).data.payment
    const medusaPaymentStatus = async (orderId: string) =>
      (await api.get(`/admin/orders/${orderId}?fields=id,payment_status`, actors.admin)).data.order.payment_status as string
    let slip = 0
    const transfer = (amount: number | string, allocations: Array<{ order_id: string; amount: number | string }>, extra: Record<string, unknown> = {}) =>
      call(
        api.post(
          "/admin/bank-transfers",
          {
            amount,
            received_at: "2026-12-01",
            payer_name: "昆明市某中学（示例01）",
            payer_account: "2502 0000 0000 0000 01",
            bank_reference: `BANK-REF-${++slip}`,
            allocations,
            ...extra,
          },
          actors.admin
        )
      )
    const providersFor = async (headers: object) =>
      ((await api.get(`/store/payment-providers?region_id=${regionId}`, headers)).data.payment_providers as Array<{ id: string }>).map((p) => p.id)

    describe("who may pay by bank transfer", () => {
      it("is offered to institution members only: hidden from shoppers and anonymous visitors, refused in a shopper's payment session", async () => {
        expect(await providersFor(actors.purchaser)).toContain(BANK_TRANSFER_PROVIDER_ID)
        expect(await providersFor(actors.store)).not.toContain(BANK_TRANSFER_PROVIDER_ID)
        expect(await providersFor(actors.store)).toContain(PAYMENT_PROVIDER_IDS.system)
        const shopper = await actors.register("shopper@transfer.test")
        expect(await providersFor(shopper.headers)).not.toContain(BANK_TRANSFER_PROVIDER_ID)

        // a shopper's own retail cart: bank transfer is refused, the demo payment still works
        const variant = await variantId(api, actors.store, "xundian-dried-beef", "250g")
        const cart = (await api.post("/store/carts", { region_id: regionId, items: [{ variant_id: variant, quantity: 1 }] }, shopper.headers)).data.cart
        await api.post(`/store/carts/${cart.id}`, { email: "shopper@transfer.test", shipping_address: KUNMING_ADDRESS }, shopper.headers)
        const pc = (await api.post("/store/payment-collections", { cart_id: cart.id }, shopper.headers)).data.payment_collection
        const refused = await call(api.post(`/store/payment-collections/${pc.id}/payment-sessions`, { provider_id: BANK_TRANSFER_PROVIDER_ID }, shopper.headers))
        expect(refused.status).toBe(403)
        expect(refused.data.message).toMatch(/provider_id: 对公转账仅限采购单位成员使用/)
        const anonymous = await call(api.post(`/store/payment-collections/${pc.id}/payment-sessions`, { provider_id: BANK_TRANSFER_PROVIDER_ID }, actors.store))
        expect([403, 404]).toContain(anonymous.status)
        const demo = await call(api.post(`/store/payment-collections/${pc.id}/payment-sessions`, { provider_id: PAYMENT_PROVIDER_IDS.system }, shopper.headers))
        expect(demo.status).toBe(200)
      })
    })

    describe("an order paid by transfer", () => {
      it("is placed with its payment pending, a reference to quote and the receiving account, until the operator records the money", async () => {
        const order = await actors.placeOrder([{ sku: XD_ERKUAI, quantity: 10 }])
        const payment = await paymentOf(order.id)
        expect(payment).toMatchObject({ provider_id: BANK_TRANSFER_PROVIDER_ID, status: "awaiting", status_label: { zh: "待付款" }, paid: 0, captured: false })
        expect(payment.reference).toMatch(PAYMENT_REFERENCE_PATTERN)
        expect(payment.account).toEqual({ name: "昆明消费扶贫平台（示例）", bank: "示例银行昆明分行营业部（示例01）", account: "6200 0000 0000 0000 001" })
        expect(payment.total).toBe(order.total)
        expect(payment.outstanding).toBe(order.total)
        expect(await medusaPaymentStatus(order.id)).toBe("authorized")

        // each order gets its own reference
        const second = await actors.placeOrder([{ sku: LQ_NOODLES, quantity: 2 }])
        expect((await paymentOf(second.id)).reference).not.toBe(payment.reference)
      })

      it("stays 部分付款 after a partial transfer, to the fen, and is captured when the rest arrives", async () => {
        const order = await actors.placeOrder([{ sku: XD_ERKUAI, quantity: 10 }])
        const first = await transfer("100.01", [{ order_id: order.id, amount: "100.01" }])
        expect(first.status).toBe(201)
        expect(first.data.bank_transfer).toMatchObject({ amount: 100.01, allocations: [{ order_id: order.id, amount: 100.01, order_status: "partial" }] })
        let payment = await paymentOf(order.id)
        expect(payment).toMatchObject({ status: "partial", status_label: { zh: "部分付款" }, paid: 100.01, captured: false })
        expect(payment.outstanding).toBe(Number((order.total - 100.01).toFixed(2)))
        expect(await medusaPaymentStatus(order.id)).toBe("authorized")

        const restFen = Math.round(order.total * 100) - 10001
        const rest = (restFen / 100).toFixed(2)
        expect((await transfer(rest, [{ order_id: order.id, amount: rest }])).status).toBe(201)
        payment = await paymentOf(order.id)
        expect(payment).toMatchObject({ status: "paid", status_label: { zh: "已付款" }, paid: order.total, outstanding: 0, overpaid: 0, captured: true })
        expect(payment.transfers.map((t: { amount: number }) => t.amount)).toEqual([100.01, Number(rest)])
        expect(await medusaPaymentStatus(order.id)).toBe("captured")
      })

      it("settles two orders with one transfer (合并货款认领) and shows the order that got more than its total as 多付", async () => {
        const a = await actors.placeOrder([{ sku: XD_ERKUAI, quantity: 5 }])
        const b = await actors.placeOrder([{ sku: LQ_NOODLES, quantity: 3 }])
        const bPlus = (b.total + 10).toFixed(2)
        const sum = ((Math.round(a.total * 100) + Math.round(Number(bPlus) * 100)) / 100).toFixed(2)
        const res = await transfer(sum, [
          { order_id: a.id, amount: a.total },
          { order_id: b.id, amount: bPlus },
        ])
        expect(res.status).toBe(201)
        expect(res.data.bank_transfer.allocations.map((x: { order_status: string }) => x.order_status)).toEqual(["paid", "overpaid"])
        expect(await paymentOf(a.id)).toMatchObject({ status: "paid", captured: true })
        expect(await paymentOf(b.id)).toMatchObject({ status: "overpaid", status_label: { zh: "多付" }, overpaid: 10, outstanding: 0, captured: true })
        expect(await medusaPaymentStatus(a.id)).toBe("captured")
        expect(await medusaPaymentStatus(b.id)).toBe("captured")

        const listed = await api.get(`/admin/bank-transfers?order_id=${b.id}`, actors.admin)
        expect(listed.data.count).toBe(1)
        expect(listed.data.bank_transfers[0]).toMatchObject({ amount: Number(sum), payer_name: "昆明市某中学（示例01）" })
      })
    })

    describe("refusals", () => {
      it("records a bank reference once only: the second time is 400 naming bank_reference and changes nothing", async () => {
        const order = await actors.placeOrder([{ sku: XD_ERKUAI, quantity: 10 }])
        expect((await transfer(50, [{ order_id: order.id, amount: 50 }], { bank_reference: "DUP-001" })).status).toBe(201)
        const again = await transfer(50, [{ order_id: order.id, amount: 50 }], { bank_reference: "DUP-001" })
        expect(again.status).toBe(400)
        expect(again.data.message).toMatch(/^bank_reference: /)
        expect((await paymentOf(order.id)).paid).toBe(50)
        expect((await api.get("/admin/bank-transfers", actors.admin)).data.count).toBe(1)
      })

      it("answers 400 naming the field for bad bodies, and records nothing", async () => {
        const order = await actors.placeOrder([{ sku: XD_ERKUAI, quantity: 10 }])
        const ok = [{ order_id: order.id, amount: 10 }]
        const cases: Array<[string, Promise<Res>]> = [
          ["amount", transfer("10.005", [{ order_id: order.id, amount: "10.005" }])],
          ["amount", transfer(-5, ok)],
          ["received_at", transfer(10, ok, { received_at: "yesterday" })],
          ["payer_name", transfer(10, ok, { payer_name: "" })],
          ["payer_account", transfer(10, ok, { payer_account: "abc" })],
          ["allocations", transfer(10, [])],
          ["allocations", transfer(10, [{ order_id: order.id, amount: 9.99 }])],
          ["allocations.0.order_id", transfer(10, [{ order_id: "order_01NOSUCHORDER", amount: 10 }])],
          ["allocations.1.order_id", transfer(20, [{ order_id: order.id, amount: 10 }, { order_id: order.id, amount: 10 }])],
          ["colour", transfer(10, ok, { colour: "red" })],
        ]
        for (const [field, pending] of cases) {
          const res = await pending
          expect({ field, status: res.status }).toEqual({ field, status: 400 })
          expect(res.data.message).toContain(field)
        }
        expect((await api.get("/admin/bank-transfers", actors.admin)).data.count).toBe(0)
        expect((await paymentOf(order.id)).status).toBe("awaiting")
      })

      it("refuses to allocate to an order not paid by bank transfer (a shopper's retail order), naming it", async () => {
        const variant = await variantId(api, actors.store, "xundian-dried-beef", "250g")
        const retail = await placeOrder(api, actors.store, [{ variant_id: variant, quantity: 1 }])
        const res = await transfer(10, [{ order_id: retail.id, amount: 10 }])
        expect(res.status).toBe(400)
        expect(res.data.message).toMatch(/^allocations\.0\.order_id: .*不是对公转账订单/)
      })

      it("keeps an order's payment from anyone outside its institution: 404 for another institution, 403 for a shopper, 401 anonymous", async () => {
        const order = await actors.placeOrder([{ sku: XD_ERKUAI, quantity: 10 }])
        const stranger = await actors.otherInstitutionMember()
        expect((await call(api.get(`/store/institution/orders/${order.id}/payment`, stranger))).status).toBe(404)
        const shopper = await actors.register("nosy@transfer.test")
        expect((await call(api.get(`/store/institution/orders/${order.id}/payment`, shopper.headers))).status).toBe(403)
        expect([401, 403]).toContain((await call(api.get(`/store/institution/orders/${order.id}/payment`, actors.store))).status)
        // and the operator's routes are the operator's
        expect((await call(api.get("/admin/bank-transfers", actors.purchaser))).status).toBe(401)
      })
    })
  },
})
