import { demoIntegrationTestRunner } from "../helpers/demo-runner"
import { TestEventUtils } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { addToCartWorkflow, completeCartWorkflow } from "@medusajs/medusa/core-flows"
import ExcelJS from "exceljs"
import { creditCodeCheckChar, INSTITUTION_DELIVERY_METADATA, kunmingToday, PAD_TEMPLATE_COLUMNS, statementMonthOf } from "@fupin/shared"
import { DEMO_MEMBER_PASSWORD, DEMO_MEMBERS } from "../../src/scripts/demo/institution-members"
import { HOME_DELIVERY } from "../../src/scripts/seed-demo"
import { fillPath, routesOf } from "../helpers/route-table"
import { adminHeaders, call, type Res, storeHeaders } from "../helpers/shopping"

// Issue 10, the institution portal's backend: members and roles, the order pad
// and its upload report, submitting, approval and the frozen cart, counting
// per county toward agreements and the reserved share, and no way into another
// institution's records.

const { waitSubscribersExecution } = TestEventUtils
type Headers = { headers: Record<string, string> }

const [PURCHASER, APPROVER, ADMIN] = DEMO_MEMBERS as [(typeof DEMO_MEMBERS)[0], (typeof DEMO_MEMBERS)[0], (typeof DEMO_MEMBERS)[0]]

// demo SKUs (src/scripts/demo/certified-catalogue-data.ts): 寻甸, 禄劝 and 东川 products, certified and on sale
const XD_RIBS = "XUNDIAN-BEEF-RIBS-1" // ¥158
const XD_ERKUAI = "XUNDIAN-ERKUAI-1" // ¥16.8
const XD_JERKY = "XUNDIAN-BEEF-JERKY-1" // ¥56
const LQ_GOAT = "LUQUAN-GOAT-LEG-1" // ¥138
const LQ_NOODLES = "LUQUAN-KONJAC-NOODLES-1" // ¥19.9
const XD_FLOSS_UNCERTIFIED = "XUNDIAN-BEEF-FLOSS-1" // certificate applied for, not granted

demoIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: Headers
    let admin: Headers
    let school = ""
    const tokens: Record<string, string> = {}
    const as = (token?: string): Headers => ({ headers: { ...store.headers, ...(token ? { authorization: `Bearer ${token}` } : {}) } })
    const purchaser = () => as(tokens[PURCHASER.email])
    const approver = () => as(tokens[APPROVER.email])
    const schoolAdmin = () => as(tokens[ADMIN.email])

    /** "YYYY-MM-DD" so many days after today in Kunming. */
    const inDays = (days: number) => new Date(Date.parse(`${kunmingToday()}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10)
    const CANTEEN = { name: "第一食堂", contact_name: "李师傅", contact_phone: "13987100001", county_handle: "guandu", address: "示例路01号 学校北门" }
    const addCanteen = async (body: Record<string, unknown> = CANTEEN, headers: Headers = schoolAdmin()) => call(api.post("/store/institution/canteens", body, headers))

    const login = async (email: string, password = DEMO_MEMBER_PASSWORD) =>
      (await api.post("/auth/customer/emailpass", { email, password })).data.token as string

    async function register(email: string) {
      const reg = await api.post("/auth/customer/emailpass/register", { email, password: "portal-pass-9" })
      const created = await api.post("/store/customers", { email, first_name: "测试" }, as(reg.data.token))
      return { id: created.data.customer.id as string, token: await login(email, "portal-pass-9") }
    }

    /** A fresh institution cart of the demo purchaser (the previous one completed, or emptied). */
    async function freshCart(headers: Headers = purchaser()) {
      const res = await api.post("/store/institution/carts", {}, headers)
      const cart = res.data.cart
      if (cart.items.length) await api.post(`/store/institution/carts/${cart.id}/lines`, { lines: [{ sku: XD_ERKUAI, quantity: 1 }], replace: true }, headers)
      return cart.id as string
    }

    const lines = async (cartId: string, body: unknown, headers: Headers = purchaser()) =>
      call(api.post(`/store/institution/carts/${cartId}/lines`, body, headers))

    const agreementsOf = async () => {
      const res = await api.get(`/admin/purchase-intents?institution_id=${school}&limit=50`, admin)
      return Object.fromEntries(
        (res.data.purchase_intents as Array<{ county_handle: string; ordered_amount: number }>).map((a) => [a.county_handle, a.ordered_amount])
      ) as Record<string, number>
    }

    const setProduct = async (handle: string, body: Record<string, unknown>) => {
      const p = (await api.get(`/admin/products?handle=${handle}&fields=id,metadata`, admin)).data.products[0]
      await api.post(`/admin/products/${p.id}`, body.metadata ? { ...body, metadata: { ...(p.metadata ?? {}), ...(body.metadata as object) } } : body, admin)
    }

    beforeAll(async () => {
      store = await storeHeaders(getContainer())
      admin = await adminHeaders(api)
      for (const m of DEMO_MEMBERS) tokens[m.email] = await login(m.email)
      school = (await api.get("/store/institution/me", purchaser())).data.institution.id
      // the pad's per-product rules, on two demo products
      await setProduct("xundian-rice-noodles", { metadata: { min_order_quantity: 10 } })
      await setProduct("xundian-tofu-skin", { metadata: { pack_size: 6 } })
      // a certified product taken off sale
      await setProduct("xundian-walnuts", { status: "draft" })
    })

    describe("members and roles", () => {
      it("tells each demo login its roles and its institution's rules", async () => {
        const me = await api.get("/store/institution/me", purchaser())
        expect(me.data.member.roles).toEqual(["purchaser"])
        expect(me.data.institution).toMatchObject({ name: "昆明市某中学（示例01）", approval_threshold: 5000, reserved_share_percent: 10 })
        expect((await api.get("/store/institution/me", approver())).data.member.roles).toEqual(["approver"])
        expect((await api.get("/store/institution/me", as(tokens[ADMIN.email]))).data.member.roles).toEqual(["admin"])
      })

      it("lets only purchasers build and submit orders, and only approvers decide (403 naming the role)", async () => {
        for (const token of [tokens[APPROVER.email], tokens[ADMIN.email]]) {
          const res = await call(api.post("/store/institution/carts", {}, as(token)))
          expect(res.status).toBe(403)
          expect(res.data.message).toMatch(/采购员.*purchaser/)
          expect((await call(api.get("/store/institution/pad/variants?sku=" + XD_RIBS, as(token)))).status).toBe(403)
        }
        const res = await call(api.post("/store/institution/approvals/instapr_none/approve", {}, purchaser()))
        expect(res.status).toBe(403)
        expect(res.data.message).toMatch(/审批人.*approver/)
      })

      it("refuses a shopper who is no member, and an anonymous caller, with a clear 403 (or 401)", async () => {
        const shopper = await register("plain-shopper@portal.test")
        const res = await call(api.get("/store/institution/me", as(shopper.token)))
        expect(res.status).toBe(403)
        expect(res.data.message).toMatch(/采购单位成员.*members of an institution/)
        const anonymous = await call(api.get("/store/institution/me", store))
        expect([401, 403]).toContain(anonymous.status)
      })

      it("lets the admin give a member several roles", async () => {
        const both = await register("both-roles@portal.test")
        const added = await api.post(`/admin/institutions/${school}/buyers`, { customer_id: both.id, roles: ["approver", "purchaser"] }, admin)
        expect(added.data.buyer.roles).toEqual(["purchaser", "approver"])
        expect((await api.get("/store/institution/me", as(both.token))).data.member.roles).toEqual(["purchaser", "approver"])
        const bad = await call(api.post(`/admin/institutions/${school}/buyers`, { email: "x@portal.test", roles: ["boss"] }, admin))
        expect(bad.status).toBe(400)
        expect(bad.data.message).toMatch(/roles/)
      })
    })

    describe("the order pad", () => {
      it("describes a variant as a pad line needs it: price charged, stock, county, pack size and minimum", async () => {
        const res = await api.get(`/store/institution/pad/variants?sku=${XD_RIBS.toLowerCase()},xundian-tofu-skin-1,${XD_FLOSS_UNCERTIFIED}`, purchaser())
        const bySku = Object.fromEntries(res.data.variants.map((v: { sku: string }) => [v.sku, v]))
        expect(bySku[XD_RIBS]).toMatchObject({ unit_price: 158, county_handle: "xundian", county_name: "寻甸回族彝族自治县", certified: true, on_sale: true, pack_size: 1, min_quantity: 1 })
        expect(bySku[XD_RIBS].stock).toBeGreaterThan(99)
        expect(bySku[XD_RIBS].min_order_note).toMatch(/供应商起订量/)
        expect(bySku["XUNDIAN-TOFU-SKIN-1"].pack_size).toBe(6)
        expect(bySku[XD_FLOSS_UNCERTIFIED]).toMatchObject({ certified: false })
        const found = await api.get(`/store/institution/pad/variants?q=${encodeURIComponent("牛肉")}`, purchaser())
        expect(found.data.variants.length).toBeGreaterThan(0)
      })

      it("names every bad line with its row, field and reason, and adds nothing", async () => {
        const cart = await freshCart()
        await lines(cart, { lines: [{ sku: XD_ERKUAI, quantity: 2 }], replace: true })
        const res = await lines(cart, {
          lines: [
            { sku: XD_RIBS, quantity: 150 }, // 1: good, and above 99
            { sku: "NO-SUCH-SKU", quantity: 1 }, // 2
            { sku: XD_FLOSS_UNCERTIFIED, quantity: 1 }, // 3
            { sku: "XUNDIAN-WALNUTS-1", quantity: 1 }, // 4: taken off sale
            { sku: LQ_GOAT, quantity: 100_000 }, // 5: more than in stock
            { sku: "XUNDIAN-RICE-NOODLES-1", quantity: 5 }, // 6: minimum 10
            { sku: "XUNDIAN-TOFU-SKIN-1", quantity: 8 }, // 7: packs of 6
            { sku: LQ_NOODLES, quantity: "十" }, // 8
            { sku: XD_RIBS, quantity: 1 }, // 9: repeats row 1
            { sku: LQ_NOODLES, quantity: 2, requested_delivery_date: "2020-01-01" }, // 10: in the past
          ],
        })
        expect(res.status).toBe(400)
        expect(res.data.rows.map((r: { row: number; field: string; reason: string }) => [r.row, r.field, r.reason])).toEqual([
          [2, "sku", "unknown_sku"],
          [3, "sku", "not_certified"],
          [4, "sku", "not_on_sale"],
          [5, "quantity", "out_of_stock"],
          [6, "quantity", "below_minimum"],
          [7, "quantity", "not_pack_multiple"],
          [8, "quantity", "not_a_number"],
          [9, "sku", "duplicate"],
          [10, "requested_delivery_date", "bad_date"],
        ])
        for (const r of res.data.rows) expect(r.message).toMatch(/ \/ /) // zh / en
        const after = await api.get(`/store/institution/carts/${cart}`, purchaser())
        expect(after.data.cart.items.map((i: { sku: string; quantity: number }) => [i.sku, i.quantity])).toEqual([[XD_ERKUAI, 2]])
      })

      it("adds many lines in one request with no 99 cap, keeps the delivery date and canteen, and replaces on request", async () => {
        const cart = await freshCart()
        const many = [XD_RIBS, XD_JERKY, LQ_GOAT, LQ_NOODLES, "XUNDIAN-RICE-NOODLES-1", "XUNDIAN-TOFU-SKIN-1"]
        const res = await lines(cart, {
          replace: true,
          lines: [
            { sku: many[0], quantity: 150, requested_delivery_date: "2999-01-04", canteen: "一号食堂" },
            { sku: many[1], quantity: 20 },
            { sku: many[2], quantity: 10 },
            { sku: many[3], quantity: "120" },
            { sku: many[4], quantity: 10 },
            { sku: many[5], quantity: 12 },
          ],
        })
        expect(res.status).toBe(200)
        const items = res.data.cart.items as Array<{ sku: string; quantity: number; unit_price: number; requested_delivery_date: string | null; canteen: string | null }>
        expect(items.map((i) => [i.sku, i.quantity]).sort()).toEqual(
          [[many[0], 150], [many[1], 20], [many[2], 10], [many[3], 120], [many[4], 10], [many[5], 12]].sort()
        )
        expect(items.find((i) => i.sku === XD_RIBS)).toMatchObject({ unit_price: 158, requested_delivery_date: "2999-01-04", canteen: "一号食堂" })
        expect(res.data.cart.by_county.map((c: { county_handle: string }) => c.county_handle).sort()).toEqual(["luquan", "xundian"])

        const replaced = await lines(cart, { replace: true, lines: [{ sku: XD_ERKUAI, quantity: 3 }] })
        expect(replaced.data.cart.items.map((i: { sku: string; quantity: number }) => [i.sku, i.quantity])).toEqual([[XD_ERKUAI, 3]])
      })

      it("answers 400 naming the field for a body that is no pad request", async () => {
        const cart = await freshCart()
        for (const body of [{}, { lines: [] }, { lines: [{ sku: XD_RIBS, quantity: 1, colour: "red" }] }, { lines: "x" }]) {
          const res = await lines(cart, body)
          expect(res.status, JSON.stringify(body)).toBe(400)
          expect(res.data.message).toMatch(/lines|colour/)
        }
      })
    })

    describe("the upload report", () => {
      const csv = [
        "商品编码/SKU,数量,要求送达日期,收货食堂",
        `${XD_RIBS},40,2999-03-01,一号食堂`,
        "NOT-A-SKU,5,,",
        `${LQ_GOAT},30,,二号食堂`,
        `${LQ_NOODLES},abc,,`,
        `${XD_JERKY},12,,`,
      ].join("\n")

      async function upload(body: Buffer, name: string) {
        const form = new FormData()
        form.append("file", new Blob([new Uint8Array(body)]), name)
        return call(api.post("/store/institution/pad/check", form, purchaser()))
      }

      function expectTwoBadRows(res: Res) {
        expect(res.status).toBe(200)
        expect(res.data).toMatchObject({ ok: false, errors: 2 })
        const bad = res.data.rows.filter((r: { ok: boolean }) => !r.ok)
        expect(bad.map((r: { row: number; reason: string }) => [r.row, r.reason])).toEqual([
          [3, "unknown_sku"],
          [5, "not_a_number"],
        ])
        const good = res.data.rows.find((r: { row: number }) => r.row === 2)
        expect(good).toMatchObject({ ok: true, sku: XD_RIBS, quantity: 40, requested_delivery_date: "2999-03-01", canteen: "一号食堂", variant: { unit_price: 158 } })
      }

      it("checks a CSV row by row, naming the two bad rows by their numbers, without touching the cart", async () => {
        const cart = await freshCart()
        const before = (await api.get(`/store/institution/carts/${cart}`, purchaser())).data.cart.items
        expectTwoBadRows(await upload(Buffer.from(csv, "utf8"), "pad.csv"))
        expect((await api.get(`/store/institution/carts/${cart}`, purchaser())).data.cart.items).toEqual(before)
      })

      it("checks an XLSX the same way", async () => {
        const workbook = new ExcelJS.Workbook()
        const sheet = workbook.addWorksheet("批量下单")
        for (const line of csv.split("\n")) sheet.addRow(line.split(",").map((v) => (/^\d+$/.test(v) ? Number(v) : v)))
        expectTwoBadRows(await upload(Buffer.from(await workbook.xlsx.writeBuffer()), "pad.xlsx"))
      })

      it("refuses a file without the SKU column, or no file, with 400 naming the file", async () => {
        const res = await upload(Buffer.from("名称,数量\n牛干巴,1", "utf8"), "pad.csv")
        expect(res.status).toBe(400)
        expect(res.data.message).toMatch(/^file: .*商品编码\/SKU/)
        const none = await call(api.post("/store/institution/pad/check", new FormData(), purchaser()))
        expect(none.status).toBe(400)
        expect(none.data.message).toMatch(/^file/)
      })

      it("offers the template as CSV and XLSX with the Chinese headers", async () => {
        const headers = PAD_TEMPLATE_COLUMNS.map((c) => c.header)
        const csvFile = await api.get("/store/institution/pad/template?format=csv", purchaser())
        expect(String(csvFile.data).replace(/^\ufeff/, "").trim()).toBe(headers.join(","))
        const xlsx = await api.get("/store/institution/pad/template?format=xlsx", { ...purchaser(), responseType: "arraybuffer" })
        const workbook = new ExcelJS.Workbook()
        await workbook.xlsx.load(xlsx.data)
        expect((workbook.worksheets[0]!.getRow(1).values as unknown[]).slice(1)).toEqual(headers)
      })
    })

    describe("submitting, approval and counting", () => {
      it("places an order at or below ¥5,000 at once", async () => {
        const cart = await freshCart()
        await lines(cart, { replace: true, lines: [{ sku: XD_ERKUAI, quantity: 10 }] })
        const placed = waitSubscribersExecution("order.placed", getContainer().resolve(Modules.EVENT_BUS))
        const res = await api.post(`/store/institution/carts/${cart}/submit`, {}, purchaser())
        await placed
        expect(res.data.status).toBe("placed")
        expect(res.data.order.by_county).toEqual([{ county_handle: "xundian", county_name: "寻甸回族彝族自治县", amount: 168 }])
        const orders = await api.get("/store/institution/orders", approver())
        expect(orders.data.orders.map((o: { id: string }) => o.id)).toContain(res.data.order.id)
        // counted toward the reserved share (寻甸's agreement too)
        expect((await api.get("/store/institution/dashboard", approver())).data.reserved_share.counted).toBeCloseTo(168, 2)
      })

      it("gives back what an order bought, by SKU and quantity, for 再来一单 (any member of the institution)", async () => {
        const cart = await freshCart()
        await lines(cart, { replace: true, lines: [{ sku: XD_ERKUAI, quantity: 12 }, { sku: LQ_NOODLES, quantity: 6 }] })
        const placed = waitSubscribersExecution("order.placed", getContainer().resolve(Modules.EVENT_BUS))
        const order = (await api.post(`/store/institution/carts/${cart}/submit`, {}, purchaser())).data.order
        await placed
        const res = await api.get(`/store/institution/orders/${order.id}/lines`, approver())
        expect(res.data).toMatchObject({ order_id: order.id, display_id: order.display_id })
        expect(res.data.lines.map((l: { sku: string; quantity: number }) => [l.sku, l.quantity]).sort()).toEqual([
          [LQ_NOODLES, 6],
          [XD_ERKUAI, 12],
        ])
        expect(res.data.lines[0].product_title).toBeTruthy()
        const bad = await call(api.get(`/store/institution/orders/${order.id}/lines?fields=*customer`, purchaser()))
        expect(bad.status).toBe(400)
      })

      it("compares the approval threshold with the goods (商品金额), not the total with shipping: ¥5,000.00 of goods is placed at once, one more item waits", async () => {
        const cart = await freshCart()
        // ¥56 + 34 × ¥138 + 15 × ¥16.8 = ¥5,000.00 of goods, exactly the threshold; shipping comes on top
        const put = await lines(cart, {
          replace: true,
          lines: [
            { sku: XD_JERKY, quantity: 1 },
            { sku: LQ_GOAT, quantity: 34 },
            { sku: XD_ERKUAI, quantity: 15 },
          ],
        })
        // the cart has its delivery from the start: home delivery's ¥10 below the bulk rule's amount
        expect(put.data.cart).toMatchObject({ item_total: 5000, shipping_total: 10, total: 5010, needs_approval: false })
        const placed = waitSubscribersExecution("order.placed", getContainer().resolve(Modules.EVENT_BUS))
        const res = await api.post(`/store/institution/carts/${cart}/submit`, {}, purchaser())
        await placed
        expect(res.data.status).toBe("placed")
        expect(res.data.order.item_total).toBe(5000)
        expect(res.data.order.shipping_total).toBeGreaterThan(0)
        expect(res.data.order.total).toBeCloseTo(5000 + res.data.order.shipping_total, 2)
        expect(res.data.order.total).toBeGreaterThan(5000)

        // one more ¥16.8 of goods: above the threshold, it waits for an approver
        const next = await freshCart()
        const more = await lines(next, {
          replace: true,
          lines: [
            { sku: XD_JERKY, quantity: 1 },
            { sku: LQ_GOAT, quantity: 34 },
            { sku: XD_ERKUAI, quantity: 16 },
          ],
        })
        expect(more.data.cart).toMatchObject({ item_total: 5016.8, needs_approval: true })
        const waits = await api.post(`/store/institution/carts/${next}/submit`, {}, purchaser())
        expect(waits.data).toMatchObject({ status: "pending_approval", approval: { amount: 5016.8, item_total: 5016.8 } })
      })

      it("freezes an order above ¥5,000 until approved, on every route; the approver (never the requester) places it; each county's lines count toward its agreement, once; cancelling takes them back", async () => {
        const cart = await freshCart()
        const put = await lines(cart, {
          replace: true,
          lines: [
            { sku: XD_RIBS, quantity: 30 }, // ¥4,740
            { sku: XD_JERKY, quantity: 20 }, // ¥1,120
            { sku: LQ_GOAT, quantity: 40 }, // ¥5,520
            { sku: "DONGCHUAN-RICE-NOODLES-1", quantity: 10 }, // no agreement with 东川: reserved share only
          ],
        })
        expect(put.status).toBe(200)
        const county = Object.fromEntries(put.data.cart.by_county.map((c: { county_handle: string; amount: number }) => [c.county_handle, c.amount]))
        expect(county).toMatchObject({ xundian: 5860, luquan: 5520 })
        const before = await agreementsOf()

        const submitted = await api.post(`/store/institution/carts/${cart}/submit`, {}, purchaser())
        expect(submitted.data).toMatchObject({ status: "pending_approval", approval: { status: "pending", requested_by: { email: PURCHASER.email } } })
        const approvalId = submitted.data.approval.id as string
        expect(submitted.data.approval.amount).toBeGreaterThan(5000)
        // the cart shows its delivery before submit: free, ¥11,380 of goods is above the bulk rule's amount
        expect(put.data.cart).toMatchObject({ shipping_total: 0, total: put.data.cart.item_total, needs_approval: true })
        // the approver sees what will be charged: the goods (the figure compared with the threshold), shipping
        // (free: ¥11,380 of goods is above home delivery's bulk rule, HOME_DELIVERY.free_from), total
        const asked = submitted.data.approval
        expect(asked.item_total).toBeCloseTo(put.data.cart.item_total, 2)
        expect(asked.amount).toBeCloseTo(asked.item_total, 2)
        expect(asked.item_total).toBeGreaterThanOrEqual(HOME_DELIVERY.free_from)
        expect(asked.shipping_total).toBe(0)
        expect(asked.total).toBeCloseTo(asked.item_total, 2)

        // frozen: the portal and Medusa's own cart routes refuse every change and the checkout
        const item = (await api.get(`/store/institution/carts/${cart}`, purchaser())).data.cart.items[0]
        const attempts = [
          call(api.post(`/store/institution/carts/${cart}/lines`, { lines: [{ sku: XD_ERKUAI, quantity: 1 }] }, purchaser())),
          call(api.post(`/store/institution/carts/${cart}/submit`, {}, purchaser())),
          call(api.post(`/store/carts/${cart}/line-items`, { variant_id: item.variant_id, quantity: 1 }, purchaser())),
          call(api.post(`/store/carts/${cart}/line-items/${item.id}`, { quantity: 1 }, purchaser())),
          call(api.delete(`/store/carts/${cart}/line-items/${item.id}`, purchaser())),
          call(api.post(`/store/carts/${cart}`, { email: "other@portal.test" }, purchaser())),
          call(api.post(`/store/carts/${cart}/complete`, {}, purchaser())),
        ]
        for (const res of await Promise.all(attempts)) {
          expect(res.status).toBe(409)
          expect(res.data.message).toMatch(/等待审批.*waiting for approval/)
        }
        // and so do the cart workflows themselves (their hooks), whoever runs them
        await expect(addToCartWorkflow(getContainer()).run({ input: { cart_id: cart, items: [{ variant_id: item.variant_id, quantity: 1 }] } })).rejects.toThrow(/waiting for approval/)
        await expect(completeCartWorkflow(getContainer()).run({ input: { id: cart } })).rejects.toThrow(/waiting for approval/)
        const still = (await api.get(`/store/institution/carts/${cart}`, purchaser())).data.cart
        expect(still).toMatchObject({ frozen: true, approval: { id: approvalId, status: "pending" } })
        expect(still.items.find((i: { id: string }) => i.id === item.id).quantity).toBe(item.quantity)

        // the approver sees it; someone who submitted it cannot approve it
        const pending = await api.get("/store/institution/approvals?status=pending", approver())
        expect(pending.data.approvals.map((a: { id: string }) => a.id)).toContain(approvalId)
        expect(pending.data.approvals.find((a: { id: string }) => a.id === approvalId)).toMatchObject({
          item_total: asked.item_total,
          shipping_total: asked.shipping_total,
          total: asked.total,
        })
        // and what it would order, line by line: each product, quantity and price the purchaser put in (both may read it)
        const detail = await api.get(`/store/institution/approvals/${approvalId}`, approver())
        expect(detail.data.approval).toMatchObject({ id: approvalId, status: "pending", lines: 4 })
        const bySku = Object.fromEntries(detail.data.items.map((i: { sku: string; quantity: number }) => [i.sku, i.quantity]))
        expect(bySku).toEqual({ [XD_RIBS]: 30, [XD_JERKY]: 20, [LQ_GOAT]: 40, "DONGCHUAN-RICE-NOODLES-1": 10 })
        expect(detail.data.items.find((i: { sku: string }) => i.sku === XD_RIBS)).toMatchObject({ unit_price: 158, total: 4740, county_handle: "xundian" })
        const linesTotal = detail.data.items.reduce((sum: number, i: { total: number }) => sum + i.total, 0)
        expect(linesTotal).toBeCloseTo(asked.item_total, 2)
        expect((await api.get(`/store/institution/approvals/${approvalId}`, purchaser())).data.items).toHaveLength(4)
        expect((await call(api.get(`/store/institution/approvals/${approvalId}?expand=items`, approver()))).status).toBe(400)

        const both = await register("self-approver@portal.test")
        await api.post(`/admin/institutions/${school}/buyers`, { customer_id: both.id, roles: ["purchaser", "approver"] }, admin)
        const ownCart = await freshCart(as(both.token))
        await lines(ownCart, { lines: [{ sku: XD_RIBS, quantity: 40 }] }, as(both.token))
        const own = await api.post(`/store/institution/carts/${ownCart}/submit`, {}, as(both.token))
        const self = await call(api.post(`/store/institution/approvals/${own.data.approval.id}/approve`, {}, as(both.token)))
        expect(self.status).toBe(403)
        expect(self.data.message).toMatch(/自己提交.*you submitted/)

        // approval places the order; order.placed counts it per county
        const bus = getContainer().resolve(Modules.EVENT_BUS)
        const placed = waitSubscribersExecution("order.placed", bus)
        const approved = await api.post(`/store/institution/approvals/${approvalId}/approve`, { note: "同意" }, approver())
        await placed
        expect(approved.data.approval).toMatchObject({ status: "approved", note: "同意", decided_by: { email: APPROVER.email } })
        expect(approved.data.approval.decided_at).toBeTruthy()
        const orderId = approved.data.order.id as string
        expect(approved.data.approval.order_id).toBe(orderId)

        const after = await agreementsOf()
        expect(after.xundian! - before.xundian!).toBeCloseTo(5860, 2)
        expect(after.luquan! - before.luquan!).toBeCloseTo(5520, 2)
        expect(after.jinning).toBe(before.jinning)
        const dashboard = (await api.get("/store/institution/dashboard", approver())).data
        const dongchuan = approved.data.order.by_county.find((c: { county_handle: string }) => c.county_handle === "dongchuan").amount
        // Medusa's test runner restores the database before every test: the ¥168 order of the test above is not here
        expect(dashboard.reserved_share.counted).toBeCloseTo(5860 + 5520 + dongchuan, 2)
        expect(dashboard.reserved_share.target).toBe(1_200_000)
        expect(dashboard.agreements.find((a: { county_handle: string }) => a.county_handle === "xundian")).toMatchObject({ county_name: "寻甸回族彝族自治县" })
        expect(dashboard.recent_orders.map((o: { id: string }) => o.id)).toContain(orderId)

        // a replayed order.placed counts nothing twice
        for (let i = 0; i < 2; i++) {
          const replay = waitSubscribersExecution("order.placed", bus)
          await bus.emit({ name: "order.placed", data: { id: orderId } })
          await replay
        }
        expect(await agreementsOf()).toEqual(after)

        // cancelling the order takes its amounts back
        const cancelled = waitSubscribersExecution("order.canceled", bus)
        await api.post(`/admin/orders/${orderId}/cancel`, {}, admin)
        await cancelled
        const back = await agreementsOf()
        expect(back.xundian).toBeCloseTo(before.xundian!, 2)
        expect(back.luquan).toBeCloseTo(before.luquan!, 2)
        const dashboardAfter = (await api.get("/store/institution/dashboard", approver())).data
        expect(dashboardAfter.reserved_share.counted).toBeCloseTo(0, 2)
      })

      it("rejects only with a note; the cart opens again and the purchaser sees why", async () => {
        const cart = await freshCart()
        await lines(cart, { replace: true, lines: [{ sku: XD_RIBS, quantity: 40 }] })
        const submitted = await api.post(`/store/institution/carts/${cart}/submit`, {}, purchaser())
        const id = submitted.data.approval.id as string
        const noNote = await call(api.post(`/store/institution/approvals/${id}/reject`, {}, approver()))
        expect(noNote.status).toBe(400)
        expect(noNote.data.message).toMatch(/note/)
        const rejected = await api.post(`/store/institution/approvals/${id}/reject`, { note: "数量过多，请减半" }, approver())
        expect(rejected.data.approval).toMatchObject({ status: "rejected", note: "数量过多，请减半" })
        const again = await call(api.post(`/store/institution/approvals/${id}/approve`, {}, approver()))
        expect(again.status).toBe(400)
        expect(again.data.message).toMatch(/already decided/)

        const seen = (await api.get(`/store/institution/carts/${cart}`, purchaser())).data.cart
        expect(seen).toMatchObject({ frozen: false, approval: { status: "rejected", note: "数量过多，请减半" } })
        const fixed = await lines(cart, { replace: true, lines: [{ sku: XD_RIBS, quantity: 35 }] }) // ¥5,530
        expect(fixed.status).toBe(200)
        // still above the threshold: the cart cannot be completed around the approval, even ready to pay
        const pc = (await api.post("/store/payment-collections", { cart_id: cart }, purchaser())).data.payment_collection
        await api.post(`/store/payment-collections/${pc.id}/payment-sessions`, { provider_id: "pp_system_default" }, purchaser())
        const around = await call(api.post(`/store/carts/${cart}/complete`, {}, purchaser()))
        expect(JSON.stringify(around.data)).toMatch(/需审批人批准|need an approver/)
      })
    })

    describe("canteens and the order's delivery", () => {
      it("lets the admin keep the canteens' delivery addresses, every member read them, and names the bad field", async () => {
        const created = await addCanteen()
        expect(created.status).toBe(201)
        expect(created.data.canteen).toMatchObject({ ...CANTEEN, institution_id: school, county_name: "官渡区" })
        const id = created.data.canteen.id as string
        await addCanteen({ ...CANTEEN, name: "第二食堂", county_handle: "chenggong", contact_phone: "0871-65123456" })
        for (const who of [purchaser(), approver(), schoolAdmin()]) {
          const list = await api.get("/store/institution/canteens", who)
          expect(list.data.canteens.map((c: { name: string }) => c.name)).toEqual(["第一食堂", "第二食堂"])
        }
        // writes are the admin's
        for (const who of [purchaser(), approver()]) {
          expect((await addCanteen(CANTEEN, who)).status).toBe(403)
          expect((await call(api.post(`/store/institution/canteens/${id}`, { name: "改名" }, who))).status).toBe(403)
          expect((await call(api.delete(`/store/institution/canteens/${id}`, who))).status).toBe(403)
        }
        // 400 naming the field
        const bad: Array<[Record<string, unknown>, RegExp]> = [
          [{ ...CANTEEN, contact_phone: "12345" }, /contact_phone/],
          [{ ...CANTEEN, county_handle: "chaoyang" }, /county_handle/],
          [{ ...CANTEEN, address: "" }, /address/],
          [{ ...CANTEEN, name: undefined }, /name/],
          [{ ...CANTEEN, colour: "red" }, /colour/],
        ]
        for (const [body, field] of bad) {
          const res = await addCanteen(body)
          expect(res.status, JSON.stringify(body)).toBe(400)
          expect(res.data.message).toMatch(field)
        }
        const renamed = await api.post(`/store/institution/canteens/${id}`, { name: "第一食堂（北校区）", address: "示例路01号 北校区" }, schoolAdmin())
        expect(renamed.data.canteen).toMatchObject({ name: "第一食堂（北校区）", address: "示例路01号 北校区", contact_name: "李师傅" })
        const removed = await api.delete(`/store/institution/canteens/${id}`, schoolAdmin())
        expect(removed.data).toEqual({ id, deleted: true })
        expect((await api.get("/store/institution/canteens", purchaser())).data.canteens.map((c: { name: string }) => c.name)).toEqual(["第二食堂"])
        expect((await call(api.post(`/store/institution/canteens/${id}`, { name: "又来" }, schoolAdmin()))).status).toBe(404)
      })

      it("tells the pad what delivery its running total will cost before there is a cart: the bulk rule's fee below the amount, free from it, to the canteen chosen", async () => {
        const canteen = (await addCanteen()).data.canteen.id as string
        const estimate = (query: string, headers: Headers = purchaser()) => call(api.get(`/store/institution/pad/delivery?${query}`, headers))
        const below = await estimate(`item_total=${HOME_DELIVERY.free_from - 0.01}&canteen_id=${canteen}`)
        expect(below.status).toBe(200)
        // and from what amount it would be free: the purchaser is one fen short
        expect(below.data.delivery).toEqual({
          name: expect.any(String),
          shipping_total: HOME_DELIVERY.fee,
          cheaper_from: { item_total: HOME_DELIVERY.free_from, shipping_total: 0 },
        })
        const free = (await estimate(`item_total=${HOME_DELIVERY.free_from}&canteen_id=${canteen}`)).data.delivery
        expect(free).toMatchObject({ shipping_total: 0, cheaper_from: null })
        // no canteen chosen yet: to the institution's own address, same rule
        expect((await estimate("item_total=120")).data.delivery.shipping_total).toBe(HOME_DELIVERY.fee)
        // the cart it becomes pays what the pad said
        const cart = await freshCart()
        const shown = (await lines(cart, { replace: true, lines: [{ sku: XD_RIBS, quantity: 2 }] })).data.cart // ¥316
        expect(shown.shipping_total).toBe(HOME_DELIVERY.fee)
        expect((await estimate(`item_total=${shown.item_total}&canteen_id=${canteen}`)).data.delivery.shipping_total).toBe(shown.shipping_total)
        // 400 naming the field; the purchaser's alone (an approver does not build orders)
        for (const [query, field] of [
          ["", /item_total/],
          ["item_total=abc", /item_total/],
          ["item_total=-1", /item_total/],
          [`item_total=10&canteen_id=${canteen}&colour=red`, /colour/],
          ["item_total=10&canteen_id=icanteen_none", /canteen_id/],
        ] as const) {
          const res = await estimate(query)
          expect(res.status, query).toBe(400)
          expect(res.data.message, query).toMatch(field)
        }
        expect((await estimate("item_total=10", approver())).status).toBe(403)
      })

      it("sends the order to the chosen canteen on a date from today to 60 days ahead; the approval card, the order and its metadata say where and when", async () => {
        const canteen = (await addCanteen()).data.canteen
        const cart = await freshCart()
        await lines(cart, { replace: true, lines: [{ sku: XD_RIBS, quantity: 40 }] }) // ¥6,320: needs an approver
        // with canteens on file, an order must say which one and when
        const blind = await call(api.post(`/store/institution/carts/${cart}/submit`, {}, purchaser()))
        expect(blind.status).toBe(400)
        expect(blind.data.message).toMatch(/canteen_id/)

        const delivery = (body: Record<string, unknown>) => call(api.post(`/store/institution/carts/${cart}/delivery`, body, purchaser()))
        for (const [date, why] of [
          [inDays(-1), /不能早于今天/],
          [inDays(61), /60 天/],
          ["2026-02-30", /无效/],
          ["明天", /无效/],
        ] as const) {
          const res = await delivery({ canteen_id: canteen.id, requested_delivery_date: date })
          expect(res.status, date).toBe(400)
          expect(res.data.message).toMatch(/requested_delivery_date/)
          expect(res.data.message).toMatch(why)
        }
        expect((await delivery({ canteen_id: "instcan_nope", requested_delivery_date: inDays(3) })).data.message).toMatch(/canteen_id/)
        expect((await call(api.post(`/store/institution/carts/${cart}/delivery`, { canteen_id: canteen.id, requested_delivery_date: inDays(3) }, approver()))).status).toBe(403)

        expect((await delivery({ canteen_id: canteen.id, requested_delivery_date: inDays(60) })).status).toBe(200)
        const set = await delivery({ canteen_id: canteen.id, requested_delivery_date: inDays(3) })
        expect(set.status).toBe(200)
        const expected = {
          canteen_id: canteen.id,
          canteen: "第一食堂",
          address: "昆明市官渡区示例路01号 学校北门",
          contact: "李师傅 13987100001",
          requested_delivery_date: inDays(3),
        }
        expect(set.data.cart.delivery).toEqual(expected)

        const submitted = await api.post(`/store/institution/carts/${cart}/submit`, {}, purchaser())
        expect(submitted.data).toMatchObject({ status: "pending_approval", approval: { delivery: expected } })
        const card = (await api.get("/store/institution/approvals?status=pending", approver())).data.approvals.find(
          (a: { id: string }) => a.id === submitted.data.approval.id
        )
        expect(card.delivery).toEqual(expected)

        const approved = await api.post(`/store/institution/approvals/${submitted.data.approval.id}/approve`, {}, approver())
        expect(approved.data.order.delivery).toEqual(expected)
        const listed = (await api.get("/store/institution/orders", purchaser())).data.orders.find((o: { id: string }) => o.id === approved.data.order.id)
        expect(listed.delivery).toEqual(expected)
        // what a supplier's view reads: the order's metadata and its shipping address
        const order = (await api.get(`/admin/orders/${approved.data.order.id}?fields=metadata,shipping_address.*`, admin)).data.order
        expect(order.metadata).toMatchObject({
          [INSTITUTION_DELIVERY_METADATA.canteen]: "第一食堂",
          [INSTITUTION_DELIVERY_METADATA.requested_delivery_date]: inDays(3),
          [INSTITUTION_DELIVERY_METADATA.address]: "昆明市官渡区示例路01号 学校北门",
        })
        expect(order.shipping_address).toMatchObject({ first_name: "李师傅", phone: "13987100001", address_1: "官渡区示例路01号 学校北门", address_2: "第一食堂", city: "昆明市" })
      })
    })

    describe("another institution's member and a plain shopper", () => {
      it("get 404 for this institution's carts and approvals, 403 on every portal route, and nothing of ours", async () => {
        // our records: a placed order, a cart and a pending approval of 示例01
        const placedCart = await freshCart()
        await lines(placedCart, { replace: true, lines: [{ sku: XD_ERKUAI, quantity: 2 }] })
        const placed = waitSubscribersExecution("order.placed", getContainer().resolve(Modules.EVENT_BUS))
        const order = (await api.post(`/store/institution/carts/${placedCart}/submit`, {}, purchaser())).data.order.id as string
        await placed
        const cart = await freshCart()
        await lines(cart, { replace: true, lines: [{ sku: XD_RIBS, quantity: 40 }] })
        const approval = (await api.post(`/store/institution/carts/${cart}/submit`, {}, purchaser())).data.approval.id as string
        const openCart = await api.post("/store/institution/carts", {}, purchaser()) // the frozen one is returned
        expect(openCart.data.cart.id).toBe(cart)

        // another approved institution with a member holding every role
        const first17 = "12530100MC8880001"
        const other = (
          await api.post(
            "/admin/institutions",
            { name: "昆明市某测试医院（门户）", credit_code: first17 + creditCodeCheckChar(first17), kind: "hospital", contact_name: "联系人（测试）", contact_phone: "0871-60000001", address: "昆明市盘龙区 测试路2号" },
            admin
          )
        ).data.institution
        await api.post(`/admin/institutions/${other.id}/approve`, {}, admin)
        const stranger = await register("other-member@portal.test")
        await api.post(`/admin/institutions/${other.id}/buyers`, { customer_id: stranger.id, roles: ["admin", "purchaser", "approver"] }, admin)
        const shopper = await register("just-shopping@portal.test")

        const routes = routesOf("institution")
        expect(routes.length).toBeGreaterThanOrEqual(13)
        const canteen = (await addCanteen()).data.canteen.id as string
        const ribs = (await api.get(`/store/institution/pad/variants?sku=${XD_RIBS}`, purchaser())).data.variants[0].variant_id as string
        const list = (await api.post("/store/institution/lists", { name: "每周食堂肉类", lines: [{ variant_id: ribs, quantity: 2 }] }, purchaser())).data.list.id as string
        const quote = (await api.post("/store/institution/quotes", { lines: [{ variant_id: ribs, quantity: 2 }] }, purchaser())).data.quote.id as string
        // a statement's :month names no record: a stranger reads its own institution's month (checked below for none of ours)
        const isStatement = (path: string) => path.startsWith("/store/institution/statements")
        const params = (path: string) => ({
          month: statementMonthOf(new Date()),
          id: path.startsWith("/store/institution/approvals")
            ? approval
            : path.startsWith("/store/institution/canteens")
              ? canteen
              : path.startsWith("/store/institution/lists")
                ? list
              : path.startsWith("/store/institution/quotes")
                ? quote
              : path.startsWith("/store/institution/orders")
                ? order
                : cart,
        })
        const leaks: string[] = []
        for (const route of routes) {
          const url = fillPath(route, params(route.path))
          const send = (h: Headers) =>
            route.method === "GET"
              ? call(api.get(url, h))
              : route.method === "DELETE"
                ? call(api.delete(url, h))
                : call(api.post(url, route.path.startsWith("/store/institution/members/") ? { roles: ["purchaser"] } : { lines: [{ sku: XD_ERKUAI, quantity: 1 }], note: "x" }, h))
          const theirs = await send(as(stranger.token))
          const names = route.params.length > 0 && !isStatement(route.path)
          if (names && theirs.status !== 404) leaks.push(`member of another institution: ${route.method} ${url} → ${theirs.status}`)
          if (JSON.stringify(theirs.data ?? "").includes(school)) leaks.push(`member of another institution: ${route.method} ${url} shows 示例01`)
          const plain = await send(as(shopper.token))
          if (plain.status !== 403) leaks.push(`plain shopper: ${route.method} ${url} → ${plain.status}`)
          if (JSON.stringify(plain.data ?? "").includes(school)) leaks.push(`plain shopper: ${route.method} ${url} shows 示例01`)
        }
        expect(leaks).toEqual([])
        // their own lists hold nothing of ours
        expect((await api.get("/store/institution/approvals", as(stranger.token))).data.approvals).toEqual([])
        expect((await api.get("/store/institution/canteens", as(stranger.token))).data.canteens).toEqual([])
        expect((await api.get("/store/institution/lists", as(stranger.token))).data.lists).toEqual([])
        // our canteen is not theirs to ship to either
        const theirCart = (await api.post("/store/institution/carts", {}, as(stranger.token))).data.cart.id
        const borrowed = await call(api.post(`/store/institution/carts/${theirCart}/delivery`, { canteen_id: canteen, requested_delivery_date: kunmingToday() }, as(stranger.token)))
        expect(borrowed.status).toBe(404)
        expect((await call(api.get(`/store/institution/pad/delivery?item_total=100&canteen_id=${canteen}`, as(stranger.token)))).status).toBe(404)
        expect((await api.get("/store/institution/canteens", purchaser())).data.canteens.map((c: { id: string }) => c.id)).toEqual([canteen])
        expect((await api.get("/store/institution/orders", as(stranger.token))).data.orders).toEqual([])
        // and nothing changed on our side
        expect((await api.get(`/store/institution/carts/${cart}`, purchaser())).data.cart).toMatchObject({ frozen: true, approval: { id: approval, status: "pending" } })
      })
    })
  },
})
