import { demoIntegrationTestRunner } from "../helpers/demo-runner"
import { Modules } from "@medusajs/framework/utils"
import seedDemo, { DEMO_ADMIN, STOREFRONT_KEY_TITLE } from "../../src/scripts/seed-demo"
import { CERTIFIED_PRODUCT_TOTAL } from "../../src/scripts/demo/certified-catalogue"

demoIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let publishableKey = ""
    const store = () => ({ headers: { "x-publishable-api-key": publishableKey } })

    beforeAll(async () => {
      const container = getContainer()
      const apiKeys = await container.resolve(Modules.API_KEY).listApiKeys({ title: STOREFRONT_KEY_TITLE })
      publishableKey = apiKeys[0]!.token
    })

    describe("GET /health", () => {
      it("answers 200 so load balancers and `npm start` know the backend is up", async () => {
        const res = await api.get("/health")
        expect(res.status).toBe(200)
      })
    })

    describe("demo data", () => {
      it("sells in CNY in the region 中国 (cn)", async () => {
        const res = await api.get("/store/regions", store())
        expect(res.status).toBe(200)
        const cn = res.data.regions.find((r: { currency_code: string }) => r.currency_code === "cny")
        expect(cn).toMatchObject({ name: "中国" })
        expect(cn.countries.map((c: { iso_2: string }) => c.iso_2)).toContain("cn")
      })

      it("sells exactly the 126 certified products, each with its county of origin and a ¥ price", async () => {
        const regions = await api.get("/store/regions", store())
        const regionId = regions.data.regions[0].id
        const res = await api.get(
          `/store/products?limit=200&region_id=${regionId}&fields=handle,title,+metadata,*variants.calculated_price`,
          store()
        )
        expect(CERTIFIED_PRODUCT_TOTAL).toBe(126)
        expect(res.data.count).toBe(CERTIFIED_PRODUCT_TOTAL)
        const beef = res.data.products.find((p: { handle: string }) => p.handle === "xundian-dried-beef")
        expect(beef.title).toBe("寻甸牛干巴")
        expect(beef.metadata).toMatchObject({ county_handle: "xundian", township: "柯渡镇", demo: true })
        const prices = beef.variants.map(
          (v: { calculated_price: { calculated_amount: number; currency_code: string } }) => v.calculated_price
        )
        expect(prices).toContainEqual(expect.objectContaining({ calculated_amount: 68, currency_code: "cny" }))
        const counties = new Set(res.data.products.map((p: { metadata: { county_handle: string } }) => p.metadata.county_handle))
        for (const delisted of ["dongchuan", "xundian", "luquan"]) expect(counties).toContain(delisted)
      })

      it("is idempotent: loading it twice adds nothing", async () => {
        await seedDemo({ container: getContainer(), args: [] })
        const res = await api.get("/store/products?limit=1", store())
        expect(res.data.count).toBe(CERTIFIED_PRODUCT_TOTAL)
        const keys = await getContainer().resolve(Modules.API_KEY).listApiKeys({ title: STOREFRONT_KEY_TITLE })
        expect(keys).toHaveLength(1)
      })

      it("creates the demo admin login, which can sign in to the admin API", async () => {
        const login = await api.post("/auth/user/emailpass", DEMO_ADMIN)
        expect(login.status).toBe(200)
        const me = await api.get("/admin/users/me", { headers: { authorization: `Bearer ${login.data.token}` } })
        expect(me.data.user.email).toBe(DEMO_ADMIN.email)
      })
    })

    describe("store routes", () => {
      it("refuse callers without the publishable key", async () => {
        const res = await api.get("/store/products").catch((e: { response: unknown }) => e.response)
        expect(res.status).toBe(400)
      })

      it("refuse admin routes to anonymous callers", async () => {
        const res = await api.get("/admin/products").catch((e: { response: unknown }) => e.response)
        expect(res.status).toBe(401)
      })
    })
  },
})
