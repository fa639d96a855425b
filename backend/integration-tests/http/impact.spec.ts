import { demoIntegrationTestRunner } from "../helpers/demo-runner"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { PROGRAMME_2020 } from "@fupin/shared"
import { IMPACT_MODULE } from "../../src/modules/impact"
import type ImpactModuleService from "../../src/modules/impact/service"
import { attributeOrderImpactWorkflow } from "../../src/workflows/impact/attribute-order"
import { adminHeaders, eventually, placeOrder, storeHeaders, variantId } from "../helpers/shopping"

type Bucket = { key: string; amount: number; orders: number; households: number; suppliers: number }

demoIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: { headers: Record<string, string> }
    let admin: { headers: Record<string, string> }
    let beefHouseholds = 0
    let noodleHouseholds = 0

    const ledger = () => getContainer().resolve<ImpactModuleService>(IMPACT_MODULE)
    const county = (buckets: Bucket[], key: string) => buckets.find((b) => b.key === key)

    beforeAll(async () => {
      const container = getContainer()
      store = await storeHeaders(container)
      admin = await adminHeaders(api)
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({
        entity: "product",
        fields: ["handle", "supplier.households_bound"],
        filters: { handle: ["xundian-dried-beef", "dongchuan-noodles"] },
      })
      const households = (handle: string) => {
        const p = data.find((d: { handle: string }) => d.handle === handle) as unknown as { supplier: { households_bound: number } | Array<{ households_bound: number }> }
        const s = Array.isArray(p.supplier) ? p.supplier[0] : p.supplier
        return s!.households_bound
      }
      beefHouseholds = households("xundian-dried-beef")
      noodleHouseholds = households("dongchuan-noodles")
    })

    it("publishes the 2020 programme figures as a labelled baseline, with an empty ledger before any sale", async () => {
      const res = await api.get("/store/impact", store)
      expect(res.status).toBe(200)
      expect(res.data.baseline).toMatchObject({ households_driven: 76_000, ecommerce_sales_cny: 889_000_000, linkage_coverage: 0.928 })
      expect(res.data.baseline.source_zh).toContain("昆明日报")
      expect(res.data.live.totals).toEqual({ amount: 0, orders: 0, households: 0, suppliers: 0 })
      expect(res.data.baseline).toEqual(PROGRAMME_2020)
    })

    // Medusa's test runner restores the seeded database before every test, so
    // each test places the orders it needs.
    const buy = async (lines: Array<[handle: string, variant: string, quantity: number]>) => {
      const resolved = await Promise.all(
        lines.map(async ([handle, title, quantity]) => ({ variant_id: await variantId(api, store, handle, title), quantity }))
      )
      return placeOrder(api, store, resolved)
    }
    const entriesOf = (orderId: string, count: number) =>
      eventually(
        () => ledger().listImpactEntries({ order_id: orderId }),
        (e) => e.length === count
      )

    describe("an order and what it did", () => {
      it("attributes each line to its supplier, county and the households linked to the supplier, once", async () => {
        const order = await buy([
          ["xundian-dried-beef", "250g", 2],
          ["dongchuan-noodles", "500g", 1],
        ])
        const entries = await entriesOf(order.id, 2)
        const beef = entries.find((e) => e.product_title === "寻甸牛干巴")!
        expect(beef).toMatchObject({ kind: "sale", county_handle: "xundian", quantity: 2, households: beefHouseholds })
        expect(Number(beef.amount)).toBe(136)
        expect(beef.supplier_id).toMatch(/^sup_/)
        expect(beef.certificate_number).toBeTruthy()
        expect(beef.product_kind).toBeTruthy()

        const res = await api.get("/store/impact", store)
        const xundian = county(res.data.live.by_county, "xundian")!
        expect(xundian).toMatchObject({ amount: 136, orders: 1, households: beefHouseholds, suppliers: 1 })
        expect(county(res.data.live.by_county, "dongchuan")).toMatchObject({ amount: 12.8, households: noodleHouseholds })
        expect(res.data.live.totals).toMatchObject({ amount: 148.8, orders: 1, households: beefHouseholds + noodleHouseholds })

        // order.placed delivered again: nothing changes
        await attributeOrderImpactWorkflow(getContainer()).run({ input: { order_id: order.id } })
        expect(await ledger().listImpactEntries({ order_id: order.id })).toHaveLength(2)
      })

      it("counts a supplier's households once across several orders", async () => {
        const first = await buy([["xundian-dried-beef", "250g", 2]])
        const second = await buy([["xundian-dried-beef", "500g", 1]])
        await entriesOf(first.id, 1)
        await entriesOf(second.id, 1)
        const summary = await ledger().summarize({ county_handle: "xundian" })
        expect(summary.totals).toMatchObject({ amount: 264, orders: 2, households: beefHouseholds, suppliers: 1 })
      })

      it("reverses the impact of a canceled order without rewriting history", async () => {
        const order = await buy([
          ["xundian-dried-beef", "250g", 2],
          ["dongchuan-noodles", "500g", 1],
        ])
        await entriesOf(order.id, 2)
        const res = await api.post(`/admin/orders/${order.id}/cancel`, {}, admin)
        expect(res.status).toBe(200)
        const entries = await entriesOf(order.id, 4)
        expect(entries.filter((e) => e.kind === "sale")).toHaveLength(2)
        expect(entries.filter((e) => e.kind === "reversal").map((e) => Number(e.amount)).sort()).toEqual([-136, -12.8].sort())
        const summary = await ledger().summarize({ order_id: order.id })
        expect(summary.totals).toEqual({ amount: 0, orders: 0, households: 0, suppliers: 0 })
        expect((await ledger().summarize({ county_handle: "dongchuan" })).totals.households).toBe(0)
      })
    })

    describe("operators' view", () => {
      it("totals by county, supplier, product kind and month", async () => {
        const order = await buy([["xundian-dried-beef", "500g", 1]])
        await entriesOf(order.id, 1)
        const res = await api.get("/admin/impact", admin)
        expect(res.status).toBe(200)
        expect(res.data.by_county.map((b: Bucket) => b.key)).toContain("xundian")
        expect(res.data.by_supplier[0].key).toMatch(/^sup_/)
        expect(res.data.by_supplier[0].label).toBeTruthy()
        expect(res.data.by_kind.length).toBeGreaterThan(0)
        expect(res.data.by_month[0].key).toMatch(/^\d{4}-\d{2}$/)
        expect(res.data.totals.amount).toBe(128)
      })

      it("filters by date range and names a malformed parameter", async () => {
        const empty = await api.get("/admin/impact?from=2019-01-01&to=2019-12-31", admin)
        expect(empty.data.totals.amount).toBe(0)
        const bad = await api.get("/admin/impact?from=yesterday", admin).catch((e: { response: unknown }) => e.response)
        expect(bad.status).toBe(400)
        expect(bad.data.message).toContain("from")
        const backwards = await api.get("/admin/impact?from=2026-02-01&to=2026-01-01", admin).catch((e: { response: unknown }) => e.response)
        expect(backwards.status).toBe(400)
        expect(backwards.data.message).toContain("to")
      })

      it("is not readable without an admin login, and the store view refuses unknown parameters", async () => {
        const anon = await api.get("/admin/impact").catch((e: { response: unknown }) => e.response)
        expect(anon.status).toBe(401)
        const bad = await api.get("/store/impact?supplier_id=sup_1", store).catch((e: { response: unknown }) => e.response)
        expect(bad.status).toBe(400)
        expect(bad.data.message).toContain("supplier_id")
      })
    })
  },
})
