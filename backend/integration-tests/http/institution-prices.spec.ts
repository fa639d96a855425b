import { demoIntegrationTestRunner } from "../helpers/demo-runner"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { unitPriceAt, type PadVariantDTO } from "@fupin/shared"
import { DEMO_INSTITUTION_PRICES } from "../../src/scripts/demo/institution-prices"
import { ALL_INSTITUTIONS_GROUP_NAME } from "../../src/lib/institution/price-groups"
import { institutionActors } from "../helpers/institution-orders"
import { call, freshCreditCode } from "../helpers/shopping"

// Issue 10, institutional prices: Medusa price lists with a customer-group rule (every institution member, or one
// institution's members) and min_quantity breaks. The pad shows the price the cart charges at the line's
// quantity, and the order charges exactly that. Medusa's open tier bugs (e.g. medusajs/medusa#15994, #16463:
// price-list tiers not applied in the cart beside an override base price, or after a quantity change) are what
// the tier-boundary tests below pin down on our version (2.21.2).

type Headers = { headers: Record<string, string> }
const NOODLES = "DC-NOODLE-500" // retail ¥12.8; all institutions ¥11.5; 示例01 ¥11, from 50 ¥10.5
const BUCKWHEAT = "LQ-BUCKWHEAT-1000" // retail ¥19.9; all institutions ¥17.9; 示例01 from 50 ¥16.5

demoIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let actors: Awaited<ReturnType<typeof institutionActors>>
    let purchaser: Headers
    let other: Headers
    let school = ""

    const pad = async (headers: Headers, skus: string[]) => {
      const res = await api.get(`/store/institution/pad/variants?sku=${skus.join(",")}`, headers)
      return new Map((res.data.variants as PadVariantDTO[]).map((v) => [v.sku!, v]))
    }
    const groupsOf = async (customerId: string) => {
      const { data } = await getContainer().resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "customer", fields: ["groups.name"], filters: { id: customerId } })
      return ((data[0] as unknown as { groups: Array<{ name: string }> }).groups ?? []).map((g) => g.name).sort()
    }
    async function cartWith(headers: Headers, lines: Array<{ sku: string; quantity: number }>, replace = true) {
      const cart = (await api.post("/store/institution/carts", {}, headers)).data.cart.id as string
      const put = await call(api.post(`/store/institution/carts/${cart}/lines`, { replace, lines }, headers))
      expect(put.status).toBe(200)
      return (await api.post("/store/institution/carts", {}, headers)).data.cart as {
        id: string
        item_total: number
        items: Array<{ sku: string; quantity: number; unit_price: number; total: number }>
      }
    }
    const priceOf = (cart: { items: Array<{ sku: string; unit_price: number }> }, sku: string) => cart.items.find((i) => i.sku === sku)?.unit_price

    beforeAll(async () => {
      actors = await institutionActors(api, getContainer())
      purchaser = actors.purchaser
      other = await actors.otherInstitutionMember()
      school = (await api.get("/store/institution/me", purchaser)).data.institution.id
    })

    it("gives each institution its own customer group, linked to it, and every member both it and 机构采购客户", async () => {
      const me = (await api.get("/store/customers/me", purchaser)).data.customer.id as string
      expect(await groupsOf(me)).toEqual(
        ["机构：昆明市某中学（示例01）", ALL_INSTITUTIONS_GROUP_NAME].sort()
      )
      const otherCustomer = (await api.get("/store/customers/me", other)).data.customer.id
      expect(await groupsOf(otherCustomer)).toEqual(["机构：昆明市某测试医院（转账）", ALL_INSTITUTIONS_GROUP_NAME].sort())

      // the operator finds the lists that apply to the school: its own and the all-institutions one
      const found = await api.get(`/admin/institutions/${school}/price-lists`, actors.admin)
      expect(found.data.customer_groups.map((g: { scope: string }) => g.scope)).toEqual(["institution", "all_institutions"])
      expect(found.data.price_lists.map((l: { title: string; scope: string }) => [l.title, l.scope]).sort()).toEqual(
        [
          [DEMO_INSTITUTION_PRICES.all.title, "all_institutions"],
          [DEMO_INSTITUTION_PRICES.school01.title, "institution"],
        ].sort()
      )
      expect((await call(api.get(`/admin/institutions/${school}/price-lists?x=1`, actors.admin))).status).toBe(400)
      expect((await call(api.get(`/admin/institutions/inst_nope/price-lists`, actors.admin))).status).toBe(404)
    })

    it("shows the member's price and quantity breaks on the pad: the school's own, another institution's, retail", async () => {
      const mine = await pad(purchaser, [NOODLES, BUCKWHEAT])
      expect(mine.get(NOODLES)).toMatchObject({ unit_price: 11, price_tiers: [{ min_quantity: 1, unit_price: 11 }, { min_quantity: 50, unit_price: 10.5 }] })
      expect(mine.get(BUCKWHEAT)).toMatchObject({ unit_price: 17.9, price_tiers: [{ min_quantity: 1, unit_price: 17.9 }, { min_quantity: 50, unit_price: 16.5 }] })

      const theirs = await pad(other, [NOODLES, BUCKWHEAT])
      expect(theirs.get(NOODLES)).toMatchObject({ unit_price: 11.5, price_tiers: [{ min_quantity: 1, unit_price: 11.5 }] })
      expect(theirs.get(BUCKWHEAT)).toMatchObject({ unit_price: 17.9, price_tiers: [{ min_quantity: 1, unit_price: 17.9 }] })

      // a shopper who is no institution member pays retail
      const [region] = await getContainer().resolve(Modules.REGION).listRegions({ currency_code: "cny" })
      const retail = await api.get(`/store/products?handle=dongchuan-noodles&region_id=${region!.id}&fields=*variants.calculated_price`, actors.store)
      const variant = retail.data.products[0].variants.find((v: { sku: string }) => v.sku === NOODLES)
      expect(variant.calculated_price.calculated_amount).toBe(12.8)
    })

    it("charges in the cart exactly what the pad showed, at min_quantity − 1 and at min_quantity, also when a line grows to the break", async () => {
      const shown = await pad(purchaser, [NOODLES, BUCKWHEAT])
      let cart = await cartWith(purchaser, [
        { sku: NOODLES, quantity: 49 },
        { sku: BUCKWHEAT, quantity: 49 },
      ])
      expect(priceOf(cart, NOODLES)).toBe(11)
      expect(priceOf(cart, BUCKWHEAT)).toBe(17.9)
      expect(priceOf(cart, NOODLES)).toBe(unitPriceAt(shown.get(NOODLES)!, 49))

      // one more of each, added to the lines already there (the merged line is priced at its new quantity)
      cart = await cartWith(
        purchaser,
        [
          { sku: NOODLES, quantity: 1 },
          { sku: BUCKWHEAT, quantity: 1 },
        ],
        false
      )
      expect(cart.items.map((i) => [i.sku, i.quantity, i.unit_price]).sort()).toEqual(
        [
          [BUCKWHEAT, 50, 16.5],
          [NOODLES, 50, 10.5],
        ].sort()
      )
      // Medusa's own quantity change of a line (updateLineItemInCartWorkflow) re-prices it both ways too
      const line = (await api.get(`/store/carts/${cart.id}?fields=items.id,items.variant_sku`, purchaser)).data.cart.items.find(
        (i: { variant_sku: string }) => i.variant_sku === NOODLES
      )
      const down = await api.post(`/store/carts/${cart.id}/line-items/${line.id}?fields=items.id,items.unit_price,items.quantity`, { quantity: 49 }, purchaser)
      expect(down.data.cart.items.find((i: { id: string }) => i.id === line.id)).toMatchObject({ quantity: 49, unit_price: 11 })
      const up = await api.post(`/store/carts/${cart.id}/line-items/${line.id}?fields=items.id,items.unit_price,items.quantity`, { quantity: 50 }, purchaser)
      expect(up.data.cart.items.find((i: { id: string }) => i.id === line.id)).toMatchObject({ quantity: 50, unit_price: 10.5 })

      // and back under the break when the line shrinks
      cart = await cartWith(purchaser, [
        { sku: NOODLES, quantity: 49 },
        { sku: BUCKWHEAT, quantity: 50 },
      ])
      expect(priceOf(cart, NOODLES)).toBe(11)
      expect(priceOf(cart, BUCKWHEAT)).toBe(16.5)

      // the upload check reports each row at its own quantity's price
      const form = new FormData()
      form.append("file", new Blob([`商品编码/SKU,数量\n${NOODLES},49\n${BUCKWHEAT},50\n`], { type: "text/csv" }), "lines.csv")
      const checked = await api.post("/store/institution/pad/check", form, purchaser)
      expect(checked.data.rows.map((r: { variant: PadVariantDTO }) => r.variant.unit_price)).toEqual([11, 16.5])

      // another institution's member gets the all-institutions price at any quantity
      const theirs = await cartWith(other, [{ sku: NOODLES, quantity: 50 }])
      expect(priceOf(theirs, NOODLES)).toBe(11.5)
    })

    it("places the order at the cart's prices: cart total == order total == what the pad showed", async () => {
      const shown = await pad(purchaser, [NOODLES, BUCKWHEAT])
      const lines = [
        { sku: NOODLES, quantity: 60 },
        { sku: BUCKWHEAT, quantity: 30 },
      ]
      const padTotal = lines.reduce((sum, l) => sum + Math.round(unitPriceAt(shown.get(l.sku)!, l.quantity)! * 100 * l.quantity), 0) / 100
      expect(padTotal).toBe(60 * 10.5 + 30 * 17.9)
      const cart = await cartWith(purchaser, lines)
      expect(cart.item_total).toBe(padTotal)

      const submitted = await call(api.post(`/store/institution/carts/${cart.id}/submit`, {}, purchaser))
      expect(submitted.status).toBe(200)
      expect(submitted.data.status).toBe("placed")
      const { data } = await getContainer()
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({ entity: "order", fields: ["id", "item_total", "items.variant_sku", "items.unit_price", "items.quantity"], filters: { id: submitted.data.order.id } })
      const order = data[0] as unknown as { item_total: number; items: Array<{ variant_sku: string; unit_price: number; quantity: number }> }
      expect(Number(order.item_total)).toBe(padTotal)
      expect(order.items.map((i) => [i.variant_sku, Number(i.quantity), Number(i.unit_price)]).sort()).toEqual(
        [
          [BUCKWHEAT, 30, 17.9],
          [NOODLES, 60, 10.5],
        ].sort()
      )
    })

    it("takes a removed member out of the institution's groups: their prices are retail again", async () => {
      const member = await actors.register("leaver@prices.test")
      await api.post(`/admin/institutions/${school}/buyers`, { customer_id: member.id, roles: ["purchaser"] }, actors.admin)
      expect(await groupsOf(member.id)).toEqual(["机构：昆明市某中学（示例01）", ALL_INSTITUTIONS_GROUP_NAME].sort())
      expect((await pad(member.headers, [NOODLES])).get(NOODLES)?.unit_price).toBe(11)
      const [cny] = await getContainer().resolve(Modules.REGION).listRegions({ currency_code: "cny" })
      const asMember = await api.get(`/store/products?handle=dongchuan-noodles&region_id=${cny!.id}&fields=*variants.calculated_price`, member.headers)
      expect(asMember.data.products[0].variants.find((v: { sku: string }) => v.sku === NOODLES).calculated_price.calculated_amount).toBe(11)

      const buyers = (await api.get(`/admin/institutions/${school}`, actors.admin)).data.institution.buyers as Array<{ id: string; customer_id: string }>
      const buyer = buyers.find((b) => b.customer_id === member.id)!
      await api.delete(`/admin/institutions/${school}/buyers/${buyer.id}`, actors.admin)
      expect(await groupsOf(member.id)).toEqual([])
      const [region] = await getContainer().resolve(Modules.REGION).listRegions({ currency_code: "cny" })
      const shop = await api.get(`/store/products?handle=dongchuan-noodles&region_id=${region!.id}&fields=*variants.calculated_price`, member.headers)
      expect(shop.data.products[0].variants.find((v: { sku: string }) => v.sku === NOODLES).calculated_price.calculated_amount).toBe(12.8)
    })

    it("gives a newly registered institution its group at once, also when another one has the same name", async () => {
      const body = { name: "昆明市某同名小学（测试）", kind: "school", contact_name: "联系人（测试）", contact_phone: "0871-60000003", address: "昆明市五华区 测试路5号" }
      const first = await api.post("/admin/institutions", { ...body, credit_code: freshCreditCode() }, actors.admin)
      const second = await api.post("/admin/institutions", { ...body, credit_code: freshCreditCode() }, actors.admin)
      const lists = await Promise.all([first, second].map((r) => api.get(`/admin/institutions/${r.data.institution.id}/price-lists`, actors.admin)))
      const own = lists.map((l) => l.data.customer_groups.find((g: { scope: string }) => g.scope === "institution")?.name)
      expect(own[0]).toBe("机构：昆明市某同名小学（测试）")
      expect(own[1]).toMatch(/^机构：昆明市某同名小学（测试）（[0-9A-Z]{18}）$/)
      // the all-institutions list applies to them too
      expect(lists[1]!.data.price_lists.map((l: { title: string }) => l.title)).toEqual([DEMO_INSTITUTION_PRICES.all.title])

      const { data } = await getContainer().resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "institution", fields: ["name", "customer_group.name"], filters: {} })
      const rows = data as unknown as Array<{ name: string; customer_group?: { name: string } | null }>
      expect(rows.length).toBeGreaterThanOrEqual(22)
      expect(rows.filter((r) => !r.customer_group?.name.startsWith(`机构：${r.name}`))).toEqual([])
    })

    it("renames an institution's group with the institution, so its price lists stay with it under the new name", async () => {
      const before = await api.get(`/admin/institutions/${school}/price-lists`, actors.admin)
      const group = before.data.customer_groups.find((g: { scope: string }) => g.scope === "institution")
      expect(group.name).toBe("机构：昆明市某中学（示例01）")
      const renamed = await call(api.post(`/admin/institutions/${school}`, { name: "昆明市某中学（示例01，更名）" }, actors.admin))
      expect(renamed.status).toBe(200)
      const after = await api.get(`/admin/institutions/${school}/price-lists`, actors.admin)
      const same = after.data.customer_groups.find((g: { scope: string }) => g.scope === "institution")
      expect(same).toMatchObject({ id: group.id, name: "机构：昆明市某中学（示例01，更名）" })
      expect(after.data.price_lists.map((l: { title: string }) => l.title).sort()).toEqual(before.data.price_lists.map((l: { title: string }) => l.title).sort())
      // an edit that leaves the name alone leaves the group alone
      await api.post(`/admin/institutions/${school}`, { contact_name: "联系人（更换）" }, actors.admin)
      const me = (await api.get("/store/customers/me", purchaser)).data.customer.id as string
      expect(await groupsOf(me)).toEqual(["机构：昆明市某中学（示例01，更名）", ALL_INSTITUTIONS_GROUP_NAME].sort())
    })
  },
})
