import { demoIntegrationTestRunner } from "../helpers/demo-runner"
import { TestEventUtils } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { budgetRefusal, kunmingToday, QUOTE_MESSAGES } from "@fupin/shared"
import { DEMO_MEMBER_PASSWORD, DEMO_MEMBERS } from "../../src/scripts/demo/institution-members"
import { INSTITUTION_MODULE } from "../../src/modules/institution"
import type InstitutionModuleService from "../../src/modules/institution/service"
import { institutionActors, LQ_NOODLES, XD_ERKUAI, XD_RIBS } from "../helpers/institution-orders"
import { call } from "../helpers/shopping"
import { QUOTE_EVENTS, QUOTE_TEMPLATES, remindExpiringQuotes } from "../../src/lib/institution/quote-notices"

// Issue 10, "Request a quote" (询价): a purchaser asks from the pad's lines, the operator answers with a
// price per line and a validity date, the institution accepts (the quote's draft order becomes its order
// at those prices: stock reserved, order.placed, the agreement counted) or declines.

const { waitSubscribersExecution } = TestEventUtils
type Headers = { headers: Record<string, string> }
type Quote = { id: string; status: string; item_total: number | null; shipping_total: number | null; total: number | null; list_total: number; lines: Array<{ id: string; sku: string; quantity: number; list_unit_price: number; unit_price: number | null }>; draft_order_id: string; order_id: string | null; needs_approver: boolean; valid_until: string | null }

const [PURCHASER, APPROVER, ADMIN] = DEMO_MEMBERS as [(typeof DEMO_MEMBERS)[0], (typeof DEMO_MEMBERS)[0], (typeof DEMO_MEMBERS)[0]]
const IN_A_WEEK = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10)

demoIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let admin: Headers
    let actors: Awaited<ReturnType<typeof institutionActors>>
    let school = ""
    const tokens: Record<string, string> = {}
    const variantOf: Record<string, string> = {}
    const purchaser = () => actors.as(tokens[PURCHASER.email])
    const approver = () => actors.as(tokens[APPROVER.email])
    const schoolAdmin = () => actors.as(tokens[ADMIN.email])

    const request = (lines: Array<{ sku: string; quantity: number }>, headers: Headers = purchaser(), note?: string) =>
      call(api.post("/store/institution/quotes", { lines: lines.map((l) => ({ variant_id: variantOf[l.sku], quantity: l.quantity })), ...(note ? { note } : {}) }, headers))
    const answer = (id: string, body: unknown) => call(api.post(`/admin/quotes/${id}/answer`, body, admin))
    /** The operator prices each line at `price(sku)`, valid for a week. */
    async function answered(quote: Quote, price: (sku: string) => number, extra: { shipping_total?: number } = {}) {
      const res = await answer(quote.id, { lines: quote.lines.map((l) => ({ id: l.id, unit_price: price(l.sku) })), valid_until: IN_A_WEEK, note: "含配送到校", ...extra })
      expect(res.status).toBe(200)
      return res.data.quote as Quote
    }
    const agreementsOf = async () => {
      const res = await api.get(`/admin/purchase-intents?institution_id=${school}&limit=50`, admin)
      return Object.fromEntries((res.data.purchase_intents as Array<{ county_handle: string; ordered_amount: number }>).map((a) => [a.county_handle, a.ordered_amount])) as Record<string, number>
    }

    beforeAll(async () => {
      actors = await institutionActors(api, getContainer())
      admin = actors.admin
      for (const m of DEMO_MEMBERS) tokens[m.email] = (await api.post("/auth/customer/emailpass", { email: m.email, password: DEMO_MEMBER_PASSWORD })).data.token
      school = (await api.get("/store/institution/me", purchaser())).data.institution.id
      const { variants } = (await api.get(`/store/institution/pad/variants?sku=${[XD_RIBS, XD_ERKUAI, LQ_NOODLES].join(",")}`, purchaser())).data
      for (const v of variants as Array<{ sku: string; variant_id: string }>) variantOf[v.sku] = v.variant_id
    })

    it("requests, answers and accepts: the order is placed at the quoted prices, stock reserved, the agreement grows by exactly the quoted total", async () => {
      const asked = await request([{ sku: XD_RIBS, quantity: 10 }, { sku: XD_ERKUAI, quantity: 30 }, { sku: XD_RIBS, quantity: 2 }], purchaser(), "开学备货，请报最优价")
      expect(asked.status).toBe(201)
      const quote = asked.data.quote as Quote
      expect(quote).toMatchObject({ status: "requested", item_total: null, shipping_total: null, total: null, institution_id: school, note: "开学备货，请报最优价", requested_by: { email: PURCHASER.email } })
      // the same SKU twice is one line; the catalogue price of the day is kept beside it
      expect(quote.lines.map((l) => [l.sku, l.quantity, l.list_unit_price])).toEqual([
        [XD_RIBS, 12, 158],
        [XD_ERKUAI, 30, 16.8],
      ])
      expect(quote.list_total).toBe(2400)

      // a Medusa draft order holds the lines, and no shopper route shows it
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const draftOf = async () =>
        (await query.graph({ entity: "order", fields: ["id", "status", "is_draft_order", "metadata", "items.*"], filters: { id: quote.draft_order_id } })).data[0] as unknown as {
          status: string
          is_draft_order: boolean
          metadata: Record<string, unknown>
          items: Array<{ id: string; unit_price: number; quantity: number; variant_sku: string }>
        }
      expect(await draftOf()).toMatchObject({ status: "draft", is_draft_order: true })
      expect((await call(api.get(`/store/institution/orders/${quote.draft_order_id}`, purchaser()))).status).toBe(404)
      // nor is it one of the institution's orders yet (the order list, the month's budget)
      const orderIds = async () => ((await api.get("/store/institution/orders?limit=100", purchaser())).data.orders as Array<{ id: string }>).map((o) => o.id)
      expect(await orderIds()).not.toContain(quote.draft_order_id)
      const spentBefore = (await api.get("/store/institution/dashboard", purchaser())).data.my_budget?.spent

      // every member reads it; the operator lists it
      expect((await api.get(`/store/institution/quotes/${quote.id}`, approver())).data.quote.status).toBe("requested")
      expect((await api.get("/store/institution/quotes", schoolAdmin())).data.quotes.map((q: Quote) => q.id)).toContain(quote.id)
      expect((await api.get("/admin/quotes?status=requested", admin)).data.quotes.map((q: Quote) => q.id)).toContain(quote.id)

      // nothing to accept before the operator answers
      const early = await call(api.post(`/store/institution/quotes/${quote.id}/accept`, {}, purchaser()))
      expect(early.status).toBe(400)
      expect(early.data.message).toBe(QUOTE_MESSAGES.notAnswered)

      // ribs at ¥150 instead of ¥158, 耳块 at ¥15.5: 12 × 150 + 30 × 15.5 = 2,265, and home delivery's ¥10 (free only from ¥10,000)
      const priced = await answered(quote, (sku) => (sku === XD_RIBS ? 150 : 15.5))
      expect(priced).toMatchObject({ status: "answered", item_total: 2265, shipping_total: 10, total: 2275, answer_note: "含配送到校", needs_approver: false })
      expect(new Date(priced.valid_until!).toISOString()).toBe(new Date(`${IN_A_WEEK}T23:59:59.999+08:00`).toISOString())
      // the draft order carries the quoted prices (a confirmed draft order edit)
      const draft = await draftOf()
      expect(Object.fromEntries(draft.items.map((i) => [i.variant_sku, Number(i.unit_price)]))).toEqual({ [XD_RIBS]: 150, [XD_ERKUAI]: 15.5 })
      // also where a reader selects the line's price alone (the producer portal, the delivery documents)
      const { data: bare } = await query.graph({ entity: "order", fields: ["id", "items.id", "items.unit_price"], filters: { id: quote.draft_order_id } })
      expect(((bare[0] as unknown as { items: Array<{ unit_price: number }> }).items.map((i) => Number(i.unit_price))).sort((a, b) => a - b)).toEqual([15.5, 150])

      expect(await orderIds()).not.toContain(quote.draft_order_id)
      expect((await api.get("/store/institution/dashboard", purchaser())).data.my_budget?.spent).toBe(spentBefore)
      const inventory = getContainer().resolve(Modules.INVENTORY)
      expect(await inventory.listReservationItems({ line_item_id: draft.items.map((i) => i.id) })).toHaveLength(0)
      const before = await agreementsOf()
      const counted = waitSubscribersExecution("order.placed", getContainer().resolve(Modules.EVENT_BUS))
      const accepted = await call(api.post(`/store/institution/quotes/${quote.id}/accept`, {}, purchaser()))
      expect(accepted.status).toBe(200)
      await counted
      expect(accepted.data.quote).toMatchObject({ status: "accepted", order_id: quote.draft_order_id, decided_by: { email: PURCHASER.email } })
      expect(accepted.data.quote.order_display_id).toEqual(expect.any(Number))

      // an order now, at the quoted prices, in the institution's orders, its stock reserved
      const order = await draftOf()
      expect(order).toMatchObject({ status: "pending", is_draft_order: false })
      expect((await api.get("/store/institution/dashboard", purchaser())).data.my_budget?.spent).toBe(Math.round((spentBefore + 2265) * 100) / 100)
      const listed = (await api.get("/store/institution/orders", purchaser())).data.orders as Array<{ id: string; item_total: number; total: number }>
      expect(listed.find((o) => o.id === quote.draft_order_id)).toMatchObject({ item_total: 2265, total: 2275 })
      const reserved = await inventory.listReservationItems({ line_item_id: order.items.map((i) => i.id) })
      expect(reserved.map((r) => Number(r.quantity)).sort((a, b) => a - b)).toEqual([12, 30])
      // both lines are 寻甸's: its agreement grows by exactly the quoted total
      const after = await agreementsOf()
      expect(Math.round((after.xundian! - before.xundian!) * 100) / 100).toBe(2265)
      expect(after.luquan).toBe(before.luquan)

      // accepted once: a second accept or a decline is refused
      const again = await call(api.post(`/store/institution/quotes/${quote.id}/accept`, {}, purchaser()))
      expect(again.status).toBe(400)
      expect((await call(api.post(`/store/institution/quotes/${quote.id}/decline`, {}, purchaser()))).status).toBe(400)
    })

    it("counts an accepted quote in the asker's monthly budget: one that does not fit is refused, naming budget, spent and left", async () => {
      const me = (await api.get("/store/institution/me", purchaser())).data
      const original = me.member.monthly_budget as number | null
      const quote = (await request([{ sku: XD_ERKUAI, quantity: 10 }])).data.quote as Quote
      await answered(quote, () => 16)
      const spent = (await api.get("/store/institution/dashboard", purchaser())).data.my_budget.spent as number
      // ¥100 left this month, the quote is ¥160
      expect((await call(api.post(`/store/institution/members/${me.member.id}`, { monthly_budget: spent + 100 }, schoolAdmin()))).status).toBe(200)
      try {
        const refused = await call(api.post(`/store/institution/quotes/${quote.id}/accept`, {}, purchaser()))
        expect(refused.status).toBe(400)
        expect(refused.data.message).toBe(budgetRefusal(spent + 100, spent, 160))
        expect((await api.get(`/store/institution/quotes/${quote.id}`, purchaser())).data.quote.status).toBe("answered")
      } finally {
        await call(api.post(`/store/institution/members/${me.member.id}`, { monthly_budget: original }, schoolAdmin()))
      }
    })

    it("declines a quote with why: no order, the draft order is gone, the reason kept for both sides", async () => {
      const quote = (await request([{ sku: LQ_NOODLES, quantity: 40 }])).data.quote as Quote
      await answered(quote, () => 18)
      // a reason past 500 characters, or a field the route does not take, is named
      const long = await call(api.post(`/store/institution/quotes/${quote.id}/decline`, { note: "贵".repeat(501) }, approver()))
      expect(long.status).toBe(400)
      expect(long.data.message).toContain("note")
      const unknown = await call(api.post(`/store/institution/quotes/${quote.id}/decline`, { reason: "贵" }, approver()))
      expect(unknown.status).toBe(400)
      expect(unknown.data.message).toContain("reason")
      const declined = await call(api.post(`/store/institution/quotes/${quote.id}/decline`, { note: "  单价高于本地批发价  " }, approver()))
      expect(declined.status).toBe(200)
      expect(declined.data.quote).toMatchObject({ status: "declined", order_id: null, decided_by: { email: APPROVER.email }, decline_note: "单价高于本地批发价" })
      const seen = (await api.get("/admin/quotes?status=declined", admin)).data.quotes.find((q: Quote) => q.id === quote.id)
      expect(seen).toMatchObject({ decline_note: "单价高于本地批发价" })
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      expect((await query.graph({ entity: "order", fields: ["id"], filters: { id: quote.draft_order_id } })).data).toHaveLength(0)
      expect((await call(api.post(`/store/institution/quotes/${quote.id}/accept`, {}, purchaser()))).status).toBe(400)
      expect((await api.get("/store/institution/quotes?status=declined", purchaser())).data.quotes.map((q: Quote) => q.id)).toContain(quote.id)
    })

    it("refuses to accept a quote past its validity date, saying so; it reads as expired", async () => {
      const quote = (await request([{ sku: XD_ERKUAI, quantity: 5 }])).data.quote as Quote
      await answered(quote, () => 16)
      // the week went by
      const yesterday = new Date(Date.now() - 86_400_000)
      await getContainer().resolve<InstitutionModuleService>(INSTITUTION_MODULE).updateInstitutionQuotes({ id: quote.id, valid_until: yesterday })
      const refused = await call(api.post(`/store/institution/quotes/${quote.id}/accept`, {}, purchaser()))
      expect(refused.status).toBe(400)
      const day = new Date(yesterday.getTime() + 8 * 3600_000).toISOString().slice(0, 10)
      expect(refused.data.message).toBe(QUOTE_MESSAGES.expired(day))
      expect((await api.get(`/store/institution/quotes/${quote.id}`, purchaser())).data.quote.status).toBe("expired")
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      expect((await query.graph({ entity: "order", fields: ["id", "is_draft_order"], filters: { id: quote.draft_order_id } })).data[0]).toMatchObject({ is_draft_order: true })
      // the operator may renew it with a new date
      const renewed = await answered(quote, () => 16)
      expect(renewed.status).toBe("answered")
    })

    it("delivers an accepted quote to the canteen and on the day asked for, as the pad's delivery does", async () => {
      const service = getContainer().resolve<InstitutionModuleService>(INSTITUTION_MODULE)
      const canteen = await call(
        api.post("/store/institution/canteens", { name: "第二食堂", contact_name: "王师傅", contact_phone: "13987100002", county_handle: "wuhua", address: "示例路02号 南门" }, schoolAdmin())
      )
      expect(canteen.status, JSON.stringify(canteen.data)).toBe(201)
      const canteenId = canteen.data.canteen.id as string
      const day = new Date(Date.parse(`${kunmingToday()}T00:00:00Z`) + 10 * 86_400_000).toISOString().slice(0, 10)
      const ask = (extra: Record<string, unknown>) =>
        call(api.post("/store/institution/quotes", { lines: [{ variant_id: variantOf[XD_ERKUAI], quantity: 6 }], ...extra }, purchaser()))

      // another institution's canteen is not there for it (the access rule's 404); a date in the past is no date
      const [other] = await service.listInstitutions({ id: { $ne: school } }, { take: 1 })
      const theirs = (await service.createInstitutionCanteens({
        institution_id: other!.id,
        name: "别家食堂",
        contact_name: "赵",
        contact_phone: "13987100003",
        county_handle: "wuhua",
        address: "示例路03号",
      } as never)) as unknown as { id: string }
      const refused = await ask({ canteen_id: theirs.id, requested_delivery_date: day })
      expect(refused.status, JSON.stringify(refused.data)).toBe(404)
      expect(refused.data.message).toContain(theirs.id)
      const past = await ask({ canteen_id: canteenId, requested_delivery_date: "2020-01-01" })
      expect(past.status).toBe(400)
      expect(past.data.message).toContain("requested_delivery_date")

      const asked = await ask({ canteen_id: canteenId, requested_delivery_date: day })
      expect(asked.status).toBe(201)
      const quote = asked.data.quote as Quote & { delivery: { canteen: string; requested_delivery_date: string } | null }
      expect(quote.delivery).toMatchObject({ canteen_id: canteenId, canteen: "第二食堂", requested_delivery_date: day, contact: "王师傅 13987100002" })
      await answered(quote, () => 16)
      expect((await call(api.post(`/store/institution/quotes/${quote.id}/accept`, {}, purchaser()))).status).toBe(200)

      // the order goes there, and the portal's order shows where and when
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({ entity: "order", fields: ["id", "metadata", "shipping_address.*"], filters: { id: quote.draft_order_id } })
      const order = data[0] as unknown as { metadata: Record<string, unknown>; shipping_address: { address_2: string; phone: string; first_name: string } }
      expect(order.shipping_address).toMatchObject({ address_2: "第二食堂", phone: "13987100002", first_name: "王师傅" })
      const listed = (await api.get("/store/institution/orders?limit=100", purchaser())).data.orders as Array<{ id: string; delivery: unknown }>
      expect(listed.find((o) => o.id === quote.draft_order_id)?.delivery).toMatchObject({ canteen: "第二食堂", requested_delivery_date: day })

      // without a canteen the institution's own address, as before; a date alone is kept
      const plain = await ask({ requested_delivery_date: day })
      expect(plain.status).toBe(201)
      expect(plain.data.quote.delivery).toMatchObject({ canteen_id: null, requested_delivery_date: day })
    })

    it("tells by e-mail: the operators of a request, the member who asked of the answer, and again the day before it runs out", async () => {
      const container = getContainer()
      const bus = container.resolve(Modules.EVENT_BUS)
      const notifications = container.resolve(Modules.NOTIFICATION)
      const sent = async (template: string, to?: string) =>
        (await notifications.listNotifications({ template, ...(to ? { to } : {}) }, { take: null })).filter((n) => (n.data as { quote_id?: string })?.quote_id === quote.id)

      const requested = waitSubscribersExecution(QUOTE_EVENTS.requested, bus)
      const quote = (await request([{ sku: XD_ERKUAI, quantity: 5 }], purchaser(), "周五前送到")).data.quote as Quote
      await requested
      const toOperators = await sent(QUOTE_TEMPLATES.requested)
      expect(toOperators.map((n) => n.to)).toContain("admin@fupin.local")
      expect((toOperators[0]!.data as { text: string }).text).toContain("周五前送到")

      const answeredEvent = waitSubscribersExecution(QUOTE_EVENTS.answered, bus)
      await answered(quote, () => 16)
      await answeredEvent
      const [toAsker, ...more] = await sent(QUOTE_TEMPLATES.answered, PURCHASER.email)
      expect(more).toHaveLength(0)
      // 5 × ¥16 of goods and ¥10 of delivery
      expect((toAsker!.data as { subject: string }).subject).toContain("¥90.00")
      expect((toAsker!.data as { text: string }).text).toContain("货款 ¥80.00")
      expect((toAsker!.data as { text: string }).text).toContain("运费 ¥10.00")
      expect((toAsker!.data as { text: string }).text).toContain(`/zh/institution/quotes/${quote.id}`)

      // a week away: no reminder yet; within a day of its date: one, however often the job runs
      expect(await remindExpiringQuotes(container)).not.toContain(quote.id)
      await container.resolve<InstitutionModuleService>(INSTITUTION_MODULE).updateInstitutionQuotes({ id: quote.id, valid_until: new Date(Date.now() + 20 * 3600_000) })
      expect(await remindExpiringQuotes(container)).toContain(quote.id)
      await remindExpiringQuotes(container)
      expect(await sent(QUOTE_TEMPLATES.expiring, PURCHASER.email)).toHaveLength(1)
      // once it has run out, nothing more
      await container.resolve<InstitutionModuleService>(INSTITUTION_MODULE).updateInstitutionQuotes({ id: quote.id, valid_until: new Date(Date.now() - 3600_000) })
      expect(await remindExpiringQuotes(container)).not.toContain(quote.id)
    })

    it("delivers a quoted order by the bulk rule unless the operator quotes the fee: free from ¥10,000 of quoted goods, an answer's own fee replaces it", async () => {
      // 70 × ¥158 = ¥11,060 at list prices
      const quote = (await request([{ sku: XD_RIBS, quantity: 70 }])).data.quote as Quote
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const shippingOf = async () => {
        const { data } = await query.graph({ entity: "order", fields: ["id", "item_total", "shipping_total", "total", "shipping_methods.amount"], filters: { id: quote.draft_order_id } })
        const o = data[0] as unknown as { item_total: number; shipping_total: number; total: number; shipping_methods: Array<{ amount: number }> }
        return { item_total: Number(o.item_total), shipping_total: Number(o.shipping_total), total: Number(o.total), methods: o.shipping_methods.map((m) => Number(m.amount)) }
      }
      // the draft is delivered from the start, free at list prices
      expect(await shippingOf()).toEqual({ item_total: 11060, shipping_total: 0, total: 11060, methods: [0] })

      // quoted at ¥140: ¥9,800 of goods, below the amount, so the rule's ¥10
      const below = await answered(quote, () => 140)
      expect(below).toMatchObject({ item_total: 9800, shipping_total: 10, total: 9810 })
      expect(await shippingOf()).toEqual({ item_total: 9800, shipping_total: 10, total: 9810, methods: [10] })

      // answered again at ¥145 (¥10,150): free again, on the same single shipping method
      expect(await answered(quote, () => 145)).toMatchObject({ item_total: 10150, shipping_total: 0, total: 10150 })
      expect(await shippingOf()).toEqual({ item_total: 10150, shipping_total: 0, total: 10150, methods: [0] })

      // the operator's own fee (cold-chain truck to the school) is what the order charges
      expect(await answered(quote, () => 145, { shipping_total: 180 })).toMatchObject({ item_total: 10150, shipping_total: 180, total: 10330 })
      expect(await shippingOf()).toEqual({ item_total: 10150, shipping_total: 180, total: 10330, methods: [180] })

      const accepted = await call(api.post(`/store/institution/quotes/${quote.id}/accept`, {}, approver()))
      expect(accepted.status, JSON.stringify(accepted.data)).toBe(200)
      expect(accepted.data.quote).toMatchObject({ status: "accepted", total: 10330 })
      expect(await shippingOf()).toEqual({ item_total: 10150, shipping_total: 180, total: 10330, methods: [180] })
    })

    it("gives delivery to a quote requested before quotes carried it, when the operator answers", async () => {
      const quote = (await request([{ sku: XD_ERKUAI, quantity: 5 }])).data.quote as Quote
      const orders = getContainer().resolve(Modules.ORDER)
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const methodsOf = async () =>
        ((await query.graph({ entity: "order", fields: ["id", "shipping_methods.amount"], filters: { id: quote.draft_order_id } })).data[0] as unknown as { shipping_methods: Array<{ amount: number }> }).shipping_methods.map((m) => Number(m.amount))
      // as such a draft was: no shipping method
      const [method] = (await query.graph({ entity: "order", fields: ["shipping_methods.id"], filters: { id: quote.draft_order_id } })).data[0]!.shipping_methods as Array<{ id: string }>
      await orders.deleteOrderShippingMethods([method!.id])
      expect(await methodsOf()).toEqual([])
      expect(await answered(quote, () => 16)).toMatchObject({ item_total: 80, shipping_total: 10, total: 90 })
      expect(await methodsOf()).toEqual([10])
    })

    it("answers 400 naming the field for bad input, on both sides", async () => {
      const quote = (await request([{ sku: XD_ERKUAI, quantity: 3 }])).data.quote as Quote
      const line = quote.lines[0]!.id
      const cases: Array<[Promise<{ status: number; data: { message: string } }>, string]> = [
        [call(api.post("/store/institution/quotes", { lines: [] }, purchaser())), "lines"],
        [call(api.post("/store/institution/quotes", { lines: [{ variant_id: variantOf[XD_ERKUAI], quantity: 0 }] }, purchaser())), "quantity"],
        [call(api.post("/store/institution/quotes", { lines: [{ variant_id: "variant_nope", quantity: 1 }] }, purchaser())), "variant_id"],
        [call(api.post("/store/institution/quotes", { lines: [{ variant_id: variantOf[XD_ERKUAI], quantity: 1 }], extra: 1 }, purchaser())), "extra"],
        [answer(quote.id, { lines: [{ id: line, unit_price: -1 }], valid_until: IN_A_WEEK }), "unit_price"],
        [answer(quote.id, { lines: [{ id: line, unit_price: 1.234 }], valid_until: IN_A_WEEK }), "unit_price"],
        [answer(quote.id, { lines: [{ id: line, unit_price: 10 }], valid_until: "next week" }), "valid_until"],
        [answer(quote.id, { lines: [{ id: line, unit_price: 10 }], valid_until: "2020-01-01" }), "valid_until"],
        [answer(quote.id, { lines: [{ id: "ordli_other", unit_price: 10 }], valid_until: IN_A_WEEK }), "lines"],
        [answer(quote.id, { lines: [], valid_until: IN_A_WEEK }), "lines"],
        [answer(quote.id, { lines: [{ id: line, unit_price: 10 }], valid_until: IN_A_WEEK, shipping_total: -5 }), "shipping_total"],
        [answer(quote.id, { lines: [{ id: line, unit_price: 10 }], valid_until: IN_A_WEEK, shipping_total: "十元" }), "shipping_total"],
        [answer(quote.id, { lines: [{ id: line, unit_price: 10 }], valid_until: IN_A_WEEK, shipping_total: 8.005 }), "shipping_total"],
      ]
      for (const [pending, field] of cases) {
        const res = await pending
        expect(res.status, JSON.stringify(res.data)).toBe(400)
        expect(res.data.message).toContain(field)
      }
      expect((await api.get(`/admin/quotes/${quote.id}`, admin)).data.quote.status).toBe("requested")
    })

    it("keeps quotes to their institution and their roles; above the approval amount an approver who did not ask accepts", async () => {
      const quote = (await request([{ sku: XD_RIBS, quantity: 40 }])).data.quote as Quote
      // another institution's member, holding every role: 404 on every route, its list is empty
      const other = await actors.otherInstitutionMember()
      for (const res of [
        await call(api.get(`/store/institution/quotes/${quote.id}`, other)),
        await call(api.post(`/store/institution/quotes/${quote.id}/accept`, {}, other)),
        await call(api.post(`/store/institution/quotes/${quote.id}/decline`, {}, other)),
      ]) expect(res.status).toBe(404)
      expect((await api.get("/store/institution/quotes", other)).data.quotes).toEqual([])
      // a shopper who is no member: 403
      const shopper = await actors.register("shopper@quotes.test")
      expect((await call(api.get("/store/institution/quotes", shopper.headers))).status).toBe(403)
      // approvers do not ask; admins do not accept
      expect((await request([{ sku: XD_ERKUAI, quantity: 1 }], approver())).status).toBe(403)
      expect((await request([{ sku: XD_ERKUAI, quantity: 1 }], schoolAdmin())).status).toBe(201)
      expect((await call(api.post(`/store/institution/quotes/${quote.id}/decline`, {}, schoolAdmin()))).status).toBe(403)

      // 40 × ¥155 = ¥6,200, above the school's ¥5,000: the purchaser who asked may not accept it
      const told = waitSubscribersExecution(QUOTE_EVENTS.answered, getContainer().resolve(Modules.EVENT_BUS))
      const priced = await answered(quote, () => 155)
      expect(priced).toMatchObject({ item_total: 6200, total: 6210, needs_approver: true })
      // so the answer reaches the approvers too, not only the purchaser who asked
      await told
      const answers = await getContainer().resolve(Modules.NOTIFICATION).listNotifications({ template: QUOTE_TEMPLATES.answered }, { take: null })
      const recipients = answers.filter((n) => (n.data as { quote_id?: string }).quote_id === quote.id).map((n) => n.to)
      expect(recipients).toEqual(expect.arrayContaining([PURCHASER.email, APPROVER.email]))
      expect(recipients).not.toContain(ADMIN.email)
      const refused = await call(api.post(`/store/institution/quotes/${quote.id}/accept`, {}, purchaser()))
      expect(refused.status).toBe(403)
      expect(refused.data.message).toBe(QUOTE_MESSAGES.needsApprover)
      const counted = waitSubscribersExecution("order.placed", getContainer().resolve(Modules.EVENT_BUS))
      const accepted = await call(api.post(`/store/institution/quotes/${quote.id}/accept`, {}, approver()))
      expect(accepted.status).toBe(200)
      await counted
      expect(accepted.data.quote).toMatchObject({ status: "accepted", decided_by: { email: APPROVER.email } })
    })
  },
})
