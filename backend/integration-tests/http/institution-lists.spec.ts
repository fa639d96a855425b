import { demoIntegrationTestRunner } from "../helpers/demo-runner"
import { TestEventUtils } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createCartWorkflow } from "@medusajs/medusa/core-flows"
import { LIST_LIMIT_MESSAGES, MAX_LIST_LINES, MAX_LISTS_PER_INSTITUTION } from "@fupin/shared"
import { DEMO_MEMBER_PASSWORD, DEMO_MEMBERS, DEMO_PURCHASER_MONTHLY_BUDGET } from "../../src/scripts/demo/institution-members"
import { INSTITUTION_MODULE } from "../../src/modules/institution"
import type InstitutionModuleService from "../../src/modules/institution/service"
import { institutionActors } from "../helpers/institution-orders"
import { call } from "../helpers/shopping"

// Issue 10: an institution's reusable lists (常用清单) and each purchaser's monthly budget (月度预算),
// cumulative over the Beijing calendar month and enforced by the server on every path to an order.

const { waitSubscribersExecution } = TestEventUtils
type Headers = { headers: Record<string, string> }

const [PURCHASER, APPROVER, ADMIN] = DEMO_MEMBERS as [(typeof DEMO_MEMBERS)[0], (typeof DEMO_MEMBERS)[0], (typeof DEMO_MEMBERS)[0]]

// demo SKUs (src/scripts/demo/certified-catalogue-data.ts), certified and on sale
const XD_RIBS = "XUNDIAN-BEEF-RIBS-1" // ¥158
const XD_ERKUAI = "XUNDIAN-ERKUAI-1" // ¥16.8
const LQ_NOODLES = "LUQUAN-KONJAC-NOODLES-1" // ¥19.9

demoIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: Headers
    let admin: Headers
    let actors: Awaited<ReturnType<typeof institutionActors>>
    let school = ""
    let purchaserMember = ""
    const tokens: Record<string, string> = {}
    const variantOf: Record<string, string> = {}
    const as = (token?: string): Headers => ({ headers: { ...store.headers, ...(token ? { authorization: `Bearer ${token}` } : {}) } })
    const purchaser = () => as(tokens[PURCHASER.email])
    const approver = () => as(tokens[APPROVER.email])
    const schoolAdmin = () => as(tokens[ADMIN.email])
    const login = async (email: string, password = DEMO_MEMBER_PASSWORD) =>
      (await api.post("/auth/customer/emailpass", { email, password })).data.token as string

    const saveList = (body: unknown, headers: Headers = purchaser()) => call(api.post("/store/institution/lists", body, headers))
    const setBudget = (monthly_budget: number | null, headers: Headers = schoolAdmin()) =>
      call(api.post(`/store/institution/members/${purchaserMember}`, { monthly_budget }, headers))
    const myBudget = async () => (await api.get("/store/institution/dashboard", purchaser())).data.my_budget

    /** The purchaser's open institution cart holding exactly these lines. */
    async function cartWith(lines: Array<{ sku: string; quantity: number }>) {
      const cart = (await api.post("/store/institution/carts", {}, purchaser())).data.cart.id as string
      const put = await call(api.post(`/store/institution/carts/${cart}/lines`, { replace: true, lines }, purchaser()))
      expect(put.status).toBe(200)
      return cart
    }
    /**
     * A second open institution cart of the purchaser beside a frozen one (the portal offers one cart
     * at a time; the store API lets a purchaser open more), as the newest it is the one the portal returns.
     */
    async function secondCart(like: string) {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({
        entity: "cart",
        fields: ["region_id", "sales_channel_id", "email", "customer_id", "metadata", "shipping_address.first_name", "shipping_address.company", "shipping_address.address_1", "shipping_address.city", "shipping_address.province", "shipping_address.postal_code", "shipping_address.country_code", "shipping_address.phone"],
        filters: { id: like },
      })
      const c = data[0] as unknown as { region_id: string; sales_channel_id: string; email: string; customer_id: string; metadata: Record<string, unknown>; shipping_address: Record<string, string> }
      const { result } = await createCartWorkflow(getContainer()).run({
        input: { region_id: c.region_id, currency_code: "cny", sales_channel_id: c.sales_channel_id, email: c.email, customer_id: c.customer_id, metadata: c.metadata, shipping_address: c.shipping_address },
      })
      return result.id
    }
    const submit = (cart: string) => call(api.post(`/store/institution/carts/${cart}/submit`, {}, purchaser()))
    async function placed(lines: Array<{ sku: string; quantity: number }>) {
      const cart = await cartWith(lines)
      const counted = waitSubscribersExecution("order.placed", getContainer().resolve(Modules.EVENT_BUS))
      const res = await submit(cart)
      expect(res.status).toBe(200)
      expect(res.data.status).toBe("placed")
      await counted
      return res.data.order as { id: string; display_id: number; item_total: number }
    }

    beforeAll(async () => {
      actors = await institutionActors(api, getContainer())
      ;({ store, admin } = actors)
      for (const m of DEMO_MEMBERS) tokens[m.email] = await login(m.email)
      const me = (await api.get("/store/institution/me", purchaser())).data
      school = me.institution.id
      purchaserMember = me.member.id
      const { variants } = (await api.get(`/store/institution/pad/variants?sku=${[XD_RIBS, XD_ERKUAI, LQ_NOODLES].join(",")}`, purchaser())).data
      for (const v of variants as Array<{ sku: string; variant_id: string }>) variantOf[v.sku] = v.variant_id
    })

    describe("常用清单 (reusable lists)", () => {
      it("saves the pad's lines as a list (the same SKU twice added up), gives it to every member, and lets purchasers and admins rename, replace and delete it", async () => {
        const saved = await saveList({
          name: "  每周食堂蔬菜 ",
          lines: [
            { variant_id: variantOf[XD_RIBS], quantity: 3 },
            { variant_id: variantOf[XD_ERKUAI], quantity: 20 },
            { variant_id: variantOf[XD_RIBS], quantity: 1 },
          ],
        })
        expect(saved.status).toBe(201)
        const list = saved.data.list
        expect(list).toMatchObject({ name: "每周食堂蔬菜", institution_id: school, created_by: { email: PURCHASER.email } })
        expect(list.lines.map((l: { sku: string; quantity: number }) => [l.sku, l.quantity])).toEqual([
          [XD_RIBS, 4],
          [XD_ERKUAI, 20],
        ])
        expect(list.lines[0].title).toMatch(/排骨|牛/)

        // names are unique within the institution, and the refusal says so
        const twice = await saveList({ name: "每周食堂蔬菜", lines: [{ variant_id: variantOf[XD_ERKUAI], quantity: 1 }] })
        expect(twice.status).toBe(400)
        expect(twice.data.message).toBe(LIST_LIMIT_MESSAGES.taken("每周食堂蔬菜"))

        // approvers read; they may not write (403 naming the roles that may)
        const read = await api.get("/store/institution/lists", approver())
        expect(read.data.lists.map((l: { id: string }) => l.id)).toEqual([list.id])
        expect((await api.get(`/store/institution/lists/${list.id}`, approver())).data.list.lines).toHaveLength(2)
        const refused = await call(api.post(`/store/institution/lists/${list.id}`, { name: "审批人改的" }, approver()))
        expect(refused.status).toBe(403)
        expect(refused.data.message).toMatch(/「采购员」或「管理员」.*purchaser or admin/)
        expect((await call(api.delete(`/store/institution/lists/${list.id}`, approver()))).status).toBe(403)

        // the admin renames it and replaces its lines; the purchaser deletes it
        const renamed = await api.post(`/store/institution/lists/${list.id}`, { name: "周一蔬菜" }, schoolAdmin())
        expect(renamed.data.list).toMatchObject({ id: list.id, name: "周一蔬菜" })
        expect(renamed.data.list.lines).toHaveLength(2)
        const replaced = await api.post(`/store/institution/lists/${list.id}`, { lines: [{ variant_id: variantOf[LQ_NOODLES], quantity: 12 }] }, purchaser())
        expect(replaced.data.list.lines.map((l: { sku: string; quantity: number }) => [l.sku, l.quantity])).toEqual([[LQ_NOODLES, 12]])
        expect(replaced.data.list.name).toBe("周一蔬菜")
        // a second list may not take the first one's name by a rename either
        const other = (await saveList({ name: "周三肉类", lines: [{ variant_id: variantOf[XD_RIBS], quantity: 2 }] })).data.list
        const clash = await call(api.post(`/store/institution/lists/${other.id}`, { name: "周一蔬菜" }, purchaser()))
        expect(clash.status).toBe(400)
        expect(clash.data.message).toMatch(/^name: /)

        const gone = await api.delete(`/store/institution/lists/${list.id}`, purchaser())
        expect(gone.data).toEqual({ id: list.id, object: "institution_list", deleted: true })
        expect((await call(api.get(`/store/institution/lists/${list.id}`, purchaser()))).status).toBe(404)
        // its name is free again
        expect((await saveList({ name: "周一蔬菜", lines: [{ variant_id: variantOf[XD_ERKUAI], quantity: 1 }] })).status).toBe(201)
      })

      it("saves an order of the institution as a list, at the order's quantities; a product taken off sale since is still named", async () => {
        const order = await placed([
          { sku: XD_ERKUAI, quantity: 12 },
          { sku: LQ_NOODLES, quantity: 6 },
        ])
        const saved = await saveList({ name: `订单 ${order.display_id}`, order_id: order.id }, schoolAdmin())
        expect(saved.status).toBe(201)
        expect(saved.data.list.lines.map((l: { sku: string; quantity: number }) => [l.sku, l.quantity]).sort()).toEqual([
          [LQ_NOODLES, 6],
          [XD_ERKUAI, 12],
        ])
        // the noodles go off sale: the list still names the line (the pad then says it cannot be bought)
        const p = (await api.get(`/admin/products?handle=luquan-konjac-noodles&fields=id`, admin)).data.products[0]
        await api.post(`/admin/products/${p.id}`, { status: "draft" }, admin)
        const again = (await api.get(`/store/institution/lists/${saved.data.list.id}`, purchaser())).data.list
        expect(again.lines.find((l: { sku: string }) => l.sku === LQ_NOODLES)).toMatchObject({ quantity: 6, title: expect.stringMatching(/\S/) })
        const pad = (await api.get(`/store/institution/pad/variants?sku=${LQ_NOODLES}`, purchaser())).data.variants[0]
        expect(pad).toMatchObject({ on_sale: false })
      })

      it("answers 400 naming the field for bad input, and states the limits: 500 lines, 50 lists", async () => {
        const line = { variant_id: variantOf[XD_ERKUAI], quantity: 1 }
        const cases: Array<[unknown, RegExp]> = [
          [{ name: "   ", lines: [line] }, /name: 清单名称必填/],
          [{ name: "菜".repeat(41), lines: [line] }, /name: 清单名称最多 40 个字/],
          [{ name: "空清单", lines: [] }, /^lines: 常用清单至少要有一行/],
          [{ name: "零", lines: [{ ...line, quantity: 0 }] }, /lines, 0, quantity|quantity/],
          [{ name: "小数", lines: [{ ...line, quantity: 1.5 }] }, /quantity/],
          [{ name: "不存在", lines: [line, { variant_id: "variant_nope", quantity: 2 }] }, /lines\.1\.variant_id: 第 2 行的商品不存在/],
          [{ name: "二选一", lines: [line], order_id: "order_x" }, /^Invalid request: lines: .*one of them|lines: /],
          [{ name: "多余", lines: [line], owner: "x" }, /owner/],
          [{ lines: [line] }, /name/],
        ]
        for (const [body, message] of cases) {
          const res = await saveList(body)
          expect([res.status, res.data.message]).toEqual([400, expect.stringMatching(message)])
        }
        const tooMany = await saveList({ name: "太长", lines: Array.from({ length: MAX_LIST_LINES + 1 }, (_, i) => ({ variant_id: variantOf[i % 2 ? XD_RIBS : XD_ERKUAI], quantity: 1 })) })
        expect(tooMany.status).toBe(400)
        expect(tooMany.data.message).toBe(LIST_LIMIT_MESSAGES.lines)
        expect((await saveList({ name: "刚好", lines: Array.from({ length: MAX_LIST_LINES }, () => line) })).data.list.lines).toEqual([
          expect.objectContaining({ quantity: MAX_LIST_LINES }),
        ])

        // 49 more lists (written straight to the module to save time), then the 51st is refused
        const service = getContainer().resolve<InstitutionModuleService>(INSTITUTION_MODULE)
        await service.createInstitutionLists(
          Array.from({ length: MAX_LISTS_PER_INSTITUTION - 1 }, (_, i) => ({ institution_id: school, name: `清单${i}`, lines: [] as never, created_by: "cus_x" }))
        )
        const over = await saveList({ name: "第51个", lines: [line] })
        expect(over.status).toBe(400)
        expect(over.data.message).toBe(LIST_LIMIT_MESSAGES.lists)
      })

      it("is the institution's own: another institution's member gets 404 for it and cannot save our order; a plain shopper gets 403", async () => {
        const order = await placed([{ sku: XD_ERKUAI, quantity: 2 }])
        const list = (await saveList({ name: "本校清单", lines: [{ variant_id: variantOf[XD_ERKUAI], quantity: 2 }] })).data.list
        const them = await actors.otherInstitutionMember()
        for (const res of [
          await call(api.get(`/store/institution/lists/${list.id}`, them)),
          await call(api.post(`/store/institution/lists/${list.id}`, { name: "偷来的" }, them)),
          await call(api.delete(`/store/institution/lists/${list.id}`, them)),
          await call(api.post("/store/institution/lists", { name: "偷单", order_id: order.id }, them)),
        ]) {
          expect(res.status).toBe(404)
          expect(JSON.stringify(res.data)).not.toContain(school)
        }
        expect((await api.get("/store/institution/lists", them)).data.lists).toEqual([])
        const shopper = await actors.register("plain-shopper@lists.test")
        expect((await call(api.get("/store/institution/lists", shopper.headers))).status).toBe(403)
        // nothing changed on our side
        expect((await api.get(`/store/institution/lists/${list.id}`, purchaser())).data.list).toMatchObject({ name: "本校清单" })
      })
    })

    describe("月度预算 (a purchaser's monthly budget)", () => {
      it("is set by the institution's admin only (null: none), 400 naming the field for a bad amount; the demo purchaser has ¥500,000", async () => {
        const members = (await api.get("/store/institution/members", schoolAdmin())).data.members
        expect(members.find((m: { id: string }) => m.id === purchaserMember).monthly_budget).toBe(DEMO_PURCHASER_MONTHLY_BUDGET)
        expect(await myBudget()).toMatchObject({ monthly_budget: DEMO_PURCHASER_MONTHLY_BUDGET, spent: 0, remaining: DEMO_PURCHASER_MONTHLY_BUDGET })
        for (const bad of [-1, 1.234, 200_000_000]) {
          const res = await setBudget(bad)
          expect([res.status, res.data.message]).toEqual([400, expect.stringMatching(/monthly_budget/)])
        }
        expect((await call(api.post(`/store/institution/members/${purchaserMember}`, { monthly_budget: "lots" }, schoolAdmin()))).status).toBe(400)
        expect((await setBudget(100, purchaser())).status).toBe(403)
        expect((await setBudget(100, approver())).status).toBe(403)
        const set = await setBudget(8000.5)
        expect(set.data.member).toMatchObject({ id: purchaserMember, roles: ["purchaser"], monthly_budget: 8000.5 })
        expect((await setBudget(null)).data.member.monthly_budget).toBeNull()
        expect(await myBudget()).toMatchObject({ monthly_budget: null, remaining: null })
        expect((await api.get("/store/institution/dashboard", approver())).data.my_budget).toBeNull()
      })

      it("refuses a submission over the month (placed and awaiting approval counted), naming the budget, what is spent and what is left; one under passes; an approval over it is refused too", async () => {
        await setBudget(6000)
        await placed([{ sku: XD_ERKUAI, quantity: 10 }]) // ¥168
        expect(await myBudget()).toMatchObject({ monthly_budget: 6000, spent: 168, remaining: 5832 })

        const big = await cartWith([{ sku: XD_RIBS, quantity: 40 }]) // ¥6,320
        const over = await submit(big)
        expect(over.status).toBe(400)
        expect(over.data.message).toContain("预算 ¥6,000.00，本月已用 ¥168.00（含待审批），剩余 ¥5,832.00，本单商品金额 ¥6,320.00")
        expect(over.data.message).toMatch(/left ¥5,832.00/)
        // the cart is untouched and open
        expect((await api.get(`/store/institution/carts/${big}`, purchaser())).data.cart).toMatchObject({ frozen: false, item_total: 6320 })

        // ¥5,530 fits (¥168 + ¥5,530 ≤ ¥6,000): above the approval amount, it waits, and already counts
        await api.post(`/store/institution/carts/${big}/lines`, { replace: true, lines: [{ sku: XD_RIBS, quantity: 35 }] }, purchaser())
        const waits = await submit(big)
        expect(waits.data.status).toBe("pending_approval")
        expect(await myBudget()).toMatchObject({ spent: 5698, remaining: 302 })
        const next = await secondCart(big)
        await api.post(`/store/institution/carts/${next}/lines`, { replace: true, lines: [{ sku: XD_ERKUAI, quantity: 20 }] }, purchaser()) // ¥336 > ¥302 left
        const refused = await submit(next)
        expect(refused.status).toBe(400)
        expect(refused.data.message).toContain("剩余 ¥302.00，本单商品金额 ¥336.00")

        // the admin lowers the budget: approving the waiting order would go over, so the approval is refused and stays pending
        await setBudget(5600)
        const approve = await call(api.post(`/store/institution/approvals/${waits.data.approval.id}/approve`, {}, approver()))
        expect(approve.status).toBe(400)
        expect(approve.data.message).toContain("预算 ¥5,600.00，本月已用 ¥168.00（含待审批），剩余 ¥5,432.00，本单商品金额 ¥5,530.00")
        const pending = (await api.get("/store/institution/approvals?status=pending", approver())).data.approvals
        expect(pending.map((a: { id: string }) => a.id)).toContain(waits.data.approval.id)
        // raised again, the approver places it
        await setBudget(6000)
        const ok = await call(api.post(`/store/institution/approvals/${waits.data.approval.id}/approve`, {}, approver()))
        expect(ok.status).toBe(200)
        expect(await myBudget()).toMatchObject({ spent: 5698, remaining: 302 })
      })

      it("cannot be got around by completing the cart directly (POST /store/carts/:id/complete)", async () => {
        await setBudget(100)
        const cart = await cartWith([{ sku: XD_ERKUAI, quantity: 10 }]) // ¥168
        const pc = (await api.post("/store/payment-collections", { cart_id: cart }, purchaser())).data.payment_collection
        await api.post(`/store/payment-collections/${pc.id}/payment-sessions`, { provider_id: "pp_system_default" }, purchaser())
        const around = await call(api.post(`/store/carts/${cart}/complete`, {}, purchaser()))
        expect(JSON.stringify(around.data)).toContain("超出本月采购预算：预算 ¥100.00，本月已用 ¥0.00（含待审批），剩余 ¥100.00，本单商品金额 ¥168.00")
        expect((await api.get("/store/institution/orders", purchaser())).data.orders).toEqual([])
      })

      it("frees what an order awaiting approval held once it is rejected or withdrawn", async () => {
        await setBudget(6000)
        const cart = await cartWith([{ sku: XD_RIBS, quantity: 35 }]) // ¥5,530, above the approval amount
        const first = (await submit(cart)).data.approval.id as string
        expect(await myBudget()).toMatchObject({ spent: 5530, remaining: 470 })
        await api.post(`/store/institution/approvals/${first}/reject`, { note: "本周不需要这么多" }, approver())
        expect(await myBudget()).toMatchObject({ spent: 0, remaining: 6000 })
        const again = (await submit(cart)).data.approval.id as string
        expect(await myBudget()).toMatchObject({ spent: 5530 })
        await api.post(`/store/institution/approvals/${again}/cancel`, {}, purchaser())
        expect(await myBudget()).toMatchObject({ spent: 0 })
      })

      it("frees a cancelled order's amount", async () => {
        await setBudget(400)
        const first = await placed([{ sku: XD_ERKUAI, quantity: 10 }]) // ¥168
        const cart = await cartWith([{ sku: XD_ERKUAI, quantity: 20 }]) // ¥336: ¥504 > ¥400
        expect((await submit(cart)).status).toBe(400)
        const cancelled = waitSubscribersExecution("order.canceled", getContainer().resolve(Modules.EVENT_BUS))
        await api.post(`/admin/orders/${first.id}/cancel`, {}, admin)
        await cancelled
        expect(await myBudget()).toMatchObject({ spent: 0, remaining: 400 })
        const res = await submit(cart)
        expect(res.status).toBe(200)
        expect(res.data.status).toBe("placed")
        expect(await myBudget()).toMatchObject({ spent: 336, remaining: 64 })
      })
    })
  },
})
