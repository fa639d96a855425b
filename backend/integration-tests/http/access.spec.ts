import { demoIntegrationTestRunner } from "../helpers/demo-runner"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { creditCodeCheckChar } from "@fupin/shared"
import { ACTORS } from "../../src/lib/access/rules"
import { countInstitutionOrderWorkflow } from "../../src/workflows/institution/count-institution-order"
import { fillPath, routesOf, type RouteEntry } from "../helpers/route-table"
import { adminHeaders, call, KUNMING_ADDRESS, placeOrder, storeHeaders, variantId } from "../helpers/shopping"

// Issue 13, "Account and object access": who may read or change a cart, an
// order and what hangs off them; the whole store route table walked as
// someone else.

type Headers = { headers: Record<string, string> }
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- response bodies of every route


/** What only the victim knows: none of it may reach anyone else. */
const VICTIM = {
  email: "victim@access.test",
  first_name: "受害",
  last_name: "人",
  phone: "13900001111",
  metadata: { note: "private-note-7781" },
}
const VICTIM_ADDRESS = { ...KUNMING_ADDRESS, phone: VICTIM.phone, address_1: "盘龙区 受害人路8号" }
const SECRETS = [VICTIM.email, VICTIM.phone, VICTIM.metadata.note, VICTIM_ADDRESS.address_1]
const leaked = (data: unknown) => SECRETS.filter((s) => JSON.stringify(data ?? null).includes(s))

demoIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: Headers
    let admin: Headers
    let regionId = ""
    let beef = ""
    const password = "correct-horse-9"
    const as = (token?: string): Headers => ({ headers: { ...store.headers, ...(token ? { authorization: `Bearer ${token}` } : {}) } })

    async function register(profile: { email: string; [k: string]: unknown }) {
      const reg = await api.post("/auth/customer/emailpass/register", { email: profile.email, password })
      const created = await api.post("/store/customers", profile, as(reg.data.token))
      const login = await api.post("/auth/customer/emailpass", { email: profile.email, password })
      return { id: created.data.customer.id as string, token: login.data.token as string }
    }

    /** A cart with one item, an address and home delivery, ready to pay. */
    async function openCart(headers: Headers, body: Record<string, unknown> = {}) {
      const cart = (await api.post("/store/carts", { region_id: regionId, ...body }, headers)).data.cart
      const withItem = await api.post(`/store/carts/${cart.id}/line-items`, { variant_id: beef, quantity: 1 }, headers)
      await api.post(`/store/carts/${cart.id}`, { shipping_address: VICTIM_ADDRESS, billing_address: VICTIM_ADDRESS }, headers)
      return { id: cart.id as string, line_id: withItem.data.cart.items[0].id as string }
    }

    let victim: { id: string; token: string }
    let attacker: { id: string; token: string }

    beforeAll(async () => {
      const container = getContainer()
      store = await storeHeaders(container)
      admin = await adminHeaders(api)
      regionId = (await api.get("/store/regions", store)).data.regions.find((r: { currency_code: string }) => r.currency_code === "cny").id
      beef = await variantId(api, store, "xundian-dried-beef", "250g")
      victim = await register(VICTIM)
      attacker = await register({ email: "attacker@access.test", first_name: "别人" })
    })

    describe("a guest cart stays a guest's", () => {
      it("binds a cart created with someone's e-mail to a guest, not to their account, and shows nothing of them", async () => {
        const res = await api.post("/store/carts?fields=*customer", { region_id: regionId, email: VICTIM.email }, store)
        expect(res.data.cart.customer_id).not.toBe(victim.id)
        // has_account false for every e-mail alike: it no longer tells whether an e-mail is registered
        expect(res.data.cart.customer).toMatchObject({ email: VICTIM.email, has_account: false })
        expect(leaked({ ...res.data.cart, email: undefined, customer: { ...res.data.cart.customer, email: undefined } })).toEqual([])
        const unregistered = await api.post("/store/carts?fields=*customer", { region_id: regionId, email: "nobody@access.test" }, store)
        expect(unregistered.data.cart.customer.has_account).toBe(false)
      })

      it("does the same when the e-mail comes later, in an update of the cart", async () => {
        const cart = (await api.post("/store/carts", { region_id: regionId }, store)).data.cart
        const res = await api.post(`/store/carts/${cart.id}?fields=*customer`, { email: VICTIM.email }, store)
        expect(res.data.cart.customer_id).not.toBe(victim.id)
        expect(res.data.cart.customer).toMatchObject({ has_account: false })
        expect(res.data.cart.customer.phone ?? null).toBeNull()
      })

      it("keeps a guest's order out of the account holder's order history", async () => {
        const order = await placeOrder(api, store, [{ variant_id: beef, quantity: 1 }], { email: VICTIM.email })
        const history = await api.get("/store/orders?fields=id", as(victim.token))
        expect(history.data.orders.map((o: { id: string }) => o.id)).not.toContain(order.id)
      })

      it("counts nothing toward an institution's agreement from a guest who types a buyer's e-mail", async () => {
        const first17 = "12530100MC7770001"
        const inst = (
          await api.post(
            "/admin/institutions",
            {
              name: "昆明市某测试学校（访问）",
              credit_code: first17 + creditCodeCheckChar(first17),
              kind: "school",
              contact_name: "联系人（测试）",
              contact_phone: "0871-60000000",
              address: "昆明市五华区 测试路1号",
            },
            admin
          )
        ).data.institution
        await api.post(`/admin/institutions/${inst.id}/approve`, {}, admin)
        const agreement = (
          await api.post(
            "/admin/purchase-intents",
            { institution_id: inst.id, county_handle: "xundian", amount: 100_000, period_start: "2026-01-01T00:00:00+08:00", period_end: "2026-12-31T00:00:00+08:00" },
            admin
          )
        ).data.purchase_intent
        // a registered buyer, and one the admin added by e-mail before they ever logged in
        await api.post(`/admin/institutions/${inst.id}/buyers`, { customer_id: victim.id }, admin)
        await api.post(`/admin/institutions/${inst.id}/buyers`, { email: "buyer-no-login@access.test" }, admin)

        const workflow = countInstitutionOrderWorkflow(getContainer())
        for (const email of [VICTIM.email, "buyer-no-login@access.test"]) {
          const order = await placeOrder(api, store, [{ variant_id: beef, quantity: 1 }], { email, metadata: { institution_id: inst.id } })
          // counting is idempotent: run it here rather than wait for the subscriber
          const { result } = await workflow.run({ input: { order_id: order.id } })
          expect(result, email).toMatchObject({ counted: false, reason: expect.stringMatching(/logged-in|not a member/) })
        }
        const after = await api.get(`/admin/purchase-intents/${agreement.id}`, admin)
        expect(after.data.purchase_intent.ordered_amount).toBe(0)
      })
    })

    describe("a registered customer's order", () => {
      it("answers to its customer only, on every route under /store/orders/:id and wherever an order id is taken", async () => {
        const order = await placeOrder(api, store, [{ variant_id: beef, quantity: 1 }], { auth: { authorization: `Bearer ${victim.token}` } })
        expect((await api.get(`/store/orders/${order.id}`, as(victim.token))).status).toBe(200)

        for (const who of [attacker.token, undefined]) {
          const attempts = [
            call(api.get(`/store/orders/${order.id}`, as(who))),
            call(api.post(`/store/orders/${order.id}/transfer/request`, {}, as(who))),
            call(api.post(`/store/orders/${order.id}/transfer/cancel`, {}, as(who))),
            call(api.post(`/store/orders/${order.id}/transfer/accept`, { token: "guess" }, as(who))),
            call(api.post(`/store/orders/${order.id}/transfer/decline`, { token: "guess" }, as(who))),
            call(api.get(`/store/orders/${order.id}/impact`, as(who))),
            call(api.post(`/store/orders/${order.id}/cancel`, { reason: "other" }, as(who))),
            call(api.post("/store/returns", { order_id: order.id, items: [{ id: order.items[0]!.id, quantity: 1 }] }, as(who))),
          ]
          for (const res of await Promise.all(attempts)) {
            expect(res.status).toBe(404)
            expect(leaked(res.data)).toEqual([])
          }
        }
        // the attempted transfer left nothing behind that would block the customer's own returns
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const { data: changes } = await query.graph({ entity: "order_change", fields: ["id", "change_type"], filters: { order_id: order.id } })
        expect(changes).toEqual([])
      })
    })

    describe("a cart by id", () => {
      it("that belongs to a logged-in customer is readable and changeable by that customer only", async () => {
        const cart = await openCart(as(victim.token))
        const options = await api.get(`/store/shipping-options?cart_id=${cart.id}`, as(victim.token))
        const optionId = options.data.shipping_options[0].id as string

        for (const who of [attacker.token, undefined]) {
          const attempts = [
            call(api.get(`/store/carts/${cart.id}`, as(who))),
            call(api.post(`/store/carts/${cart.id}`, { email: "attacker@access.test" }, as(who))),
            call(api.post(`/store/carts/${cart.id}/line-items`, { variant_id: beef, quantity: 5 }, as(who))),
            call(api.post(`/store/carts/${cart.id}/line-items/${cart.line_id}`, { quantity: 9 }, as(who))),
            call(api.delete(`/store/carts/${cart.id}/line-items/${cart.line_id}`, as(who))),
            call(api.post(`/store/carts/${cart.id}/shipping-methods`, { option_id: optionId }, as(who))),
            call(api.post(`/store/carts/${cart.id}/promotions`, { promo_codes: ["X"] }, as(who))),
            call(api.post(`/store/carts/${cart.id}/taxes`, {}, as(who))),
            call(api.post(`/store/carts/${cart.id}/customer`, {}, as(who))),
            call(api.post(`/store/carts/${cart.id}/complete`, {}, as(who))),
            call(api.post("/store/payment-collections", { cart_id: cart.id }, as(who))),
            call(api.get(`/store/shipping-options?cart_id=${cart.id}`, as(who))),
            call(api.post(`/store/shipping-options/${optionId}/calculate`, { cart_id: cart.id }, as(who))),
          ]
          for (const res of await Promise.all(attempts)) {
            expect(res.status).toBe(404)
            expect(leaked(res.data)).toEqual([])
          }
        }
        const mine = await api.get(`/store/carts/${cart.id}`, as(victim.token))
        expect(mine.data.cart).toMatchObject({ customer_id: victim.id, email: VICTIM.email, completed_at: null })
        expect(mine.data.cart.items).toHaveLength(1)
        expect(mine.data.cart.items[0].quantity).toBe(1)
      })

      it("reaches its payment collection through the same rule", async () => {
        const cart = await openCart(as(victim.token))
        const pc = (await api.post("/store/payment-collections", { cart_id: cart.id }, as(victim.token))).data.payment_collection
        for (const who of [attacker.token, undefined]) {
          const res = await call(api.post(`/store/payment-collections/${pc.id}/payment-sessions`, { provider_id: "pp_system_default" }, as(who)))
          expect(res.status).toBe(404)
        }
        const ok = await api.post(`/store/payment-collections/${pc.id}/payment-sessions`, { provider_id: "pp_system_default" }, as(victim.token))
        expect(ok.status).toBe(200)
      })

      it("reveals nothing once completed, to anyone; completing it again returns its order to its customer", async () => {
        const guest = await openCart(store, { email: "guest-buyer@access.test" })
        const options = await api.get(`/store/shipping-options?cart_id=${guest.id}`, store)
        const home = options.data.shipping_options.find((o: { type?: { code?: string } }) => o.type?.code === "home-delivery")
        await api.post(`/store/carts/${guest.id}/shipping-methods`, { option_id: home.id }, store)
        const pc = (await api.post("/store/payment-collections", { cart_id: guest.id }, store)).data.payment_collection
        await api.post(`/store/payment-collections/${pc.id}/payment-sessions`, { provider_id: "pp_system_default" }, store)
        const done = await api.post(`/store/carts/${guest.id}/complete`, {}, store)
        expect(done.data.type).toBe("order")

        for (const headers of [store, as(attacker.token)]) {
          const read = await call(api.get(`/store/carts/${guest.id}`, headers))
          expect(read.status).toBe(404)
          expect(JSON.stringify(read.data)).not.toContain(VICTIM_ADDRESS.address_1)
          expect((await call(api.post(`/store/carts/${guest.id}`, { email: "x@access.test" }, headers))).status).toBe(404)
        }
        const again = await api.post(`/store/carts/${guest.id}/complete`, {}, store)
        expect(again.data).toMatchObject({ type: "order", order: { id: done.data.order.id } })
      })

      it("of a guest answers to whoever holds the id (the storefront keeps it in an httpOnly cookie; ADR 0006)", async () => {
        const guest = await openCart(store, { email: "another-guest@access.test" })
        expect((await api.get(`/store/carts/${guest.id}`, store)).status).toBe(200)
        // logging in and taking the guest cart over is the storefront's flow
        const taken = await api.post(`/store/carts/${guest.id}/customer`, {}, as(attacker.token))
        expect(taken.data.cart.customer_id).toBe(attacker.id)
        expect((await call(api.get(`/store/carts/${guest.id}`, store))).status).toBe(404)
      })
    })

    describe("the whole store route table, walked as someone else", () => {
      it("has an access rule for every actor whose routes exist", () => {
        const actors = new Set(routesOf("store", "institution", "supplier").map((r) => r.actor))
        for (const actor of actors) expect(ACTORS.map((a) => a.actor), `no access rule for ${actor} routes`).toContain(actor)
      })

      it("returns nothing of the owner's to another shopper or an anonymous caller, on any route", async () => {
        const cart = await openCart(as(victim.token))
        const pc = (await api.post("/store/payment-collections", { cart_id: cart.id }, as(victim.token))).data.payment_collection
        const order = await placeOrder(api, store, [{ variant_id: beef, quantity: 1 }], { auth: { authorization: `Bearer ${victim.token}` } })
        const address = (await api.post("/store/customers/me/addresses", VICTIM_ADDRESS, as(victim.token))).data.customer.addresses[0]
        const byCollection: Record<string, string> = { carts: cart.id, orders: order.id, "payment-collections": pc.id }
        const params = (route: RouteEntry): Record<string, string> => ({
          id: byCollection[route.path.split("/")[2] ?? ""] ?? "does_not_exist",
          line_id: cart.line_id,
          address_id: address.id,
        })
        // ids the victim's records are named by outside the path
        const named: Array<Record<string, string>> = [{}, { cart_id: cart.id }, { order_id: order.id }, { payment_collection_id: pc.id }]

        const routes = routesOf("store", "institution", "supplier")
        expect(routes.length).toBeGreaterThan(40)
        const leaks: string[] = []
        for (const caller of [{ name: "another shopper", headers: as(attacker.token) }, { name: "anonymous", headers: store }]) {
          for (const route of routes) {
            const path = fillPath(route, params(route))
            for (const ids of named) {
              const qs = new URLSearchParams(ids).toString()
              const url = qs && route.method !== "POST" ? `${path}?${qs}` : path
              const config = { ...caller.headers, validateStatus: () => true }
              const res =
                route.method === "GET"
                  ? await api.get(url, config)
                  : route.method === "DELETE"
                    ? await api.delete(url, config)
                    : await api.post(url, ids, config)
              const found = leaked(res.data)
              if (found.length) leaks.push(`${caller.name}: ${route.method} ${url} ${JSON.stringify(ids)} → ${res.status} shows ${found.join(", ")}`)
            }
          }
        }
        expect(leaks).toEqual([])

        // and the walk changed nothing of the victim's
        const mine = await api.get(`/store/carts/${cart.id}`, as(victim.token))
        expect(mine.data.cart).toMatchObject({ customer_id: victim.id, completed_at: null })
        expect(mine.data.cart.items.map((i: { quantity: number }) => i.quantity)).toEqual([1])
        const me = await api.get("/store/customers/me?fields=*addresses", as(victim.token))
        expect(me.data.customer.addresses.map((a: { id: string }) => a.id)).toContain(address.id)
        expect((await api.get(`/store/orders/${order.id}`, as(victim.token))).status).toBe(200)
        // every route × two callers × four ways of naming the records: grows with the route table (60 s was reached)
      }, 180_000)
    })
  },
})
