import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { createApiKeysWorkflow } from "@medusajs/medusa/core-flows"
import { DEMO_POOR_VILLAGES, DEMO_TOWNSHIPS, DEMO_VILLAGE_TOTAL, seedGeography } from "../../src/scripts/demo/geography"
import { GEOGRAPHY_MODULE } from "../../src/modules/geography"
import type GeographyModuleService from "../../src/modules/geography/service"

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let headers: Record<string, string> = {}

    beforeAll(async () => {
      const container = getContainer()
      await seedGeography(container)
      const { result } = await createApiKeysWorkflow(container).run({
        input: { api_keys: [{ title: "test", type: "publishable", created_by: "test" }] },
      })
      headers = { "x-publishable-api-key": result[0]!.token }
    })

    it("lists Kunming's 14 county-level divisions with the three delisted poverty counties flagged", async () => {
      const res = await api.get("/store/counties?limit=50", { headers })
      expect(res.status).toBe(200)
      expect(res.data.count).toBe(14)
      expect(res.data.counties).toHaveLength(14)
      const delisted = res.data.counties
        .filter((c: { delisted_poverty_county: boolean }) => c.delisted_poverty_county)
        .map((c: { short_zh: string }) => c.short_zh)
      expect(delisted.sort()).toEqual(["东川", "寻甸", "禄劝"].sort())
      const xundian = res.data.counties.find((c: { handle: string }) => c.handle === "xundian")
      expect(xundian.showcase_industry_zh).toBe("肉牛产业")
      expect(xundian.townships.map((t: { name: string }) => t.name)).toContain("柯渡镇")
      expect(xundian.townships).toHaveLength(DEMO_TOWNSHIPS.xundian!.length)
    })

    it("filters to the delisted counties and paginates", async () => {
      const res = await api.get("/store/counties?delisted_poverty_county=true", { headers })
      expect(res.data.count).toBe(3)
      const page = await api.get("/store/counties?limit=5&offset=10", { headers })
      expect(page.data).toMatchObject({ count: 14, offset: 10, limit: 5 })
      expect(page.data.counties).toHaveLength(4)
    })

    it("answers 400 naming the parameter for unknown or malformed filters", async () => {
      const bad = await api.get("/store/counties?delisted_poverty_county=maybe", { headers }).catch((e: { response: unknown }) => e.response)
      expect(bad.status).toBe(400)
      expect(bad.data.message).toContain("delisted_poverty_county")
      const unknown = await api.get("/store/counties?population=1", { headers }).catch((e: { response: unknown }) => e.response)
      expect(unknown.status).toBe(400)
      expect(unknown.data.message).toContain("population")
    })

    it("holds the villages of the delisted counties, 189 of them poor villages, and seeding twice adds none", async () => {
      await seedGeography(getContainer())
      const geo = getContainer().resolve<GeographyModuleService>(GEOGRAPHY_MODULE)
      const [, total] = await geo.listAndCountVillages({}, { take: 1 })
      const [, poor] = await geo.listAndCountVillages({ is_poor: true }, { take: 1 })
      expect(total).toBe(DEMO_VILLAGE_TOTAL)
      expect(poor).toBe(DEMO_POOR_VILLAGES)
      const [, counties] = await geo.listAndCountCounties({}, { take: 1 })
      expect(counties).toBe(14)
    })

    it("resolves a place or names the field that is wrong", async () => {
      const geo = getContainer().resolve<GeographyModuleService>(GEOGRAPHY_MODULE)
      const [kedu] = await geo.listTownships({ name: "柯渡镇" })
      const place = await geo.resolvePlace({ county_handle: "xundian", township_id: kedu!.id })
      expect(place.township?.name).toBe("柯渡镇")
      await expect(geo.resolvePlace({ county_handle: "atlantis" })).rejects.toThrow(/county_handle/)
      await expect(geo.resolvePlace({ county_handle: "luquan", township_id: kedu!.id })).rejects.toThrow(/township_id/)
    })

    it("needs the publishable key", async () => {
      const res = await api.get("/store/counties").catch((e: { response: unknown }) => e.response)
      expect(res.status).toBe(400)
      expect(getContainer().resolve(Modules.API_KEY)).toBeDefined()
    })
  },
})
