import { demoIntegrationTestRunner } from "../helpers/demo-runner"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { PAYMENT_PROVIDER_IDS, SHIPPING_OPTION_CODES, type StoreOrderImpactResponse } from "@fupin/shared"
import seedDemo, { HOME_DELIVERY } from "../../src/scripts/seed-demo"
import { SERVICE_STATION_MODULE } from "../../src/modules/service-station"
import type ServiceStationModuleService from "../../src/modules/service-station/service"
import { adminHeaders, call, eventually, KUNMING_ADDRESS, placeOrder, storeHeaders, variantId, shipFirstLineAsDemoSupplier } from "../helpers/shopping"

type Headers = { headers: Record<string, string> }

/** What the checkout's network calls return when they fail: status and body instead of a throw. */

// This file checks the shop without Stripe (payments.spec.ts covers it with Stripe):
// a developer's own STRIPE_API_KEY must not leak into it.
const savedStripeKey = process.env.STRIPE_API_KEY
beforeAll(() => {
  delete process.env.STRIPE_API_KEY
})
afterAll(() => {
  if (savedStripeKey !== undefined) process.env.STRIPE_API_KEY = savedStripeKey
})

demoIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: Headers
    let admin: Headers
    let beef = ""
    let noodles = ""
    let stationId = ""

    const stations = () => getContainer().resolve<ServiceStationModuleService>(SERVICE_STATION_MODULE)

    /** A cart with address, as the checkout has it before the delivery step. */
    async function cartWithAddress(headers: Headers, lines = [{ variant_id: beef, quantity: 1 }], email = "pickup@example.com") {
      const regions = await api.get("/store/regions", headers)
      const region = regions.data.regions.find((r: { currency_code: string }) => r.currency_code === "cny")
      const cart = (await api.post("/store/carts", { region_id: region.id, email }, headers)).data.cart
      for (const line of lines) await api.post(`/store/carts/${cart.id}/line-items`, line, headers)
      await api.post(`/store/carts/${cart.id}`, { shipping_address: KUNMING_ADDRESS, billing_address: KUNMING_ADDRESS }, headers)
      return cart.id as string
    }

    async function shippingOption(cartId: string, code: string) {
      const res = await api.get(`/store/shipping-options?cart_id=${cartId}`, store)
      const option = res.data.shipping_options.find((o: { type?: { code?: string } }) => o.type?.code === code)
      if (!option) throw new Error(`no shipping option ${code}: ${JSON.stringify(res.data.shipping_options.map((o: { name: string }) => o.name))}`)
      return option as {
        id: string
        name: string
        amount: number
        service_zone: { fulfillment_set: { type: string; location: { id: string } } }
      }
    }

    async function complete(cartId: string, headers: Headers = store) {
      const collection = (await api.post("/store/payment-collections", { cart_id: cartId }, headers)).data.payment_collection
      await api.post(`/store/payment-collections/${collection.id}/payment-sessions`, { provider_id: "pp_system_default" }, headers)
      return call(api.post(`/store/carts/${cartId}/complete`, {}, headers))
    }

    beforeAll(async () => {
      const container = getContainer()
      store = await storeHeaders(container)
      admin = await adminHeaders(api)
      beef = await variantId(api, store, "xundian-dried-beef", "250g")
      noodles = await variantId(api, store, "dongchuan-noodles", "500g")
      const [station] = await stations().listServiceStations({ county_handle: "xundian", is_active: true, pickup_enabled: true }, { take: 1 })
      stationId = station!.id
    })

    describe("delivery options in region 中国", () => {
      it("offers home delivery at ¥10 and free pickup at a service station, told apart by type code and by Medusa's fulfilment set type", async () => {
        const cartId = await cartWithAddress(store)
        const home = await shippingOption(cartId, SHIPPING_OPTION_CODES.homeDelivery)
        const pickup = await shippingOption(cartId, SHIPPING_OPTION_CODES.stationPickup)
        expect(home).toMatchObject({ name: "快递到家", amount: 10 })
        expect(pickup).toMatchObject({ name: "服务站自提", amount: 0 })
        // a generic Medusa client reads pickup from the fulfilment set; both leave the same warehouse
        expect(home.service_zone.fulfillment_set.type).toBe("shipping")
        expect(pickup.service_zone.fulfillment_set.type).toBe("pickup")
        expect(pickup.service_zone.fulfillment_set.location.id).toBe(home.service_zone.fulfillment_set.location.id)
      })

      it("delivers free from ¥10,000 of goods (the bulk rule, a conditional price the operator sets), ¥10 below, and charges what it offered", async () => {
        const cartId = await cartWithAddress(store)
        const { cart } = (await api.get(`/store/carts/${cartId}?fields=id,items.id,items.unit_price`, store)).data
        const line = cart.items[0] as { id: string; unit_price: number }
        const free = Math.ceil(HOME_DELIVERY.free_from / line.unit_price)
        const setQuantity = (quantity: number) => api.post(`/store/carts/${cartId}/line-items/${line.id}`, { quantity }, store)
        // one unit short of the amount: a parcel's fee
        await setQuantity(free - 1)
        const home = await shippingOption(cartId, SHIPPING_OPTION_CODES.homeDelivery)
        expect(home.amount).toBe(HOME_DELIVERY.fee)
        // at the amount: free, and the cart's delivery (chosen below it) follows the goods, both ways
        await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: home.id }, store)
        await setQuantity(free)
        expect((await shippingOption(cartId, SHIPPING_OPTION_CODES.homeDelivery)).amount).toBe(0)
        const totals = async () => (await api.get(`/store/carts/${cartId}?fields=id,item_total,shipping_total,total`, store)).data.cart
        expect(await totals()).toMatchObject({ item_total: free * line.unit_price, shipping_total: 0, total: free * line.unit_price })
        await setQuantity(free - 1)
        expect(await totals()).toMatchObject({ shipping_total: HOME_DELIVERY.fee, total: (free - 1) * line.unit_price + HOME_DELIVERY.fee })
        // placed at the amount, the order has free delivery
        await setQuantity(free)
        const placed = await complete(cartId)
        expect(placed.status).toBe(200)
        expect(placed.data.order).toMatchObject({ shipping_total: 0, total: free * line.unit_price })
      })

      it("keeps a single pickup option when the demo data loads again, and moves an older database's into the pickup set", async () => {
        // an older seed kept 服务站自提 in the shipping set, beside home delivery
        const before = await shippingOption(await cartWithAddress(store), SHIPPING_OPTION_CODES.stationPickup)
        const home = await shippingOption(await cartWithAddress(store), SHIPPING_OPTION_CODES.homeDelivery)
        const fulfillment = getContainer().resolve(Modules.FULFILLMENT)
        const [homeOption] = await fulfillment.listShippingOptions({ id: home.id })
        await fulfillment.updateShippingOptions(before.id, { service_zone_id: homeOption!.service_zone_id })

        await seedDemo({ container: getContainer(), args: [] })
        const cartId = await cartWithAddress(store)
        const res = await api.get(`/store/shipping-options?cart_id=${cartId}`, store)
        const names = res.data.shipping_options.map((o: { name: string }) => o.name).sort()
        expect(names).toEqual(["快递到家", "服务站自提"].sort())
        const after = await shippingOption(cartId, SHIPPING_OPTION_CODES.stationPickup)
        expect(after.id).toBe(before.id)
        expect(after.service_zone.fulfillment_set.type).toBe("pickup")
      })
    })

    describe("payment without Stripe keys", () => {
      it("offers only Medusa's system provider, which the storefront labels as demo payment", async () => {
        const regions = await api.get("/store/regions", store)
        const region = regions.data.regions.find((r: { currency_code: string }) => r.currency_code === "cny")
        const res = await api.get(`/store/payment-providers?region_id=${region.id}`, store)
        expect(res.data.payment_providers.map((p: { id: string }) => p.id)).toEqual([PAYMENT_PROVIDER_IDS.system])
      })
    })

    describe("station pickup", () => {
      it("gives a client that names no station (the official Medusa starter) the first pickup station of the address's county", async () => {
        const cartId = await cartWithAddress(store)
        await api.post(`/store/carts/${cartId}`, { shipping_address: { ...KUNMING_ADDRESS, address_1: "寻甸回族彝族自治县 仁德街道示例路1号" } }, store)
        const pickup = await shippingOption(cartId, SHIPPING_OPTION_CODES.stationPickup)
        const res = await call(api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: pickup.id }, store))
        expect(res.status).toBe(200)
        const [first] = await stations().listServiceStations(
          { county_handle: "xundian", is_active: true, pickup_enabled: true },
          { take: 1, order: { sort_order: "ASC", name: "ASC" } }
        )
        const { data: carts } = await getContainer()
          .resolve(ContainerRegistrationKeys.QUERY)
          .graph({ entity: "cart", fields: ["shipping_methods.data"], filters: { id: cartId } })
        expect(carts[0]!.shipping_methods!.map((m: { data?: unknown } | null) => m!.data)).toEqual([{ service_station_id: first!.id }])
      })

      it("refuses an empty station, naming data.service_station_id", async () => {
        const cartId = await cartWithAddress(store)
        const pickup = await shippingOption(cartId, SHIPPING_OPTION_CODES.stationPickup)
        const res = await call(api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: pickup.id, data: { service_station_id: "" } }, store))
        expect(res.status).toBe(400)
        expect(res.data.message).toContain("data.service_station_id")
      })

      it("refuses an unknown station, and one that is inactive or takes no pickups", async () => {
        const cartId = await cartWithAddress(store)
        const pickup = await shippingOption(cartId, SHIPPING_OPTION_CODES.stationPickup)
        const unknown = await call(
          api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: pickup.id, data: { service_station_id: "stn_nope" } }, store)
        )
        expect(unknown.status).toBe(400)
        expect(unknown.data.message).toContain("data.service_station_id")

        const [closed, noPickup] = await stations().listServiceStations({ county_handle: "luquan" }, { take: 2, order: { id: "ASC" } })
        await stations().updateServiceStations([
          { id: closed!.id, is_active: false },
          { id: noPickup!.id, pickup_enabled: false },
        ])
        try {
          for (const station of [closed!, noPickup!]) {
            const res = await call(
              api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: pickup.id, data: { service_station_id: station.id } }, store)
            )
            expect(res.status).toBe(400)
            expect(res.data.message).toContain("data.service_station_id")
            expect(res.data.message).toContain(station.name)
          }
        } finally {
          await stations().updateServiceStations([
            { id: closed!.id, is_active: true },
            { id: noPickup!.id, pickup_enabled: true },
          ])
        }
      })

      it("places an order for pickup at the chosen station, free of shipping, and shows the station on the order", async () => {
        const cartId = await cartWithAddress(store)
        const pickup = await shippingOption(cartId, SHIPPING_OPTION_CODES.stationPickup)
        const added = await api.post(
          `/store/carts/${cartId}/shipping-methods`,
          { option_id: pickup.id, data: { service_station_id: stationId } },
          store
        )
        expect(added.data.cart.shipping_methods).toHaveLength(1)
        const done = await complete(cartId)
        expect(done.data.type).toBe("order")
        const order = done.data.order
        expect(order.shipping_total).toBe(0)

        const res = await api.get(`/store/orders/${order.id}?fields=id,*shipping_methods`, store)
        expect(res.data.order.shipping_methods[0]).toMatchObject({ name: "服务站自提", data: { service_station_id: stationId } })
      })

      it("gives the order a 取货码, which the station redeems once everything has arrived, marking it delivered", async () => {
        const cartId = await cartWithAddress(store)
        const pickup = await shippingOption(cartId, SHIPPING_OPTION_CODES.stationPickup)
        await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: pickup.id, data: { service_station_id: stationId } }, store)
        const order = (await complete(cartId)).data.order as { id: string; display_id: number }

        const seen = await api.get(`/store/orders/${order.id}/pickup`, store)
        expect(seen.data.pickup).toMatchObject({ station: { id: stationId }, handed_over_at: null })
        const { code } = seen.data.pickup as { code: string }
        expect(code).toMatch(/^\d{6}$/)
        const station = seen.data.pickup.station as { address: string; opening_hours: string }
        expect(station.address.length).toBeGreaterThan(0)
        expect(station.opening_hours.length).toBeGreaterThan(0)

        const redeem = (body: unknown, at = stationId) => call(api.post(`/admin/service-stations/${at}/pickups`, body, admin))
        // nothing has reached the station yet
        const early = await redeem({ code })
        expect(early.status).toBe(400)
        expect(early.data.message).toMatch(/^code: 订单 #\d+ 还有商品没送到服务站/)

        const shipped = await shipFirstLineAsDemoSupplier(api, order.id, "9800000000222")
      expect(shipped.status, JSON.stringify(shipped.data)).toBe(201)

        // a wrong code, a code of another station, or no code at all
        const wrong = code === "000000" ? "111111" : "000000"
        expect((await redeem({ code: wrong })).data.message).toMatch(/^code: 本服务站没有这个取货码的订单/)
        const [other] = await stations().listServiceStations({ id: { $ne: stationId }, is_active: true }, { take: 1 })
        expect((await redeem({ code }, other!.id)).status).toBe(400)
        for (const body of [{}, { code: "12345" }, { code, order: "x" }]) expect((await redeem(body)).status, JSON.stringify(body)).toBe(400)

        const done = await redeem({ code })
        expect(done.status, JSON.stringify(done.data)).toBe(200)
        expect(done.data.order).toMatchObject({ id: order.id, display_id: order.display_id })
        const after = await api.get(`/store/orders/${order.id}/pickup`, store)
        expect(after.data.pickup.handed_over_at).toBe(done.data.order.handed_over_at)
        const fulfilments = (await api.get(`/admin/orders/${order.id}?fields=id,*fulfillments`, admin)).data.order.fulfillments as Array<{ delivered_at: string | null }>
        expect(fulfilments.every((f) => f.delivered_at)).toBe(true)
        // once
        expect((await redeem({ code })).data.message).toMatch(/^code: 订单 #\d+ 已于 .* 取走/)
      })

      it("has no 取货码 for home delivery", async () => {
        const order = await placeOrder(api, store, [{ variant_id: beef, quantity: 1 }])
        expect((await api.get(`/store/orders/${order.id}/pickup`, store)).data.pickup).toBeNull()
      })

      it("refuses to complete when the chosen station stopped taking pickups meanwhile, and keeps the cart", async () => {
        const cartId = await cartWithAddress(store)
        const pickup = await shippingOption(cartId, SHIPPING_OPTION_CODES.stationPickup)
        await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: pickup.id, data: { service_station_id: stationId } }, store)
        await stations().updateServiceStations([{ id: stationId, is_active: false }])
        try {
          const refused = await complete(cartId)
          expect(refused.status).toBe(400)
          expect(refused.data.message).toContain("data.service_station_id")
          const cart = await api.get(`/store/carts/${cartId}`, store)
          expect(cart.data.cart.completed_at).toBeFalsy()
          expect(cart.data.cart.items).toHaveLength(1)
        } finally {
          await stations().updateServiceStations([{ id: stationId, is_active: true }])
        }
      })

      it("leaves home delivery free of any station", async () => {
        const order = await placeOrder(api, store, [{ variant_id: noodles, quantity: 1 }])
        const res = await api.get(`/store/orders/${order.id}?fields=id,*shipping_methods`, store)
        expect(res.data.order.shipping_methods[0].name).toBe("快递到家")
        expect(res.data.order.shipping_methods[0].data?.service_station_id).toBeUndefined()
      })
    })

    describe("a product that lost its certificate meanwhile", () => {
      it("is refused at checkout with a message naming the product", async () => {
        const cartId = await cartWithAddress(store, [{ variant_id: noodles, quantity: 2 }])
        const home = await shippingOption(cartId, SHIPPING_OPTION_CODES.homeDelivery)
        await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: home.id }, store)

        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const { data } = await query.graph({ entity: "product", fields: ["certificate.id"], filters: { handle: "dongchuan-noodles" } })
        const certificateId = (data[0] as unknown as { certificate: { id: string } }).certificate.id
        await api.post(`/admin/certifications/${certificateId}/suspend`, { reason: "抽检待复核" }, admin)
        try {
          const done = await complete(cartId)
          expect(done.status).toBe(400)
          expect(JSON.stringify(done.data)).toContain("东川面条")
          expect(JSON.stringify(done.data)).not.toContain('"type":"order"')
        } finally {
          await api.post(`/admin/certifications/${certificateId}/reinstate`, { reason: "复核通过" }, admin)
        }
      })
    })

    describe("order impact for the confirmation page", () => {
      async function register(email: string) {
        const password = "correct-horse-9"
        const reg = await api.post("/auth/customer/emailpass/register", { email, password })
        await api.post("/store/customers", { email, first_name: "顾客", last_name: "测" }, { headers: { ...store.headers, authorization: `Bearer ${reg.data.token}` } })
        const login = await api.post("/auth/customer/emailpass", { email, password })
        return { authorization: `Bearer ${login.data.token}` }
      }

      it("refuses shopper B, anonymous callers and email guessers shopper A's order and its impact, with 404", async () => {
        const a = await register("shopper-a@example.com")
        const b = await register("shopper-b@example.com")
        const order = await placeOrder(api, store, [{ variant_id: beef, quantity: 2 }], { email: "shopper-a@example.com", auth: a })

        expect((await api.get(`/store/orders/${order.id}/impact`, { headers: { ...store.headers, ...a } })).data.order_id).toBe(order.id)
        for (const headers of [{ ...store.headers, ...b }, store.headers]) {
          const res = await call(api.get(`/store/orders/${order.id}/impact`, { headers }))
          expect(res.status).toBe(404)
        }
        const guessed = await call(api.get(`/store/orders/${order.id}/impact?email=shopper-a@example.com`, store))
        expect(guessed.status).toBe(404)
        const unknown = await call(api.get(`/store/orders/order_01NOPE/impact`, { headers: { ...store.headers, ...a } }))
        expect(unknown.status).toBe(404)

        // Medusa's own order route: the owner reads it, shopper B and anonymous callers get 404.
        expect((await api.get(`/store/orders/${order.id}`, { headers: { ...store.headers, ...a } })).data.order.id).toBe(order.id)
        for (const headers of [{ ...store.headers, ...b }, store.headers]) {
          const res = await call(api.get(`/store/orders/${order.id}`, { headers }))
          expect(res.status).toBe(404)
          expect(JSON.stringify(res.data)).not.toContain("shopper-a@example.com")
        }
      })

      it("tells the logged-in owner whom the order helped, by county, from the impact ledger", async () => {
        const a = await register("owner@example.com")
        const order = await placeOrder(api, store, [{ variant_id: beef, quantity: 2 }], { email: "owner@example.com", auth: a })
        const own = await eventually<{ data: StoreOrderImpactResponse }>(
          () => api.get(`/store/orders/${order.id}/impact`, { headers: { ...store.headers, ...a } }).then((r: { data: unknown }) => ({ data: r.data as StoreOrderImpactResponse })),
          (r) => r.data.households > 0
        )
        expect(own.data).toMatchObject({ order_id: order.id, amount: 136 })
        expect(own.data.counties).toEqual([
          { county_handle: "xundian", name_zh: expect.stringContaining("寻甸"), name_en: expect.stringContaining("Xundian"), households: own.data.households, amount: 136 },
        ])
      })

      it("shows a guest's order impact to whoever gives the order's email, and 404 otherwise", async () => {
        const order = await placeOrder(api, store, [{ variant_id: noodles, quantity: 1 }], { email: "Guest@Example.com" })
        expect((await call(api.get(`/store/orders/${order.id}/impact`, store))).status).toBe(404)
        expect((await call(api.get(`/store/orders/${order.id}/impact?email=someone@example.com`, store))).status).toBe(404)
        const bad = await call(api.get(`/store/orders/${order.id}/impact?email=not-an-email`, store))
        expect(bad.status).toBe(400)
        expect(bad.data.message).toContain("email")
        const unknownParam = await call(api.get(`/store/orders/${order.id}/impact?foo=1`, store))
        expect(unknownParam.status).toBe(400)

        const res = await eventually(
          () => call(api.get(`/store/orders/${order.id}/impact?email=guest@example.com`, store)).then((r) => ({ status: r.status, data: r.data })),
          (r) => r.status === 200 && r.data.households > 0
        )
        expect(res.data.counties.map((c: { county_handle: string }) => c.county_handle)).toEqual(["dongchuan"])
        expect(res.data.amount).toBe(12.8)
      })
    })
  },
})
