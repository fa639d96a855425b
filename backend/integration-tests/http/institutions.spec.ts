import { demoIntegrationTestRunner } from "../helpers/demo-runner"
import { TestEventUtils } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { creditCodeCheckChar } from "@fupin/shared"
import { DEMO_ADMIN, STOREFRONT_KEY_TITLE } from "../../src/scripts/seed-demo"
import { DEMO_INTENT_TOTAL } from "../../src/scripts/demo/institutions"

/** A valid 统一社会信用代码 for test number n (GB 32100-2015 check character). */
const code = (n: number) => {
  const first17 = `12530100MC${String(n).padStart(7, "0")}`
  return first17 + creditCodeCheckChar(first17)
}

const { waitSubscribersExecution } = TestEventUtils

type Res = { status: number; data: any }
type Headers = { headers: Record<string, string> }
const failed = (e: { response?: Res }) => {
  if (!e.response) throw e
  return e.response
}

demoIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let admin: Headers
    let publishableKey = ""
    let n = 0

    const body = (over: Record<string, unknown> = {}) => ({
      name: `昆明市某测试学校（测试${++n}）`,
      credit_code: code(n),
      kind: "school",
      contact_name: "联系人（测试）",
      contact_phone: "0871-60000000",
      address: "昆明市五华区 测试路1号",
      ...over,
    })
    const create = async (over: Record<string, unknown> = {}) =>
      (await api.post("/admin/institutions", body(over), admin)).data.institution as { id: string; status: string }
    const approved = async (over: Record<string, unknown> = {}) => {
      const inst = await create(over)
      await api.post(`/admin/institutions/${inst.id}/approve`, {}, admin)
      return inst
    }
    const agreement = async (institutionId: string, over: Record<string, unknown> = {}) =>
      (
        await api.post(
          "/admin/purchase-intents",
          {
            institution_id: institutionId,
            county_handle: "xundian",
            amount: 100_000,
            period_start: "2026-01-01T00:00:00+08:00",
            period_end: "2026-12-31T00:00:00+08:00",
            ...over,
          },
          admin
        )
      ).data.purchase_intent as { id: string; ordered_amount: number; paid_amount: number; status: string }

    beforeAll(async () => {
      const container = getContainer()
      const [key] = await container.resolve(Modules.API_KEY).listApiKeys({ title: STOREFRONT_KEY_TITLE })
      publishableKey = key!.token
      const login = await api.post("/auth/user/emailpass", DEMO_ADMIN)
      admin = { headers: { authorization: `Bearer ${login.data.token}` } }
    })

    describe("admin routes", () => {
      it("refuse callers who are not signed in as an admin user", async () => {
        for (const path of ["/admin/institutions", "/admin/purchase-intents", "/admin/purchase-intents/summary"]) {
          const res = await api.get(path).catch(failed)
          expect(res.status).toBe(401)
        }
        const post = await api.post("/admin/institutions", body()).catch(failed)
        expect(post.status).toBe(401)
      })

      it("are not reachable through the store API (institutions are private)", async () => {
        const res = await api
          .get("/store/institutions", { headers: { "x-publishable-api-key": publishableKey } })
          .catch(failed)
        expect(res.status).toBe(404)
      })
    })

    describe("POST /admin/institutions", () => {
      it("registers an institution pending review, with an upper-cased credit code", async () => {
        const b = body({ kind: "hospital" })
        const res = await api.post("/admin/institutions", { ...b, credit_code: b.credit_code.toLowerCase() }, admin)
        expect(res.status).toBe(201)
        expect(res.data.institution).toMatchObject({
          id: expect.stringMatching(/^inst_/),
          status: "pending",
          kind: "hospital",
          credit_code: b.credit_code,
        })
      })

      it("answers 400 naming credit_code for a wrong check character", async () => {
        const good = code(900)
        const bad = good.slice(0, 17) + (good[17] === "0" ? "1" : "0")
        const res = await api.post("/admin/institutions", body({ credit_code: bad }), admin).catch(failed)
        expect(res.status).toBe(400)
        expect(res.data.message).toMatch(/credit_code/)
      })

      it("answers 400 naming credit_code for a code another institution already has", async () => {
        const first = body()
        await api.post("/admin/institutions", first, admin)
        const res = await api.post("/admin/institutions", body({ credit_code: first.credit_code }), admin).catch(failed)
        expect(res.status).toBe(400)
        expect(res.data.message).toMatch(/credit_code.*already registered/)
      })

      it("answers 400 naming the field for an unknown kind or a missing contact, and unknown fields", async () => {
        const kind = await api.post("/admin/institutions", body({ kind: "bank" }), admin).catch(failed)
        expect(kind.status).toBe(400)
        expect(kind.data.message).toMatch(/kind/)
        const { contact_phone: _omit, ...noPhone } = body()
        const phone = await api.post("/admin/institutions", noPhone, admin).catch(failed)
        expect(phone.status).toBe(400)
        expect(phone.data.message).toMatch(/contact_phone/)
        const extra = await api.post("/admin/institutions", body({ status: "approved" }), admin).catch(failed)
        expect(extra.status).toBe(400)
      })
    })

    describe("review", () => {
      it("approves a pending institution and records who did it; suspends and reinstates it", async () => {
        const inst = await create()
        const ok = await api.post(`/admin/institutions/${inst.id}/approve`, { note: "材料齐全" }, admin)
        expect(ok.data.institution).toMatchObject({ status: "approved", review_note: "材料齐全", reviewed_by: expect.stringMatching(/^user_/) })
        const suspended = await api.post(`/admin/institutions/${inst.id}/suspend`, { note: "资质复核" }, admin)
        expect(suspended.data.institution.status).toBe("suspended")
        const back = await api.post(`/admin/institutions/${inst.id}/reinstate`, {}, admin)
        expect(back.data.institution.status).toBe("approved")
      })

      it("refuses transitions the status machine does not allow, and leaves the status as it was", async () => {
        const inst = await create()
        const suspend = await api.post(`/admin/institutions/${inst.id}/suspend`, { note: "x" }, admin).catch(failed)
        expect(suspend.status).toBe(400)
        expect(suspend.data.message).toMatch(/cannot suspend.*pending/)
        await api.post(`/admin/institutions/${inst.id}/reject`, { note: "资料不全" }, admin)
        const approve = await api.post(`/admin/institutions/${inst.id}/approve`, {}, admin).catch(failed)
        expect(approve.status).toBe(400)
        const now = await api.get(`/admin/institutions/${inst.id}`, admin)
        expect(now.data.institution.status).toBe("rejected")
      })

      it("needs a reason to reject or suspend", async () => {
        const inst = await create()
        const res = await api.post(`/admin/institutions/${inst.id}/reject`, {}, admin).catch(failed)
        expect(res.status).toBe(400)
        expect(res.data.message).toMatch(/note/)
      })

      it("answers 404 for an unknown institution", async () => {
        const res = await api.post("/admin/institutions/inst_nope/approve", {}, admin).catch(failed)
        expect(res.status).toBe(404)
      })
    })

    describe("GET /admin/institutions", () => {
      it("lists the 21 approved demo institutions, filters by kind, status and q, and paginates", async () => {
        const all = await api.get("/admin/institutions?status=approved&q=示例&limit=100", admin)
        expect(all.data.count).toBe(21)
        expect(new Set(all.data.institutions.map((i: { kind: string }) => i.kind))).toEqual(
          new Set(["enterprise", "school", "hospital"])
        )
        const hospitals = await api.get("/admin/institutions?kind=hospital&q=示例", admin)
        expect(hospitals.data.institutions.length).toBeGreaterThan(0)
        for (const i of hospitals.data.institutions) expect(i.kind).toBe("hospital")
        const page = await api.get("/admin/institutions?q=示例&limit=5&offset=5", admin)
        expect(page.data).toMatchObject({ count: 21, offset: 5, limit: 5 })
        expect(page.data.institutions).toHaveLength(5)
        const bad = await api.get("/admin/institutions?kind=bank", admin).catch(failed)
        expect(bad.status).toBe(400)
      })
    })

    describe("buyers", () => {
      it("creates a Medusa customer for a new buyer email and lists it with its role", async () => {
        const inst = await approved()
        const res = await api.post(
          `/admin/institutions/${inst.id}/buyers`,
          { email: `Buyer${n}@Test.local`, first_name: "采购员", roles: ["approver"] },
          admin
        )
        expect(res.status).toBe(201)
        expect(res.data.buyer).toMatchObject({ roles: ["approver"], customer: { email: `buyer${n}@test.local` } })
        const list = await api.get(`/admin/institutions/${inst.id}/buyers`, admin)
        expect(list.data).toMatchObject({ count: 1, buyers: [{ customer_id: res.data.buyer.customer_id }] })
        const detail = await api.get(`/admin/institutions/${inst.id}`, admin)
        expect(detail.data.institution.buyers).toHaveLength(1)
      })

      it("refuses a customer who already buys for another institution, without creating anything", async () => {
        const a = await approved()
        const b = await approved()
        const email = `shared${n}@test.local`
        await api.post(`/admin/institutions/${a.id}/buyers`, { email }, admin)
        const res = await api.post(`/admin/institutions/${b.id}/buyers`, { email }, admin).catch(failed)
        expect(res.status).toBe(400)
        const customers = await getContainer().resolve(Modules.CUSTOMER).listCustomers({ email })
        expect(customers).toHaveLength(1)
      })

      it("does not leave a new customer behind when the buyer cannot be added (compensation)", async () => {
        const inst = await create()
        await api.post(`/admin/institutions/${inst.id}/reject`, { note: "不符合条件" }, admin)
        const email = `orphan${n}@test.local`
        const res = await api.post(`/admin/institutions/${inst.id}/buyers`, { email }, admin).catch(failed)
        expect(res.status).toBe(400)
        const customers = await getContainer().resolve(Modules.CUSTOMER).listCustomers({ email })
        expect(customers).toHaveLength(0)
      })
    })

    describe("intent agreements", () => {
      it("creates an agreement of an approved institution with nothing ordered yet", async () => {
        const inst = await approved()
        const res = await agreement(inst.id, { amount: 250_000.5, county_handle: "luquan" })
        expect(res).toMatchObject({
          id: expect.stringMatching(/^intent_/),
          amount: 250_000.5,
          ordered_amount: 0,
          paid_amount: 0,
          progress: 0,
          status: "active",
          institution: { id: inst.id },
        })
      })

      it("answers 400 naming county_handle for an unknown county", async () => {
        const inst = await approved()
        const res = await agreement(inst.id, { county_handle: "atlantis" }).catch(failed)
        expect((res as Res).status).toBe(400)
        expect((res as Res).data.message).toMatch(/county_handle/)
      })

      it("answers 400 naming period_end when the period ends before it starts, on create and on update", async () => {
        const inst = await approved()
        const res = (await agreement(inst.id, { period_start: "2026-06-01", period_end: "2026-05-31" }).catch(failed)) as Res
        expect(res.status).toBe(400)
        expect(res.data.message).toMatch(/period_end/)
        const ok = await agreement(inst.id)
        const upd = await api.post(`/admin/purchase-intents/${ok.id}`, { period_end: "2025-12-01" }, admin).catch(failed)
        expect(upd.status).toBe(400)
        expect(upd.data.message).toMatch(/period_end/)
      })

      it("refuses agreements of institutions that are not approved", async () => {
        const inst = await create()
        const res = (await agreement(inst.id).catch(failed)) as Res
        expect(res.status).toBe(400)
        expect(res.data.message).toMatch(/institution_id/)
      })

      it("updates and cancels; a cancelled agreement no longer counts in the totals", async () => {
        const inst = await approved()
        const a = await agreement(inst.id, { county_handle: "songming", amount: 1000 })
        const upd = await api.post(`/admin/purchase-intents/${a.id}`, { amount: 2000, note: "追加" }, admin)
        expect(upd.data.purchase_intent).toMatchObject({ amount: 2000, note: "追加" })
        const before = await api.get(`/admin/purchase-intents/summary?institution_id=${inst.id}`, admin)
        expect(before.data.summary).toMatchObject({ agreements: 1, amount: 2000 })
        const cancelled = await api.post(`/admin/purchase-intents/${a.id}/cancel`, {}, admin)
        expect(cancelled.data.purchase_intent.status).toBe("cancelled")
        const after = await api.get(`/admin/purchase-intents/summary?institution_id=${inst.id}`, admin)
        expect(after.data.summary).toMatchObject({ agreements: 0, amount: 0 })
        const again = await api.post(`/admin/purchase-intents/${a.id}`, { amount: 3000 }, admin).catch(failed)
        expect(again.status).toBe(400)
      })

      it("demo totals: 21 institutions, 8 counties, ¥39,330,000, with progress per county", async () => {
        // the demo agreements only: other tests add agreements of their own institutions
        const demo = await api.get("/admin/institutions?q=示例&limit=100", admin)
        const ids = demo.data.institutions.map((i: { id: string }) => `institution_id=${i.id}`)
        const only = await api.get(`/admin/purchase-intents/summary?${ids.join("&")}`, admin)
        expect(only.data.summary).toMatchObject({ institutions: 21, counties: 8, amount: DEMO_INTENT_TOTAL })
        expect(only.data.summary.by_county).toHaveLength(8)
        for (const c of only.data.summary.by_county) {
          expect(c.progress).toBeGreaterThan(0)
          expect(c.progress).toBeLessThan(1)
          expect(c.paid_amount).toBeLessThanOrEqual(c.ordered_amount)
        }
        const xundian = only.data.summary.by_county.find((c: { county_handle: string }) => c.county_handle === "xundian")
        expect(xundian.amount).toBe(9_800_000)
      })

      it("lists agreements with progress, filtered by county, institution and status, paginated", async () => {
        const res = await api.get("/admin/purchase-intents?county_handle=xundian&limit=2", admin)
        expect(res.data.count).toBeGreaterThanOrEqual(5)
        expect(res.data.purchase_intents).toHaveLength(2)
        for (const a of res.data.purchase_intents) {
          expect(a.county_handle).toBe("xundian")
          expect(a.progress).toBeCloseTo(a.ordered_amount / a.amount, 4)
          expect(a.institution.name).toEqual(expect.any(String))
        }
        const cancelled = await api.get("/admin/purchase-intents?status=cancelled", admin)
        for (const a of cancelled.data.purchase_intents) expect(a.status).toBe("cancelled")
        const bad = await api.get("/admin/purchase-intents?status=lost", admin).catch(failed)
        expect(bad.status).toBe(400)
      })
    })

    describe("orders against an agreement", () => {
      const store = (token?: string): Headers => ({
        headers: { "x-publishable-api-key": publishableKey, ...(token ? { authorization: `Bearer ${token}` } : {}) },
      })
      let regionId = ""
      let variantId = ""

      /** A storefront customer with an account; returns its id and a bearer token. */
      const shopper = async (email: string) => {
        const reg = await api.post("/auth/customer/emailpass/register", { email, password: "secret-pass" })
        const created = await api.post("/store/customers", { email, first_name: "测试" }, store(reg.data.token))
        const login = await api.post("/auth/customer/emailpass", { email, password: "secret-pass" })
        return { id: created.data.customer.id as string, token: login.data.token as string }
      }

      /** Places an order on a cart marked for an institution (a 寻甸 product); waits until the order.placed subscribers ran. */
      const placeOrder = async (token: string, institutionId: string) => {
        const headers = store(token)
        const cart = (
          await api.post(
            "/store/carts",
            {
              region_id: regionId,
              items: [{ variant_id: variantId, quantity: 2 }],
              metadata: { institution_id: institutionId },
              shipping_address: { first_name: "测", last_name: "试", address_1: "测试路1号", city: "昆明市", country_code: "cn", postal_code: "650000" },
            },
            headers
          )
        ).data.cart
        const options = await api.get(`/store/shipping-options?cart_id=${cart.id}`, headers)
        // home delivery: station pickup (checkout issue) needs a station chosen
        const delivery = options.data.shipping_options.find((o: { name: string }) => o.name === "快递到家")
        await api.post(`/store/carts/${cart.id}/shipping-methods`, { option_id: delivery.id }, headers)
        const pc = await api.post("/store/payment-collections", { cart_id: cart.id }, headers)
        await api.post(`/store/payment-collections/${pc.data.payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" }, headers)
        const placed = waitSubscribersExecution("order.placed", getContainer().resolve(Modules.EVENT_BUS))
        const done = await api.post(`/store/carts/${cart.id}/complete`, {}, headers)
        expect(done.data.type).toBe("order")
        await placed
        return done.data.order as { id: string; total: number; item_total: number }
      }

      const intent = async (id: string) =>
        (await api.get(`/admin/purchase-intents/${id}`, admin)).data.purchase_intent as {
          ordered_amount: number
          paid_amount: number
          progress: number
        }

      beforeAll(async () => {
        regionId = (await api.get("/store/regions", store())).data.regions[0].id
        // a 寻甸 product: the agreements below are with 寻甸
        const products = await api.get(`/store/products?handle=xundian-beef-jerky&region_id=${regionId}&fields=*variants`, store())
        variantId = products.data.products[0].variants[0].id
      })

      it("counts a buyer's order's lines into ordered_amount exactly once, even when the event is replayed twice", async () => {
        const inst = await approved()
        const a = await agreement(inst.id, { amount: 10_000 })
        const buyer = await shopper(`ordering-buyer${n}@test.local`)
        await api.post(`/admin/institutions/${inst.id}/buyers`, { customer_id: buyer.id, roles: ["purchaser"] }, admin)

        const order = await placeOrder(buyer.token, inst.id)
        expect(order.item_total).toBeGreaterThan(0)
        // the lines count (what the county sold), not the delivery fee
        expect(await intent(a.id)).toMatchObject({ ordered_amount: order.item_total, progress: Math.round((order.item_total / 10_000) * 10_000) / 10_000 })

        const bus = getContainer().resolve(Modules.EVENT_BUS)
        for (let i = 0; i < 2; i++) {
          const replayed = waitSubscribersExecution("order.placed", bus)
          await bus.emit({ name: "order.placed", data: { id: order.id } })
          await replayed
        }
        expect((await intent(a.id)).ordered_amount).toBe(order.item_total)
      })

      it("counts captured payments into paid_amount, and takes everything back when the order is cancelled", async () => {
        const inst = await approved()
        const a = await agreement(inst.id, { amount: 10_000 })
        const buyer = await shopper(`paying-buyer${n}@test.local`)
        await api.post(`/admin/institutions/${inst.id}/buyers`, { customer_id: buyer.id }, admin)
        const order = await placeOrder(buyer.token, inst.id)

        const detail = await api.get(`/admin/orders/${order.id}?fields=id,*payment_collections.payments`, admin)
        const payment = detail.data.order.payment_collections[0].payments[0]
        const bus = getContainer().resolve(Modules.EVENT_BUS)
        const captured = waitSubscribersExecution("payment.captured", bus)
        await api.post(`/admin/payments/${payment.id}/capture`, {}, admin)
        await captured
        // everything paid (delivery included) is spread over the order's counties: one here
        expect(await intent(a.id)).toMatchObject({ ordered_amount: order.item_total, paid_amount: order.total })

        const cancelled = waitSubscribersExecution("order.canceled", bus)
        await api.post(`/admin/orders/${order.id}/cancel`, {}, admin)
        await cancelled
        expect(await intent(a.id)).toMatchObject({ ordered_amount: 0, paid_amount: 0 })

        const again = waitSubscribersExecution("order.canceled", bus)
        await bus.emit({ name: "order.canceled", data: { id: order.id } })
        await again
        expect(await intent(a.id)).toMatchObject({ ordered_amount: 0, paid_amount: 0 })
      })

      it("does not count orders of a customer who is not a buyer, or against another institution's agreement", async () => {
        const mine = await approved()
        const theirs = await approved()
        const myAgreement = await agreement(mine.id)
        const theirAgreement = await agreement(theirs.id)
        const buyer = await shopper(`other-buyer${n}@test.local`)
        await api.post(`/admin/institutions/${mine.id}/buyers`, { customer_id: buyer.id }, admin)
        const stranger = await shopper(`stranger${n}@test.local`)

        await placeOrder(stranger.token, mine.id)
        await placeOrder(buyer.token, theirs.id)
        expect((await intent(myAgreement.id)).ordered_amount).toBe(0)
        expect((await intent(theirAgreement.id)).ordered_amount).toBe(0)
      })
    })
  },
})
