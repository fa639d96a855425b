import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createApiKeysWorkflow, createUserAccountWorkflow } from "@medusajs/medusa/core-flows"
import { creditCodeCheckChar } from "@fupin/shared"
import { seedGeography } from "../../src/scripts/demo/geography"
import { DEMO_SUPPLIER_FIGURES, pickDemoSupplier, seedSuppliers } from "../../src/scripts/demo/suppliers"
import { GEOGRAPHY_MODULE } from "../../src/modules/geography"
import type GeographyModuleService from "../../src/modules/geography/service"
import { SUPPLIER_MODULE } from "../../src/modules/supplier"

/** A valid 统一社会信用代码 for test number n (GB 32100-2015 check character). */
const code = (n: number) => {
  const first17 = `93530129MA${String(n).padStart(7, "0")}`
  return first17 + creditCodeCheckChar(first17)
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- HTTP bodies are checked by the assertions
type Res = { status: number; data: any }
const failed = (e: { response?: Res }) => {
  if (!e.response) throw e
  return e.response
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let admin: { headers: Record<string, string> }
    let store: { headers: Record<string, string> }
    let keDu: { id: string }
    let poorVillage: { id: string }
    let n = 0

    const body = (over: Record<string, unknown> = {}) => ({
      legal_name: `寻甸县柯渡镇肉牛养殖专业合作社（测试${++n}）`,
      credit_code: code(n),
      type: "cooperative",
      county_handle: "xundian",
      township_id: keDu.id,
      contact_name: "张三",
      contact_phone: "0871-62000000",
      households_bound: 40,
      people_bound: 150,
      mechanisms: ["employment", "purchase_contract"],
      ...over,
    })
    const create = async (over: Record<string, unknown> = {}) =>
      (await api.post("/admin/suppliers", body(over), admin)).data.supplier as { id: string; status: string }
    const approved = async (over: Record<string, unknown> = {}) => {
      const s = await create(over)
      await api.post(`/admin/suppliers/${s.id}/approve`, {}, admin)
      return s
    }

    beforeAll(async () => {
      const container = getContainer()
      await seedGeography(container)
      const geo = container.resolve<GeographyModuleService>(GEOGRAPHY_MODULE)
      const [xundian] = await geo.listCounties({ handle: "xundian" })
      keDu = (await geo.listTownships({ county_id: xundian!.id, name: "柯渡镇" }))[0]!
      poorVillage = (await geo.listVillages({ township_id: keDu.id, is_poor: true }, { take: 1 }))[0]!

      const { result } = await createApiKeysWorkflow(container).run({
        input: { api_keys: [{ title: "test", type: "publishable", created_by: "test" }] },
      })
      store = { headers: { "x-publishable-api-key": result[0]!.token } }

      const email = "reviewer@fupin.test"
      const { authIdentity } = await container
        .resolve(Modules.AUTH)
        .register("emailpass", { body: { email, password: "secret-pass" } })
      await createUserAccountWorkflow(container).run({ input: { authIdentityId: authIdentity!.id, userData: { email } } })
      const login = await api.post("/auth/user/emailpass", { email, password: "secret-pass" })
      admin = { headers: { authorization: `Bearer ${login.data.token}` } }
    })

    describe("POST /admin/suppliers", () => {
      it("registers a supplier pending review, with its place and household linkage", async () => {
        const res = await api.post("/admin/suppliers", body({ village_id: poorVillage.id, is_key: true }), admin)
        expect(res.status).toBe(201)
        expect(res.data.supplier).toMatchObject({
          id: expect.stringMatching(/^sup_/),
          status: "pending",
          county_handle: "xundian",
          township_id: keDu.id,
          village_id: poorVillage.id,
          is_key: true,
          households_bound: 40,
          people_bound: 150,
          mechanisms: ["employment", "purchase_contract"],
          contact_phone: "0871-62000000",
        })
      })

      it("stores the credit code upper-case, however it was typed", async () => {
        const c = code(900)
        const res = await api.post("/admin/suppliers", body({ credit_code: ` ${c.toLowerCase()} ` }), admin)
        expect(res.data.supplier.credit_code).toBe(c)
      })

      it("refuses a credit code with a wrong check character, naming credit_code", async () => {
        const good = code(901)
        const bad = good.slice(0, 17) + (good[17] === "0" ? "1" : "0")
        const res = await api.post("/admin/suppliers", body({ credit_code: bad }), admin).catch(failed)
        expect(res.status).toBe(400)
        expect(res.data.message).toMatch(/^credit_code: .*check character/)
      })

      it("refuses a credit code that is too short", async () => {
        const res = await api.post("/admin/suppliers", body({ credit_code: "9153" }), admin).catch(failed)
        expect(res.status).toBe(400)
        expect(res.data.message).toMatch(/credit_code: .*18 characters/)
      })

      it("refuses a credit code already registered to another supplier", async () => {
        const first = (await api.post("/admin/suppliers", body(), admin)).data.supplier
        const again = await api.post("/admin/suppliers", body({ credit_code: first.credit_code }), admin).catch(failed)
        expect(again.status).toBe(400)
        expect(again.data.message).toMatch(/^credit_code: .* already registered .*/)
        expect(again.data.message).toContain(first.id)
      })

      it("refuses an unknown county and a township from another county", async () => {
        const county = await api.post("/admin/suppliers", body({ county_handle: "atlantis", township_id: null }), admin).catch(failed)
        expect(county.status).toBe(400)
        expect(county.data.message).toMatch(/^county_handle: unknown county/)
        const township = await api.post("/admin/suppliers", body({ county_handle: "luquan" }), admin).catch(failed)
        expect(township.status).toBe(400)
        expect(township.data.message).toMatch(/^township_id: /)
      })

      it("refuses more households than people, unknown fields and unknown types", async () => {
        const people = await api.post("/admin/suppliers", body({ households_bound: 10, people_bound: 5 }), admin).catch(failed)
        expect(people.status).toBe(400)
        expect(people.data.message).toMatch(/^people_bound: /)
        const extra = await api.post("/admin/suppliers", body({ status: "approved" }), admin).catch(failed)
        expect(extra.status).toBe(400)
        expect(extra.data.message).toMatch(/status/)
        const type = await api.post("/admin/suppliers", body({ type: "bank" }), admin).catch(failed)
        expect(type.status).toBe(400)
        expect(type.data.message).toMatch(/type/)
      })

      it("writes nothing when validation fails", async () => {
        const before = (await api.get("/admin/suppliers?limit=1", admin)).data.count
        await api.post("/admin/suppliers", body({ county_handle: "atlantis", township_id: null }), admin).catch(failed)
        expect((await api.get("/admin/suppliers?limit=1", admin)).data.count).toBe(before)
      })
    })

    describe("review status machine", () => {
      it("approves a pending supplier, recording who and when", async () => {
        const s = await create()
        const res = await api.post(`/admin/suppliers/${s.id}/approve`, { note: "材料齐全" }, admin)
        expect(res.data.supplier).toMatchObject({ status: "approved", review_note: "材料齐全", reviewed_by: expect.stringMatching(/^user_/) })
        expect(res.data.supplier.reviewed_at).toBeTruthy()
      })

      it("rejects only with a reason", async () => {
        const s = await create()
        const noReason = await api.post(`/admin/suppliers/${s.id}/reject`, {}, admin).catch(failed)
        expect(noReason.status).toBe(400)
        expect(noReason.data.message).toMatch(/note/)
        const res = await api.post(`/admin/suppliers/${s.id}/reject`, { note: "信用代码与营业执照不符" }, admin)
        expect(res.data.supplier.status).toBe("rejected")
      })

      it("suspends and reinstates an approved supplier", async () => {
        const s = await approved()
        expect((await api.post(`/admin/suppliers/${s.id}/suspend`, { note: "质量抽检不合格" }, admin)).data.supplier.status).toBe("suspended")
        expect((await api.post(`/admin/suppliers/${s.id}/reinstate`, {}, admin)).data.supplier.status).toBe("approved")
      })

      it("refuses invalid transitions with a clear 400 and leaves the status alone", async () => {
        const pending = await create()
        const suspend = await api.post(`/admin/suppliers/${pending.id}/suspend`, { note: "x" }, admin).catch(failed)
        expect(suspend.status).toBe(400)
        expect(suspend.data.message).toMatch(/cannot suspend a supplier that is pending/)
        const reinstate = await api.post(`/admin/suppliers/${pending.id}/reinstate`, {}, admin).catch(failed)
        expect(reinstate.status).toBe(400)

        const rejected = await create()
        await api.post(`/admin/suppliers/${rejected.id}/reject`, { note: "重复申报" }, admin)
        const approve = await api.post(`/admin/suppliers/${rejected.id}/approve`, {}, admin).catch(failed)
        expect(approve.status).toBe(400)
        expect(approve.data.message).toMatch(/only a pending supplier can be approved/)
        expect((await api.get(`/admin/suppliers/${rejected.id}`, admin)).data.supplier.status).toBe("rejected")
      })

      it("shows the admin the place by name and the actions open now", async () => {
        const s = await create({ village_id: poorVillage.id })
        const pending = (await api.get(`/admin/suppliers/${s.id}`, admin)).data.supplier
        expect(pending).toMatchObject({ county_name: "寻甸回族彝族自治县", township_name: "柯渡镇", actions: ["approve", "reject"] })
        expect(pending.village_name).toMatch(/^柯渡镇 村\d+$/)
        const after = await api.post(`/admin/suppliers/${s.id}/approve`, {}, admin)
        expect(after.data.supplier.actions).toEqual(["suspend"])
      })

      it("answers 404 for a supplier that does not exist", async () => {
        const res = await api.post(`/admin/suppliers/sup_missing/approve`, {}, admin).catch(failed)
        expect(res.status).toBe(404)
      })
    })

    describe("GET /admin/suppliers", () => {
      it("filters by name, type, county, status and is_key, and paginates", async () => {
        const tag = "筛选测试"
        await create({ legal_name: `${tag}禄劝县茂山镇花椒家庭农场`, type: "family_farm", county_handle: "luquan", township_id: null })
        await approved({ legal_name: `${tag}寻甸县扶贫车间`, type: "workshop", employees: 120, is_key: true })
        await approved({ legal_name: `${tag}寻甸县牛干巴加工企业`, type: "enterprise" })

        const q = encodeURIComponent(tag)
        const all = await api.get(`/admin/suppliers?q=${q}`, admin)
        expect(all.data.count).toBe(3)
        expect(all.data.suppliers[0]).toHaveProperty("contact_phone")

        const byType = await api.get(`/admin/suppliers?q=${q}&type=workshop`, admin)
        expect(byType.data.suppliers.map((s: { legal_name: string }) => s.legal_name)).toEqual([`${tag}寻甸县扶贫车间`])
        expect((await api.get(`/admin/suppliers?q=${q}&county_handle=luquan`, admin)).data.count).toBe(1)
        expect((await api.get(`/admin/suppliers?q=${q}&status=approved`, admin)).data.count).toBe(2)
        expect((await api.get(`/admin/suppliers?q=${q}&status=pending`, admin)).data.count).toBe(1)
        expect((await api.get(`/admin/suppliers?q=${q}&is_key=true`, admin)).data.count).toBe(1)
        expect((await api.get(`/admin/suppliers?q=${q}&is_key=false`, admin)).data.count).toBe(2)

        const page1 = await api.get(`/admin/suppliers?q=${q}&limit=2&offset=0`, admin)
        const page2 = await api.get(`/admin/suppliers?q=${q}&limit=2&offset=2`, admin)
        expect(page1.data).toMatchObject({ count: 3, offset: 0, limit: 2 })
        expect(page1.data.suppliers).toHaveLength(2)
        expect(page2.data.suppliers).toHaveLength(1)
        const ids = [...page1.data.suppliers, ...page2.data.suppliers].map((s: { id: string }) => s.id)
        expect(new Set(ids).size).toBe(3)
      })

      it("refuses unknown filters and bad values, naming them", async () => {
        const unknown = await api.get("/admin/suppliers?colour=red", admin).catch(failed)
        expect(unknown.status).toBe(400)
        expect(unknown.data.message).toMatch(/colour/)
        const status = await api.get("/admin/suppliers?status=bogus", admin).catch(failed)
        expect(status.status).toBe(400)
        expect(status.data.message).toMatch(/status/)
      })

      it("refuses unauthenticated callers and store callers", async () => {
        expect((await api.get("/admin/suppliers").catch(failed)).status).toBe(401)
        expect((await api.get("/admin/suppliers", store).catch(failed)).status).toBe(401)
        expect((await api.post("/admin/suppliers", body()).catch(failed)).status).toBe(401)
        const s = await create()
        expect((await api.post(`/admin/suppliers/${s.id}/approve`, {}, store).catch(failed)).status).toBe(401)
        expect((await api.get(`/admin/suppliers/${s.id}`).catch(failed)).status).toBe(401)
      })
    })

    describe("POST /admin/suppliers/:id", () => {
      it("updates details with the same checks as registration", async () => {
        const s = await create()
        const ok = await api.post(`/admin/suppliers/${s.id}`, { households_bound: 60, people_bound: 220, description: "示例" }, admin)
        expect(ok.data.supplier).toMatchObject({ households_bound: 60, people_bound: 220, description: "示例" })
        const bad = await api.post(`/admin/suppliers/${s.id}`, { credit_code: "91530100MA6K0001XX" }, admin).catch(failed)
        expect(bad.status).toBe(400)
        expect(bad.data.message).toMatch(/^credit_code: /)
        const status = await api.post(`/admin/suppliers/${s.id}`, { status: "approved" }, admin).catch(failed)
        expect(status.status).toBe(400)
      })
    })

    describe("organic certificates and the supply/demand file", () => {
      it("adds, lists, updates and deletes organic certificates; numbers are unique; expiry after issue", async () => {
        const s = await create()
        const path = `/admin/suppliers/${s.id}/organic-certificates`
        const cert = { number: "ORG-TEST-0001", issuer: "中绿华夏有机产品认证中心（示例）", product_scope: "荞麦", issued_on: "2020-03-01", expires_on: "2021-02-28" }
        const created = await api.post(path, cert, admin)
        expect(created.status).toBe(201)
        const dup = await api.post(path, cert, admin).catch(failed)
        expect(dup.status).toBe(400)
        expect(dup.data.message).toMatch(/^number: /)
        const backwards = await api.post(path, { ...cert, number: "ORG-TEST-0002", expires_on: "2019-01-01" }, admin).catch(failed)
        expect(backwards.status).toBe(400)
        expect(backwards.data.message).toMatch(/^expires_on: /)

        const id = created.data.organic_certificate.id
        const updated = await api.post(`${path}/${id}`, { product_scope: "苦荞、甜荞" }, admin)
        expect(updated.data.organic_certificate.product_scope).toBe("苦荞、甜荞")
        expect((await api.get(path, admin)).data.count).toBe(1)
        await api.delete(`${path}/${id}`, admin)
        expect((await api.get(path, admin)).data.count).toBe(0)
      })

      it("keeps one supply/demand file per key enterprise and refuses one for other suppliers", async () => {
        const key = await create({ is_key: true })
        const file = {
          products: ["牛干巴", "鲜牛肉"],
          yearly_capacity_tonnes: 320,
          season_months: [10, 11, 12, 1],
          minimum_order_quantity: 50,
          minimum_order_unit: "公斤",
          unmet_demand: "冷链车辆不足",
        }
        const path = `/admin/suppliers/${key.id}/supply-demand-file`
        const first = await api.post(path, file, admin)
        const second = await api.post(path, { yearly_capacity_tonnes: 400 }, admin)
        expect(second.data.supply_demand_file.id).toBe(first.data.supply_demand_file.id)
        expect((await api.get(path, admin)).data.supply_demand_file).toMatchObject({ yearly_capacity_tonnes: 400, season_months: [10, 11, 12, 1] })
        const detail = await api.get(`/admin/suppliers/${key.id}`, admin)
        expect(detail.data.supplier.supply_demand_file.products).toEqual(["牛干巴", "鲜牛肉"])

        const season = await api.post(path, { season_months: [13] }, admin).catch(failed)
        expect(season.status).toBe(400)
        expect(season.data.message).toMatch(/season_months/)

        const plain = await create({ is_key: false })
        const refused = await api.post(`/admin/suppliers/${plain.id}/supply-demand-file`, file, admin).catch(failed)
        expect(refused.status).toBe(400)
        expect(refused.data.message).toMatch(/^is_key: /)

        await api.delete(path, admin)
        expect((await api.get(path, admin).catch(failed)).status).toBe(404)
      })
    })

    describe("store routes", () => {
      it("show an approved supplier's public profile with its published products, never contact or credit code", async () => {
        const s = await approved({ type: "workshop", employees: 85 })
        await api.post(
          `/admin/suppliers/${s.id}/organic-certificates`,
          { number: "ORG-STORE-01", issuer: "示例认证机构", product_scope: "牛干巴", issued_on: "2020-01-01" },
          admin
        )
        const container = getContainer()
        const products = await container.resolve(Modules.PRODUCT).createProducts([
          { title: "测试牛干巴", handle: "test-beef", status: "published" },
          { title: "草稿", handle: "test-draft", status: "draft" },
        ])
        const link = container.resolve(ContainerRegistrationKeys.LINK)
        await link.create(products.map((p) => ({ [Modules.PRODUCT]: { product_id: p.id }, [SUPPLIER_MODULE]: { supplier_id: s.id } })))

        const res = await api.get(`/store/suppliers/${s.id}`, store)
        expect(res.data.supplier).toMatchObject({
          id: s.id,
          type: "workshop",
          employees: 85,
          county_handle: "xundian",
          county_name: "寻甸回族彝族自治县",
          township_name: "柯渡镇",
          households_bound: 40,
          people_bound: 150,
          mechanisms: ["employment", "purchase_contract"],
          organic_certificates: [expect.objectContaining({ number: "ORG-STORE-01" })],
          products: [{ id: products[0]!.id, handle: "test-beef" }],
        })
        const text = JSON.stringify(res.data)
        expect(text).not.toContain("0871-62000000")
        expect(text).not.toContain("张三")
        expect(res.data.supplier).not.toHaveProperty("credit_code")
        expect(res.data.supplier).not.toHaveProperty("contact_phone")
      })

      it("a product belongs to one supplier only", async () => {
        const a = await approved()
        const b = await approved()
        const [product] = await getContainer().resolve(Modules.PRODUCT).createProducts([{ title: "唯一", handle: "test-one-supplier" }])
        const link = getContainer().resolve(ContainerRegistrationKeys.LINK)
        await link.create({ [Modules.PRODUCT]: { product_id: product!.id }, [SUPPLIER_MODULE]: { supplier_id: a.id } })
        await expect(
          link.create({ [Modules.PRODUCT]: { product_id: product!.id }, [SUPPLIER_MODULE]: { supplier_id: b.id } })
        ).rejects.toThrow(/multiple links/)
      })

      it("hide pending, rejected and suspended suppliers", async () => {
        const pending = await create()
        const rejected = await create()
        await api.post(`/admin/suppliers/${rejected.id}/reject`, { note: "不符合条件" }, admin)
        const suspended = await approved()
        await api.post(`/admin/suppliers/${suspended.id}/suspend`, { note: "整改中" }, admin)
        for (const s of [pending, rejected, suspended]) {
          expect((await api.get(`/store/suppliers/${s.id}`, store).catch(failed)).status).toBe(404)
        }
        const list = await api.get("/store/suppliers?limit=100", store)
        const ids = list.data.suppliers.map((s: { id: string }) => s.id)
        for (const s of [pending, rejected, suspended]) expect(ids).not.toContain(s.id)
        expect(list.data.suppliers.every((s: object) => !("contact_phone" in s))).toBe(true)
      })

      it("list approved suppliers filtered by county and type, paginated", async () => {
        await approved({ county_handle: "dongchuan", township_id: null, type: "family_farm" })
        await approved({ county_handle: "dongchuan", township_id: null, type: "enterprise" })
        await create({ county_handle: "dongchuan", township_id: null, type: "enterprise" })
        const all = await api.get("/store/suppliers?county_handle=dongchuan", store)
        expect(all.data.count).toBe(2)
        expect(all.data.suppliers.every((s: { county_handle: string }) => s.county_handle === "dongchuan")).toBe(true)
        const farms = await api.get("/store/suppliers?county_handle=dongchuan&type=family_farm", store)
        expect(farms.data.count).toBe(1)
        const page = await api.get("/store/suppliers?county_handle=dongchuan&limit=1&offset=1", store)
        expect(page.data).toMatchObject({ count: 2, offset: 1, limit: 1 })
        expect(page.data.suppliers).toHaveLength(1)
      })

      it("refuse callers without the publishable key and unknown parameters", async () => {
        expect((await api.get("/store/suppliers").catch(failed)).status).toBe(400)
        const status = await api.get("/store/suppliers?status=pending", store).catch(failed)
        expect(status.status).toBe(400)
        expect(status.data.message).toMatch(/status/)
      })
    })

    // The test runner restores the database to its beforeAll state before every test.
    describe("demo suppliers", () => {
      it("load the 2020 report's figures, visible through the API, and load only once", async () => {
        await seedSuppliers(getContainer())
        await seedSuppliers(getContainer())
        const count = async (query: string) => (await api.get(`/admin/suppliers?limit=1&q=${encodeURIComponent("示例")}${query}`, admin)).data.count
        expect(await count("")).toBe(DEMO_SUPPLIER_FIGURES.suppliers)
        expect(await count("&is_key=true")).toBe(646)
        expect(await count("&type=workshop")).toBe(79)
        expect(await count("&status=pending")).toBe(5)
        const { data } = await getContainer().resolve(ContainerRegistrationKeys.QUERY).graph({
          entity: "supplier",
          fields: ["households_bound", "people_bound", "employees", "type", "supply_demand_file.id", "organic_certificates.id"],
          filters: { demo: true },
        })
        const sum = (f: (s: (typeof data)[number]) => number) => data.reduce((a, s) => a + f(s), 0)
        expect(sum((s) => s.households_bound)).toBe(76_000)
        expect(sum((s) => s.people_bound)).toBe(280_000)
        expect(sum((s) => (s.type === "workshop" ? s.employees ?? 0 : 0))).toBe(10_300)
        expect(sum((s) => (s.supply_demand_file ? 1 : 0))).toBe(646)
        expect(sum((s) => s.organic_certificates?.length ?? 0)).toBe(88)
        expect(data.filter((s) => s.households_bound > 0)).toHaveLength(1603)
      })

      it("let other demo data pick a fitting supplier for a product, the same one every time", async () => {
        await seedSuppliers(getContainer())
        const id = await pickDemoSupplier(getContainer(), { county_handle: "xundian", township: "柯渡镇", keyword: "牛干巴" })
        expect(id).toBe(await pickDemoSupplier(getContainer(), { county_handle: "xundian", township: "柯渡镇", keyword: "牛干巴" }))
        const supplier = (await api.get(`/store/suppliers/${id}`, store)).data.supplier
        expect(supplier).toMatchObject({ county_handle: "xundian", township_name: "柯渡镇", is_key: true })
        expect(supplier.legal_name).toContain("牛干巴")
      })
    })
  },
})
