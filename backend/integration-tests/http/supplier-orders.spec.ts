import { Modules } from "@medusajs/framework/utils"
import { GEOGRAPHY_MODULE } from "../../src/modules/geography"
import type GeographyModuleService from "../../src/modules/geography/service"
import { INSTITUTION_MODULE } from "../../src/modules/institution"
import type InstitutionModuleService from "../../src/modules/institution/service"
import { DEMO_SUPPLIER_OWNER } from "../../src/scripts/demo/supplier-portal"
import { demoIntegrationTestRunner } from "../helpers/demo-runner"
import { adminHeaders, call, eventually, freshCreditCode, KUNMING_ADDRESS, placeOrder, storeHeaders, variantId } from "../helpers/shopping"

// Issue 12: the producer fulfils its own part of each order (ADR 0008). The
// demo supplier of 寻甸牛干巴 sees and ships only its lines of an order that
// also holds another supplier's 东川辣椒; everyone else is refused.

type Headers = { headers: Record<string, string> }
const bearer = (token: string): Headers => ({ headers: { authorization: `Bearer ${token}` } })
const password = "correct-horse-9"

/** A busy machine (two cores shared by four engineers) makes a checkout take tens of seconds: each test gets four minutes. */
const slow = (name: string, fn: () => Promise<void>) => it(name, fn, 240_000)

demoIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let admin: Headers
    let store: Headers
    let beef = ""
    let chili = ""
    let township = ""

    const login = async (email: string, pass = password) => (await api.post("/auth/supplier/emailpass", { email, password: pass })).data.token as string
    const owner = () => login(DEMO_SUPPLIER_OWNER.email, DEMO_SUPPLIER_OWNER.password)

    /** A producer with no lines in any order (approved by the operator): its owner's token. */
    async function otherProducer(email: string) {
      const reg = (await api.post("/auth/supplier/emailpass/register", { email, password })).data.token as string
      const applied = await api.post(
        "/supplier/applications",
        {
          legal_name: "禄劝县示例03种植农民专业合作社",
          credit_code: freshCreditCode(),
          type: "cooperative",
          county_handle: "xundian",
          township_id: township,
          contact_name: "示例03联系人",
          contact_phone: "13900000003",
          households_bound: 5,
          people_bound: 12,
          mechanisms: ["employment"],
          member: { name: "示例03负责人" },
        },
        bearer(reg)
      )
      await api.post(`/admin/suppliers/${applied.data.supplier.id}/approve`, {}, admin)
      return login(email)
    }

    /** A shopper's order of 2 × 寻甸牛干巴 (the demo supplier's) and 1 × 东川辣椒 (another supplier's). */
    async function mixedOrder(metadata?: Record<string, unknown>) {
      const order = await placeOrder(
        api,
        store,
        [
          { variant_id: beef, quantity: 2 },
          { variant_id: chili, quantity: 1 },
        ],
        { email: "buyer@supplier-orders.test", metadata }
      )
      return { order }
    }

    const ship = (token: string, orderId: string, body: Record<string, unknown>) => call(api.post(`/supplier/orders/${orderId}/fulfillments`, body, bearer(token)))
    const courier = { lot_number: "XD-2026-12-01", origin_village: "寻甸县柯渡镇 示例01村", carrier: "中国邮政", tracking_number: "9876543210123" }

    beforeAll(async () => {
      const container = getContainer()
      admin = await adminHeaders(api)
      store = await storeHeaders(container)
      beef = await variantId(api, store, "xundian-dried-beef", "250g")
      chili = await variantId(api, store, "dongchuan-chili")
      const geo = container.resolve<GeographyModuleService>(GEOGRAPHY_MODULE)
      const [xundian] = await geo.listCounties({ handle: "xundian" })
      township = (await geo.listTownships({ county_id: xundian!.id, name: "柯渡镇" }))[0]!.id
    })

    /** The demo supplier's line of the order (寻甸牛干巴) and the other supplier's. */
    async function linesOf(orderId: string) {
      const res = await api.get(`/admin/orders/${orderId}?fields=id,items.id,items.product_handle`, admin)
      const items = res.data.order.items as Array<{ id: string; product_handle: string }>
      return { own: items.find((i) => i.product_handle === "xundian-dried-beef")!.id, foreign: items.find((i) => i.product_handle === "dongchuan-chili")!.id }
    }

    describe("reading its orders", () => {
      slow("lists and shows only its own lines, with what the packer needs of the buyer, newest first and by status", async () => {
        const token = await owner()
        const first = (await mixedOrder()).order
        const second = (await mixedOrder()).order
        const { own } = await linesOf(second.id)

        const list = await api.get("/supplier/orders", bearer(token))
        expect(list.data.orders.map((o: { id: string }) => o.id).slice(0, 2)).toEqual([second.id, first.id])
        expect(list.data.count).toBeGreaterThanOrEqual(2)
        const shown = list.data.orders[0]
        expect(shown.lines).toHaveLength(1)
        expect(shown.lines[0]).toMatchObject({ id: own, title: "寻甸牛干巴", variant_title: "250g", quantity: 2, fulfilled_quantity: 0, shipped_quantity: 0 })
        expect(shown).toMatchObject({ buyer: "shopper", institution_name: null, status: "to_ship" })
        expect(shown.total).toBe(shown.lines[0].unit_price * 2)
        // nothing of the other supplier's chili, and no buyer e-mail
        const text = JSON.stringify(list.data)
        expect(text).not.toContain("辣椒")
        expect(text).not.toContain("buyer@supplier-orders.test")

        const detail = await api.get(`/supplier/orders/${second.id}`, bearer(token))
        expect(detail.data.order.ship_to).toMatchObject({ name: `${KUNMING_ADDRESS.last_name}${KUNMING_ADDRESS.first_name}`, phone: KUNMING_ADDRESS.phone })
        expect(detail.data.order.ship_to.address).toContain(KUNMING_ADDRESS.address_1)

        // shipped: 已发货 only after its lines went out
        await ship(token, first.id, { ...courier, items: [{ line_item_id: (await linesOf(first.id)).own, quantity: 2 }] })
        const toShip = await api.get("/supplier/orders?status=to_ship", bearer(token))
        const shipped = await api.get("/supplier/orders?status=shipped", bearer(token))
        expect(toShip.data.orders.map((o: { id: string }) => o.id)).toContain(second.id)
        expect(toShip.data.orders.map((o: { id: string }) => o.id)).not.toContain(first.id)
        expect(shipped.data.orders.map((o: { id: string }) => o.id)).toEqual([first.id])
        const bad = await call(api.get("/supplier/orders?status=done", bearer(token)))
        expect(bad.status).toBe(400)
        expect(bad.data.message).toContain("status")
      })

      slow("names the institution of an institutional order", async () => {
        const [school] = await getContainer().resolve<InstitutionModuleService>(INSTITUTION_MODULE).listInstitutions({ name: "昆明市某中学（示例01）" })
        const { order } = await mixedOrder({ institution_id: school!.id })
        const res = await api.get(`/supplier/orders/${order.id}`, bearer(await owner()))
        expect(res.data.order).toMatchObject({ buyer: "institution", institution_name: "昆明市某中学（示例01）" })
      })
    })

    describe("shipping its part", () => {
      slow("ships its line by courier with lot and village; the buyer's order shows the shipment, the other supplier's line stays unshipped", async () => {
        const token = await owner()
        const { order } = await mixedOrder()
        const { own, foreign } = await linesOf(order.id)

        const partly = await ship(token, order.id, { ...courier, items: [{ line_item_id: own, quantity: 1 }] })
        expect(partly.status).toBe(201)
        expect(partly.data.order.lines[0]).toMatchObject({ quantity: 2, fulfilled_quantity: 1, shipped_quantity: 1 })
        expect(partly.data.order.status).toBe("to_ship")
        expect(partly.data.order.fulfillments).toEqual([
          expect.objectContaining({ lot_number: "XD-2026-12-01", origin_village: "寻甸县柯渡镇 示例01村", carrier: "中国邮政", tracking_number: "9876543210123", items: [{ line_item_id: own, quantity: 1 }] }),
        ])

        // more than is left is refused, naming the field
        const tooMany = await ship(token, order.id, { ...courier, items: [{ line_item_id: own, quantity: 2 }] })
        expect(tooMany.status).toBe(400)
        expect(tooMany.data.message).toMatch(/^items\.0\.quantity:/)

        const rest = await ship(token, order.id, { ...courier, tracking_number: "SF1234567890", carrier: "顺丰速运", items: [{ line_item_id: own, quantity: 1 }] })
        expect(rest.data.order.status).toBe("shipped")
        expect(rest.data.order.fulfillments).toHaveLength(2)

        // the buyer sees each shipment with carrier, tracking and lot
        const mine = await api.get(`/store/orders/${order.id}?fields=id,*fulfillments,*items`, store)
        const traces = mine.data.order.fulfillments.map((f: { metadata: Record<string, unknown> }) => f.metadata)
        expect(traces).toEqual(
          expect.arrayContaining([
            expect.objectContaining({ lot_number: "XD-2026-12-01", tracking_number: "9876543210123", carrier: "中国邮政", supplier_name: expect.stringContaining("牛干巴") }),
            expect.objectContaining({ tracking_number: "SF1234567890" }),
          ])
        )
        const adminView = await api.get(`/admin/orders/${order.id}?fields=id,items.id,items.detail.shipped_quantity`, admin)
        const chiliLine = adminView.data.order.items.find((i: { id: string }) => i.id === foreign)
        expect(Number(chiliLine.detail.shipped_quantity)).toBe(0)
      })

      slow("hands a parcel to a service station for pickup", async () => {
        const token = await owner()
        const { order } = await mixedOrder()
        const { own } = await linesOf(order.id)
        const stations = await api.get("/store/service-stations?county_handle=xundian&limit=1", store)
        const station = stations.data.service_stations[0]
        const res = await ship(token, order.id, { lot_number: "XD-2026-12-02", origin_village: "寻甸县柯渡镇 示例02村", station_id: station.id, items: [{ line_item_id: own, quantity: 2 }] })
        expect(res.status).toBe(201)
        expect(res.data.order.fulfillments[0]).toMatchObject({ station_id: station.id, carrier: null, tracking_number: null, lot_number: "XD-2026-12-02" })

        const next = (await mixedOrder()).order
        const unknown = await ship(token, next.id, { lot_number: "L1", origin_village: "村", station_id: "stn_nope", items: [{ line_item_id: (await linesOf(next.id)).own, quantity: 1 }] })
        expect(unknown.status).toBe(400)
        expect(unknown.data.message).toMatch(/^station_id:/)
      })

      slow("refuses bad bodies naming the field, another supplier's line, and a line of another order", async () => {
        const token = await owner()
        const { order } = await mixedOrder()
        const { own, foreign } = await linesOf(order.id)
        const cases: Array<[Record<string, unknown>, RegExp]> = [
          [{ ...courier, lot_number: undefined, items: [{ line_item_id: own, quantity: 1 }] }, /lot_number/],
          [{ ...courier, origin_village: "", items: [{ line_item_id: own, quantity: 1 }] }, /origin_village/],
          [{ ...courier, items: [] }, /items/],
          [{ ...courier, items: [{ line_item_id: own, quantity: 0 }] }, /quantity/],
          [{ ...courier, tracking_number: undefined, items: [{ line_item_id: own, quantity: 1 }] }, /tracking_number/],
          [{ ...courier, station_id: "stn_x", items: [{ line_item_id: own, quantity: 1 }] }, /station_id/],
          [{ ...courier, items: [{ line_item_id: own, quantity: 1 }], price: 1 }, /price/],
          [{ ...courier, items: [{ line_item_id: own, quantity: 1 }, { line_item_id: own, quantity: 1 }] }, /items\.1\.line_item_id/],
        ]
        for (const [body, field] of cases) {
          const res = await ship(token, order.id, body)
          expect(res.status, JSON.stringify(body)).toBe(400)
          expect(res.data.message, JSON.stringify(body)).toMatch(field)
        }
        // another supplier's line: the access rule answers as for a missing record
        expect((await ship(token, order.id, { ...courier, items: [{ line_item_id: foreign, quantity: 1 }] })).status).toBe(404)
        // its own line, but of another order
        const other = await mixedOrder()
        const elsewhere = await ship(token, order.id, { ...courier, items: [{ line_item_id: (await linesOf(other.order.id)).own, quantity: 1 }] })
        expect(elsewhere.status).toBe(400)
        expect(elsewhere.data.message).toMatch(/^items\.0\.line_item_id:/)
        // nothing shipped by any of it
        expect((await api.get(`/supplier/orders/${order.id}`, bearer(token))).data.order.fulfillments).toEqual([])
      })

      slow("leaves no fulfilment, reservation change or stock change when a step fails half-way", async () => {
        const token = await owner()
        const { order } = await mixedOrder()
        const { own } = await linesOf(order.id)
        const inventory = getContainer().resolve(Modules.INVENTORY)
        // the line's stock reservation went missing: Medusa's fulfilment is created, then the stock step fails
        const reservations = await inventory.listReservationItems({ line_item_id: own })
        expect(reservations.length).toBeGreaterThan(0)
        const levelsBefore = await inventory.listInventoryLevels({ inventory_item_id: reservations[0]!.inventory_item_id })
        await inventory.deleteReservationItems(reservations.map((r) => r.id))

        const res = await ship(token, order.id, { ...courier, items: [{ line_item_id: own, quantity: 2 }] })
        expect(res.status).toBe(400)
        // refused by the stock step after the fulfilment was made, not by our own checks before it
        expect(res.data.message).toMatch(/reservation/i)
        const after = await api.get(`/admin/orders/${order.id}?fields=id,*fulfillments,items.id,items.detail.fulfilled_quantity`, admin)
        expect(after.data.order.fulfillments).toEqual([])
        expect(Number(after.data.order.items.find((i: { id: string }) => i.id === own).detail.fulfilled_quantity)).toBe(0)
        const fulfillments = await getContainer().resolve(Modules.FULFILLMENT).listFulfillments({}, { take: 1000 })
        expect(fulfillments.filter((f) => (f.metadata as Record<string, unknown> | null)?.lot_number === courier.lot_number && !f.canceled_at)).toEqual([])
        const levelsAfter = await inventory.listInventoryLevels({ inventory_item_id: reservations[0]!.inventory_item_id })
        expect(levelsAfter.map((l) => Number(l.stocked_quantity))).toEqual(levelsBefore.map((l) => Number(l.stocked_quantity)))
      })
    })

    describe("who may", () => {
      slow("answers 404 to another supplier's member and 401 to a shopper and to nobody, on every order route", async () => {
        const { order } = await mixedOrder()
        const { own } = await linesOf(order.id)
        const other = await otherProducer("other@supplier-orders.test")
        const reg = await api.post("/auth/customer/emailpass/register", { email: "shopper@supplier-orders.test", password })
        await api.post("/store/customers", { email: "shopper@supplier-orders.test" }, { headers: { ...store.headers, authorization: `Bearer ${reg.data.token}` } })
        const shopper = (await api.post("/auth/customer/emailpass", { email: "shopper@supplier-orders.test", password })).data.token as string

        expect((await call(api.get(`/supplier/orders/${order.id}`, bearer(other)))).status).toBe(404)
        expect((await ship(other, order.id, { ...courier, items: [{ line_item_id: own, quantity: 1 }] })).status).toBe(404)
        // its own list and Today hold nothing of the demo supplier's
        expect((await api.get("/supplier/orders", bearer(other))).data).toMatchObject({ orders: [], count: 0 })
        expect((await api.get("/supplier/today", bearer(other))).data).toMatchObject({ orders_to_ship_count: 0, month_sales: { amount: 0 } })

        for (const headers of [bearer(shopper), { headers: {} }]) {
          for (const res of [
            await call(api.get("/supplier/orders", headers)),
            await call(api.get(`/supplier/orders/${order.id}`, headers)),
            await call(api.post(`/supplier/orders/${order.id}/fulfillments`, { ...courier, items: [{ line_item_id: own, quantity: 1 }] }, headers)),
            await call(api.get("/supplier/today", headers)),
          ]) {
            expect(res.status).toBe(401)
          }
        }
        expect((await api.get(`/supplier/orders/${order.id}`, bearer(await owner()))).data.order.fulfillments).toEqual([])
      })

      slow("lets staff ship; a suspended supplier reads its orders but may not ship, and is told why", async () => {
        const token = await owner()
        const invited = await api.post("/supplier/invites", { email: "packer@supplier-orders.test" }, bearer(token))
        expect(invited.status).toBe(201)
        const notifications = await getContainer().resolve(Modules.NOTIFICATION).listNotifications({ to: "packer@supplier-orders.test" })
        const inviteToken = (notifications[0]?.data as { token?: string } | undefined)?.token
        const reg = (await api.post("/auth/supplier/emailpass/register", { email: "packer@supplier-orders.test", password })).data.token
        await api.post("/supplier/invites/accept", { token: inviteToken, name: "示例打包员" }, bearer(reg))
        const staff = await login("packer@supplier-orders.test")

        const { order } = await mixedOrder()
        const { own } = await linesOf(order.id)
        expect((await ship(staff, order.id, { ...courier, items: [{ line_item_id: own, quantity: 1 }] })).status).toBe(201)

        const supplierId = (await api.get("/supplier/me", bearer(token))).data.supplier.id
        await api.post(`/admin/suppliers/${supplierId}/suspend`, { note: "抽检不合格，整改中" }, admin)
        expect((await api.get(`/supplier/orders/${order.id}`, bearer(staff))).status).toBe(200)
        const refused = await ship(token, order.id, { ...courier, items: [{ line_item_id: own, quantity: 1 }] })
        expect(refused.status).toBe(403)
        expect(refused.data.message).toContain("抽检不合格")
      })
    })

    describe("today", () => {
      slow("counts orders to ship (oldest first), this month's own sales, low stock and households supported", async () => {
        const token = await owner()
        const before = (await api.get("/supplier/today", bearer(token))).data
        const first = (await mixedOrder()).order
        await mixedOrder()
        const today = (await api.get("/supplier/today", bearer(token))).data
        expect(today.orders_to_ship_count).toBe(before.orders_to_ship_count + 2)
        const dates = today.orders_to_ship.map((o: { created_at: string }) => o.created_at)
        expect(dates).toEqual([...dates].sort())
        expect(today.orders_to_ship.map((o: { id: string }) => o.id)).toContain(first.id)
        expect(today.orders_to_ship.find((o: { id: string }) => o.id === first.id)).toMatchObject({ buyer: "shopper", lines: 1, quantity: 2 })
        const beefPrice = (await api.get(`/supplier/orders/${first.id}`, bearer(token))).data.order.lines[0].unit_price
        // own lines only: 2 × beef per order, never the chili
        expect(today.month_sales.amount).toBeCloseTo(before.month_sales.amount + 4 * beefPrice, 2)
        expect(today.month_sales).toMatchObject({ orders: before.month_sales.orders + 2, quantity: before.month_sales.quantity + 4 })
        expect(today.month_sales.month).toMatch(/^\d{4}-\d{2}$/)

        // low stock: a variant set to 3 shows; the rest of the demo's stock does not
        const beefProduct = (await api.get("/store/products?handle=xundian-dried-beef&fields=id", store)).data.products[0].id
        const variants = (await api.get(`/supplier/products/${beefProduct}`, bearer(token))).data.product.variants
        await api.post("/supplier/stock", { items: [{ variant_id: variants[0].id, stock: 3 }] }, bearer(token))
        const low = (await api.get("/supplier/today", bearer(token))).data.low_stock
        expect(low).toEqual([expect.objectContaining({ variant_id: variants[0].id, stock: 3, product_title: "寻甸牛干巴" })])

        // the impact ledger counts the supplier's households once it sold (subscriber on order.placed)
        const supported = await eventually(
          async () => (await api.get("/supplier/today", bearer(token))).data.households_supported,
          (h: { total: number; this_month: number }) => h.total > 0 && h.this_month > 0
        )
        expect(supported.total).toBeGreaterThanOrEqual(supported.this_month)
      })
    })
  },
})
