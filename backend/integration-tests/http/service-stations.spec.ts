import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { createApiKeysWorkflow, createUserAccountWorkflow } from "@medusajs/medusa/core-flows"
import { seedGeography } from "../../src/scripts/demo/geography"
import { DEMO_STATION_TOTAL, seedServiceStations } from "../../src/scripts/demo/service-stations"
import { GEOGRAPHY_MODULE } from "../../src/modules/geography"
import type GeographyModuleService from "../../src/modules/geography/service"

type Res = { status: number; data: any }
type Headers = { headers: Record<string, string> }
const failed = (e: { response?: Res }) => {
  if (!e.response) throw e
  return e.response
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let admin: Headers
    let store: Headers
    let keDu: { id: string }
    let keDuVillage: { id: string }
    let tongdu: { id: string }
    let delistedTownships: Array<{ id: string }> = []
    let delistedVillages = 0
    let n = 0

    const body = (over: Record<string, unknown> = {}) => ({
      name: `柯渡镇 测试服务站${++n}`,
      county_handle: "xundian",
      township_id: keDu.id,
      address: "寻甸县柯渡镇 测试路1号",
      opening_hours: "08:30-18:00",
      ...over,
    })

    beforeAll(async () => {
      const container = getContainer()
      await seedGeography(container)
      await seedServiceStations(container)
      const geo = container.resolve<GeographyModuleService>(GEOGRAPHY_MODULE)
      const counties = await geo.listCounties({ delisted_poverty_county: true })
      delistedTownships = await geo.listTownships({ county_id: counties.map((c) => c.id) }, { take: null })
      delistedVillages = (await geo.listVillages({ township_id: delistedTownships.map((t) => t.id) }, { take: null })).length
      const xundian = counties.find((c) => c.handle === "xundian")!
      const dongchuan = counties.find((c) => c.handle === "dongchuan")!
      ;[keDu] = (await geo.listTownships({ county_id: xundian.id, name: "柯渡镇" })) as unknown as [{ id: string }]
      ;[tongdu] = (await geo.listTownships({ county_id: dongchuan.id, name: "铜都街道" })) as unknown as [{ id: string }]
      ;[keDuVillage] = (await geo.listVillages({ township_id: keDu.id }, { take: 1 })) as unknown as [{ id: string }]

      const { result } = await createApiKeysWorkflow(container).run({
        input: { api_keys: [{ title: "test", type: "publishable", created_by: "test" }] },
      })
      store = { headers: { "x-publishable-api-key": result[0]!.token } }

      const email = "stations@fupin.test"
      const { authIdentity } = await container
        .resolve(Modules.AUTH)
        .register("emailpass", { body: { email, password: "secret-pass" } })
      await createUserAccountWorkflow(container).run({ input: { authIdentityId: authIdentity!.id, userData: { email } } })
      const login = await api.post("/auth/user/emailpass", { email, password: "secret-pass" })
      admin = { headers: { authorization: `Bearer ${login.data.token}` } }
    })

    describe("demo data", () => {
      it("has 363 stations covering every township of the three delisted counties and more than 60% of their villages", async () => {
        const all = await api.get("/admin/service-stations?limit=1", admin)
        expect(all.data.count).toBe(DEMO_STATION_TOTAL)
        const stations: Array<{ township_id: string; village_id: string | null; county_handle: string }> = []
        for (let offset = 0; offset < DEMO_STATION_TOTAL; offset += 100) {
          const page = await api.get(`/admin/service-stations?limit=100&offset=${offset}`, admin)
          stations.push(...page.data.service_stations)
        }
        expect(new Set(stations.map((s) => s.county_handle))).toEqual(new Set(["dongchuan", "luquan", "xundian"]))
        const covered = new Set(stations.map((s) => s.township_id))
        for (const t of delistedTownships) expect(covered.has(t.id)).toBe(true)
        const villages = new Set(stations.map((s) => s.village_id).filter(Boolean))
        expect(villages.size / delistedVillages).toBeGreaterThan(0.6)
        expect(stations.filter((s) => !s.village_id)).toHaveLength(delistedTownships.length)
        const townshipLevel = await api.get("/admin/service-stations?level=township&limit=1", admin)
        expect(townshipLevel.data.count).toBe(delistedTownships.length)
        const villageLevel = await api.get("/admin/service-stations?level=village&limit=1", admin)
        expect(villageLevel.data.count).toBe(DEMO_STATION_TOTAL - delistedTownships.length)
      })

      it("loading it twice adds nothing", async () => {
        await seedServiceStations(getContainer())
        const all = await api.get("/admin/service-stations?limit=1&q=服务站", admin)
        expect(all.data.count).toBe(DEMO_STATION_TOTAL)
      })
    })

    describe("GET /store/service-stations", () => {
      it("lists active stations of a county or township, paginated, with public fields only", async () => {
        const res = await api.get(`/store/service-stations?county_handle=xundian&township_id=${keDu.id}&limit=5`, store)
        expect(res.status).toBe(200)
        expect(res.data.count).toBeGreaterThan(5)
        expect(res.data).toMatchObject({ offset: 0, limit: 5 })
        expect(res.data.service_stations).toHaveLength(5)
        for (const s of res.data.service_stations) {
          expect(s).toMatchObject({ county_handle: "xundian", township_id: keDu.id, pickup_enabled: true })
          expect(s.name).toMatch(/^柯渡镇/)
          expect(s).not.toHaveProperty("is_active")
          expect(s).not.toHaveProperty("metadata")
        }
        const next = await api.get(`/store/service-stations?township_id=${keDu.id}&limit=5&offset=5`, store)
        const firstIds = new Set(res.data.service_stations.map((s: { id: string }) => s.id))
        for (const s of next.data.service_stations) expect(firstIds.has(s.id)).toBe(false)
      })

      it("searches by name or address with q", async () => {
        const res = await api.get(`/store/service-stations?q=${encodeURIComponent("铜都街道 第1服务站")}`, store)
        expect(res.data.service_stations.map((s: { township_id: string }) => s.township_id)).toEqual([tongdu.id])
      })

      it("never serves private fields; refuses unknown filters and callers without the publishable key", async () => {
        // fields outside the public list are dropped, not served
        const fields = await api.get("/store/service-stations?fields=id,metadata,is_active,created_at", store)
        for (const s of fields.data.service_stations) {
          expect(s.id).toEqual(expect.stringMatching(/^stn_/))
          expect(s).not.toHaveProperty("metadata")
          expect(s).not.toHaveProperty("is_active")
          expect(s).not.toHaveProperty("created_at")
        }
        const active = await api.get("/store/service-stations?is_active=false", store).catch(failed)
        expect(active.status, "is_active filter").toBe(400)
        const noKey = await api.get("/store/service-stations").catch(failed)
        expect(noKey.status, "no publishable key").toBe(400)
      })
    })

    describe("admin", () => {
      it("refuses anonymous callers", async () => {
        expect((await api.get("/admin/service-stations").catch(failed)).status).toBe(401)
        expect((await api.post("/admin/service-stations", {}).catch(failed)).status).toBe(401)
      })

      it("creates a village station, normalising its opening hours", async () => {
        const res = await api.post("/admin/service-stations", body({ village_id: keDuVillage.id }), admin)
        expect(res.status).toBe(201)
        expect(res.data.service_station).toMatchObject({
          id: expect.stringMatching(/^stn_/),
          opening_hours: "08:30–18:00",
          village_id: keDuVillage.id,
          phone: null,
          is_active: true,
        })
      })

      it("answers 400 naming the field for a township outside the county, a village outside the township, bad hours or a duplicate name", async () => {
        const township = await api.post("/admin/service-stations", body({ township_id: tongdu.id }), admin).catch(failed)
        expect(township.status).toBe(400)
        expect(township.data.message).toMatch(/township_id/)
        const county = await api.post("/admin/service-stations", body({ county_handle: "atlantis" }), admin).catch(failed)
        expect(county.data.message).toMatch(/county_handle/)
        const village = await api
          .post("/admin/service-stations", body({ county_handle: "dongchuan", township_id: tongdu.id, village_id: keDuVillage.id }), admin)
          .catch(failed)
        expect(village.status).toBe(400)
        expect(village.data.message).toMatch(/village_id/)
        const hours = await api.post("/admin/service-stations", body({ opening_hours: "18:00–08:00" }), admin).catch(failed)
        expect(hours.status).toBe(400)
        expect(hours.data.message).toMatch(/opening_hours/)
        const dup = await api.post("/admin/service-stations", body({ name: "柯渡镇 第1服务站" }), admin).catch(failed)
        expect(dup.status).toBe(400)
        expect(dup.data.message).toMatch(/name/)
      })

      it("filters by township and active flag; a deactivated station leaves the store list", async () => {
        const created = (await api.post("/admin/service-stations", body(), admin)).data.service_station
        const storeBefore = await api.get(`/store/service-stations?township_id=${keDu.id}&limit=100`, store)
        expect(storeBefore.data.service_stations.map((s: { id: string }) => s.id)).toContain(created.id)

        const off = await api.post(`/admin/service-stations/${created.id}/deactivate`, {}, admin)
        expect(off.data.service_station.is_active).toBe(false)

        const storeAfter = await api.get(`/store/service-stations?township_id=${keDu.id}&limit=100`, store)
        expect(storeAfter.data.service_stations.map((s: { id: string }) => s.id)).not.toContain(created.id)
        expect(storeAfter.data.count).toBe(storeBefore.data.count - 1)
        const inactive = await api.get(`/admin/service-stations?township_id=${keDu.id}&is_active=false`, admin)
        expect(inactive.data.service_stations.map((s: { id: string }) => s.id)).toContain(created.id)

        const back = await api.post(`/admin/service-stations/${created.id}`, { is_active: true, opening_hours: "09:00–17:00" }, admin)
        expect(back.data.service_station).toMatchObject({ is_active: true, opening_hours: "09:00–17:00" })
      })

      it("answers 404 for an unknown station", async () => {
        const res = await api.get("/admin/service-stations/stn_nope", admin).catch(failed)
        expect(res.status).toBe(404)
      })
    })
  },
})
