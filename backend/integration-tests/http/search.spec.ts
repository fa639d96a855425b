import { demoIntegrationTestRunner } from "../helpers/demo-runner"
import { ContainerRegistrationKeys, Modules, ProductStatus } from "@medusajs/framework/utils"
import {
  createProductsWorkflow,
  deleteProductsWorkflow,
  updateProductsWorkflow,
  updateInventoryLevelsWorkflow,
  updateProductVariantsWorkflow,
} from "@medusajs/medusa/core-flows"
import type { SearchHit, StoreCatalogueResponse, StoreCatalogueShelvesResponse, StoreSearchResponse } from "@fupin/shared"
import { LIFECYCLE_PRODUCTS } from "../../src/scripts/demo/certified-catalogue-data"
import { createCertificatesWorkflow, reinstateCertificatesWorkflow, suspendCertificatesWorkflow } from "../../src/workflows/certification"
import { RELEVANCE_CASES } from "../../src/modules/product-search/__fixtures__/relevance-cases"
import { adminHeaders, storeHeaders } from "../helpers/shopping"

type Res = { status: number; data: any }

/** Polls until `check` holds (the index follows events asynchronously); fails with the last value after 30 s. */
async function eventually<T>(read: () => Promise<T>, check: (value: T) => boolean): Promise<T> {
  const deadline = Date.now() + 30_000
  let last = await read()
  while (!check(last)) {
    if (Date.now() > deadline) throw new Error(`condition not reached; last value: ${JSON.stringify(last).slice(0, 500)}`)
    await new Promise((resolve) => setImmediate(resolve))
    last = await read()
  }
  return last
}

demoIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: { headers: Record<string, string> }
    const search = async (qs: string): Promise<StoreSearchResponse> => (await api.get(`/store/search?${qs}`, store)).data
    const q = (text: string, extra = "") => search(`q=${encodeURIComponent(text)}${extra}`)
    const fail = async (url: string): Promise<Res> => api.get(url, store).catch((e: { response: Res }) => e.response)

    beforeAll(async () => {
      store = await storeHeaders(getContainer())
    })

    describe("relevance on the demo catalogue (embedded engine)", () => {
      it.each(RELEVANCE_CASES.map((c) => [c.q, c.first, c.why] as const))("%s finds %s first (%s)", async (text, first) => {
        const res = await q(text)
        expect(res.engine).toBe("postgres")
        expect(res.hits[0]?.handle).toBe(first)
      })

      it("counts a product's kind as its own text: 牛肉 ranks 寻甸牛干巴 (a 牛肉制品) in the top 3", async () => {
        const res = await q("牛肉", "&limit=100")
        const handles = res.hits.map((h) => h.handle)
        expect(handles.slice(0, 3)).toContain("xundian-dried-beef")
        // every beef product is found, those without 牛肉 in their title too (寻甸牛筋, 寻甸牛肋排)
        expect(handles).toEqual(expect.arrayContaining(["xundian-beef-tendon", "xundian-beef-ribs", "dongchuan-beef-jerky", "xundian-braised-beef"]))
        const beef = res.hits.find((h) => h.handle === "xundian-dried-beef")!
        expect(beef.categories.map((c) => c.handle)).toEqual(["beef-products", "meat"])
      })

      it("weighs a kind above its group: 水果 lists the fresh fruit first, then the nuts and dried fruit of 水果坚果", async () => {
        const res = await q("水果", "&limit=100")
        const kinds = res.hits.map((h) => h.categories[0]?.handle)
        const fresh = kinds.filter((k) => k === "fresh-fruit").length
        expect(fresh).toBeGreaterThanOrEqual(10)
        // all the fresh fruit first (its kind is 水果), then what only the group's name 水果坚果 brings
        expect(kinds.slice(0, fresh).every((k) => k === "fresh-fruit")).toBe(true)
        expect(kinds.slice(fresh)).toEqual(expect.arrayContaining(["nuts", "dried-fruit"]))
        expect(kinds.slice(fresh).every((k) => k === "nuts" || k === "dried-fruit")).toBe(true)
        // a group's name finds every product of its kinds, and its filter too
        const group = await q("肉禽蛋品", "&limit=100")
        expect(group.hits.map((h) => h.handle)).toEqual(expect.arrayContaining(["xundian-dried-beef", "dongchuan-free-range-eggs", "xundian-ham"]))
        const filtered = await q("寻甸", "&category=meat&limit=100")
        expect(filtered.hits.map((h) => h.handle)).toContain("xundian-dried-beef")
        expect(filtered.hits.every((h) => h.categories.some((c) => c.handle === "meat"))).toBe(true)
      })

      it("says which words it corrected, and only when it corrected some", async () => {
        const typo = await q("niuganab")
        expect(typo.corrected_query).toBe("niuganba")
        expect(typo.query).toBe("niuganab")
        expect((await q("dongchaun mian")).corrected_query).toBe("dongchuan mian")
        const exact = await q("niuganba")
        expect(exact.corrected_query).toBeNull()
        // the corrected word brings its synonyms along (牛干巴 ⇄ 风干牛肉): the same products as typed right
        expect(typo.hits.map((h) => h.id).sort()).toEqual(exact.hits.map((h) => h.id).sort())
        // a word that is not a typo of anything is not "corrected"
        const none = await q("xyzzyq")
        expect(none.count).toBe(0)
        expect(none.corrected_query).toBeNull()
      })

      it("finds potatoes whichever word is typed: 土豆, 马铃薯, 洋芋 and tudou give the same products", async () => {
        const handles = async (text: string) => (await q(text, "&limit=100")).hits.map((h) => h.handle).sort()
        // every product with 洋芋 in its title
        const yangyu = (await q("洋芋", "&limit=100")).hits.filter((h) => h.title.includes("洋芋")).map((h) => h.handle)
        expect(yangyu.length).toBeGreaterThanOrEqual(3)
        expect(await handles("土豆")).toEqual(expect.arrayContaining(yangyu))
        expect(await handles("马铃薯")).toEqual(expect.arrayContaining(yangyu))
        expect(await handles("tudou")).toEqual(expect.arrayContaining(yangyu))
      })

      it("finds 苦荞 products for 荞麦 and 荞麦 products for 苦荞", async () => {
        const qiaomai = (await q("荞麦", "&limit=100")).hits.map((h) => h.title)
        expect(qiaomai.some((t) => t.includes("苦荞"))).toBe(true)
        const kuqiao = (await q("苦荞", "&limit=100")).hits.map((h) => h.title)
        expect(kuqiao.some((t) => t.includes("荞麦"))).toBe(true)
      })

      it("highlights the matched part of the title, also for pinyin and initials", async () => {
        const marked = (hit: SearchHit | undefined) => hit?.highlight.title.filter((s) => s.match).map((s) => s.text).join("")
        expect(marked((await q("干巴")).hits[0])).toBe("干巴")
        expect(marked((await q("niuganba")).hits[0])).toBe("牛干巴")
        expect(marked((await q("ngb")).hits[0])).toBe("牛干巴")
        const en = (await q("dried beef")).hits[0]!.highlight.title_en.filter((s) => s.match).map((s) => s.text.toLowerCase())
        expect(en).toEqual(["dried", "beef"])
      })

      it("does not answer 牛干巴 or 面条 with products whose supplier's name alone holds the words", async () => {
        // 寻甸麻鸭's supplier is one of 寻甸's 牛干巴 makers: its name says nothing of the duck
        for (const text of ["牛干巴", "干巴"]) {
          const handles = (await q(text, "&limit=100")).hits.map((h) => h.handle)
          expect(handles[0]).toBe("xundian-dried-beef")
          expect(handles).not.toContain("xundian-ducks")
        }
        const noodles = (await q("面条", "&limit=100")).hits
        expect(noodles.length).toBeGreaterThan(0)
        for (const hit of noodles) expect(`${hit.title}${hit.subtitle ?? ""}${hit.categories.map((c) => c.name).join("")}`).toMatch(/面/)
      })

      it("finds a supplier's products by the supplier's name when nothing else matches", async () => {
        const [beef] = (await q("寻甸牛干巴")).hits
        const name = beef!.supplier!.name.replace(/（.*?）|\(.*?\)/g, "")
        const res = await q(name, "&limit=100")
        expect(res.hits.map((h) => h.handle)).toContain("xundian-dried-beef")
        for (const hit of res.hits) expect(hit.supplier?.name.replace(/（.*?）|\(.*?\)/g, "")).toBe(name)
      })

      it("answers with ¥ prices, certificate, county and supplier of each hit", async () => {
        const [beef] = (await q("寻甸牛干巴")).hits
        expect(beef).toMatchObject({
          title: "寻甸牛干巴",
          county: { handle: "xundian", name_zh: "寻甸" },
          certificate: { status: "certified" },
          price: { currency_code: "cny" },
        })
        expect(beef!.variants.map((v) => v.price)).toContain(68)
        expect(beef!.price.min).toBe(Math.min(...beef!.variants.map((v) => v.price!)))
        expect(beef!.supplier?.name).toBeTruthy()
        expect(beef!.certificate?.number).toMatch(/\S/)
      })

      it("never finds products that may not be sold (certificate applied, suspended, expired, revoked)", async () => {
        expect(LIFECYCLE_PRODUCTS.length).toBeGreaterThan(0)
        for (const row of LIFECYCLE_PRODUCTS) {
          const res = await q(row.title, "&limit=100")
          expect(res.hits.map((h) => h.handle)).not.toContain(row.handle)
        }
      })
    })

    describe("filters, facets, sorting and pages", () => {
      it("counts facets over every match and filters by county, category and price", async () => {
        const all = await q("洋芋", "&limit=100")
        const sum = (values: Array<{ count: number }>) => values.reduce((s, v) => s + v.count, 0)
        expect(sum(all.facets.county)).toBe(all.count)
        expect(sum(all.facets.price_band)).toBe(all.count)
        expect(all.facets.certified).toEqual([expect.objectContaining({ value: "true", count: all.count })])
        const luquan = all.facets.county.find((c) => c.value === "luquan")!
        expect(luquan.label_zh).toBe("禄劝")
        const filtered = await q("洋芋", "&county=luquan&limit=100")
        expect(filtered.count).toBe(luquan.count)
        expect(filtered.hits.every((h) => h.county?.handle === "luquan")).toBe(true)
        // the county facet still offers the other counties; the other facets count what the filter leaves
        expect(filtered.facets.county).toEqual(all.facets.county)
        expect(sum(filtered.facets.price_band)).toBe(filtered.count)

        const category = all.facets.category[0]!
        const byCategory = await q("洋芋", `&category=${category.value}&limit=100`)
        expect(byCategory.count).toBe(category.count)
        expect(byCategory.hits.every((h) => h.categories.some((c) => c.handle === category.value))).toBe(true)

        const cheap = await q("洋芋", "&max_price=30&limit=100")
        expect(cheap.count).toBeGreaterThan(0)
        expect(cheap.count).toBeLessThan(all.count)
        expect(cheap.hits.every((h) => (h.price.min ?? Infinity) <= 30)).toBe(true)
        const dear = await q("洋芋", "&min_price=30&limit=100")
        expect(dear.count).toBe(all.count - cheap.count + cheap.hits.filter((h) => h.price.min === 30).length)
        expect(dear.hits.every((h) => (h.price.min ?? 0) >= 30)).toBe(true)
      })

      it("takes several values of a facet (any of them), and counts each facet under the other filters", async () => {
        const all = await q("东川", "&limit=100")
        const [a, b] = all.facets.category
        expect(a && b).toBeTruthy()
        const both = await q("东川", `&category=${a!.value},${b!.value}&limit=100`)
        expect(both.hits.every((h) => h.categories.some((c) => c.handle === a!.value || c.handle === b!.value))).toBe(true)
        expect(both.count).toBeGreaterThanOrEqual(Math.max(a!.count, b!.count))
        expect(both.count).toBeLessThanOrEqual(a!.count + b!.count)
        // repeated parameters mean the same as a comma-separated list
        expect((await q("东川", `&category=${a!.value}&category=${b!.value}&limit=100`)).count).toBe(both.count)

        // a price band finds exactly what the band counted, by the price on the card
        const band = all.facets.price_band.find((p) => p.count > 0)!
        const inBand = await q("东川", `&price_band=${band.value}&limit=100`)
        expect(inBand.count).toBe(band.count)
        const [min, max] = band.value.split("-").map((v) => (v ? Number(v) : Infinity))
        expect(inBand.hits.every((h) => h.price.min! >= min! && h.price.min! < max!)).toBe(true)

        // with a band chosen, the category facet counts only products in the band, and the band facet ignores its own filter
        const narrowed = await q("东川", `&price_band=${band.value}&category=${a!.value}&limit=100`)
        expect(narrowed.facets.price_band.map((p) => p.count)).toEqual(
          (await q("东川", `&category=${a!.value}&limit=100`)).facets.price_band.map((p) => p.count)
        )
        expect(narrowed.facets.category).toEqual(inBand.facets.category)
        expect(narrowed.count).toBe(inBand.facets.category.find((c) => c.value === a!.value)?.count ?? 0)
      })

      it("sorts by price and pages without overlap", async () => {
        const asc = (await q("东川", "&sort=price_asc&limit=100")).hits.map((h) => h.price.min!)
        expect(asc).toEqual([...asc].sort((a, b) => a - b))
        const desc = (await q("东川", "&sort=price_desc&limit=100")).hits.map((h) => h.price.min!)
        expect(desc).toEqual([...desc].sort((a, b) => b - a))
        const first = await q("东川", "&limit=3&offset=0")
        const second = await q("东川", "&limit=3&offset=3")
        expect(first).toMatchObject({ limit: 3, offset: 0 })
        expect(second.count).toBe(first.count)
        expect(first.count).toBeGreaterThan(6)
        const ids = [...first.hits, ...second.hits].map((h) => h.id)
        expect(new Set(ids).size).toBe(6)
      })

      it("reports the engine's processing time", async () => {
        const res = await q("牛干巴")
        expect(typeof res.processing_time_ms).toBe("number")
        expect(res.processing_time_ms).toBeGreaterThanOrEqual(0)
      })
    })

    describe("the catalogue's browse lists (GET /store/catalogue, GET /store/catalogue/shelves)", () => {
      const browse = async (qs = ""): Promise<StoreCatalogueResponse> => (await api.get(`/store/catalogue?${qs}`, store)).data
      type Priced = { id: string; handle: string; metadata: Record<string, unknown> | null; categories: Array<{ handle: string }>; variants: Array<{ calculated_price?: { calculated_amount: number } | null }> }
      /** The products of a page, read back from Medusa's own /store/products with prices in the CNY region. */
      const productsOf = async (ids: string[]): Promise<Priced[]> => {
        const { regions } = (await api.get("/store/regions?currency_code=cny", store)).data
        const qs = ids.map((id) => `id[]=${id}`).join("&")
        const { products } = (await api.get(`/store/products?${qs}&limit=100&region_id=${regions[0].id}&fields=id,handle,metadata,*categories,*variants.calculated_price`, store)).data
        return ids.map((id) => products.find((p: Priced) => p.id === id)!)
      }
      const fromPrice = (p: Priced) => Math.min(...p.variants.map((v) => v.calculated_price?.calculated_amount ?? Infinity))

      it("lists every sellable product once, newest first, in pages that neither repeat nor skip one", async () => {
        const admin = await adminHeaders(api)
        const sellable = (await api.get("/admin/search", admin)).data.sellable_products as number
        const all: string[] = []
        let first: StoreCatalogueResponse | null = null
        for (let offset = 0; ; offset += 25) {
          const page = await browse(`limit=25&offset=${offset}`)
          first ??= page
          expect(page.count).toBe(sellable)
          all.push(...page.ids)
          if (page.ids.length < 25) break
        }
        expect(first!.engine).toBe("postgres")
        expect(all).toHaveLength(sellable)
        expect(new Set(all).size).toBe(sellable)
        // ids are ULIDs: descending ids are newest first, and unique where created_at ties
        expect(all).toEqual([...all].sort().reverse())
        const counties = first!.facets.county.reduce((n, c) => n + c.count, 0)
        expect(counties).toBe(sellable)
      })

      it("filters by county, by a group (its kinds' products) and by the from price, and sorts by price both ways", async () => {
        const xundian = await browse("county=xundian&limit=100")
        expect(xundian.count).toBe((await browse()).facets.county.find((c) => c.value === "xundian")!.count)
        expect((await productsOf(xundian.ids)).every((p) => p.metadata?.county_handle === "xundian")).toBe(true)
        // the county facet leaves its own filter out: it still offers the other counties
        expect(xundian.facets.county.length).toBeGreaterThan(1)

        const meat = await browse("category=meat&limit=100")
        const meatProducts = await productsOf(meat.ids)
        expect(meatProducts.map((p) => p.handle)).toContain("xundian-dried-beef")
        // no product is filed under the group itself: each is in one of its kinds
        expect(meatProducts.every((p) => !p.categories.some((c) => c.handle === "meat"))).toBe(true)

        const asc = await productsOf((await browse("sort=price_asc&min_price=20&max_price=60&limit=100")).ids)
        expect(asc.length).toBeGreaterThan(2)
        const prices = asc.map(fromPrice)
        expect(prices).toEqual([...prices].sort((a, b) => a - b))
        expect(prices.every((p) => p >= 20 && p <= 60)).toBe(true)
        const desc = (await productsOf((await browse("sort=price_desc&min_price=20&max_price=60&limit=100")).ids)).map(fromPrice)
        expect(desc).toEqual([...prices].sort((a, b) => b - a))

        const popular = await browse("sort=popular&limit=5")
        expect((await productsOf(popular.ids)).some((p) => p.metadata?.featured === true || p.metadata?.featured === "true")).toBe(true)
      })

      it("counts each category's products for the 分类 page, a group its kinds', each with a picture", async () => {
        const { shelves, engine } = (await api.get("/store/catalogue/shelves", store)).data as StoreCatalogueShelvesResponse
        expect(engine).toBe("postgres")
        const shelf = (handle: string) => shelves.find((s) => s.handle === handle)
        expect(shelf("meat")!.count).toBe((await browse("category=meat")).count)
        expect(shelf("beef-products")!.count).toBe((await browse("category=beef-products")).count)
        expect(shelf("meat")!.count).toBeGreaterThan(shelf("beef-products")!.count)
        expect(shelves.every((s) => s.count > 0)).toBe(true)
        expect(shelf("beef-products")!.thumbnail).toMatch(/^https?:|^\//)
      })

      it("answers 400 naming the parameter it cannot take", async () => {
        for (const [url, field] of [
          ["/store/catalogue?q=%E7%89%9B", "q"],
          ["/store/catalogue?sort=relevance", "sort"],
          ["/store/catalogue?limit=101", "limit"],
          ["/store/catalogue?county=Xun%20Dian", "county"],
          ["/store/catalogue?min_price=50&max_price=10", "max_price"],
          ["/store/catalogue/shelves?limit=3", "limit"],
        ] as const) {
          const res = await fail(url)
          expect(res.status, url).toBe(400)
          expect(res.data.message, url).toContain(field)
        }
      })
    })

    describe("bad input", () => {
      it("answers 400 naming q when q is missing, blank or 1,000 characters long", async () => {
        for (const url of ["/store/search", "/store/search?q=", "/store/search?q=%20%20", `/store/search?q=${"牛".repeat(1000)}`, "/store/search/suggest"]) {
          const res = await fail(url)
          expect(res.status).toBe(400)
          expect(res.data.message).toContain("q")
        }
      })

      it("answers 400 naming the parameter for unknown or malformed parameters", async () => {
        for (const [qs, field] of [
          ["&colour=red", "colour"],
          ["&limit=0", "limit"],
          ["&limit=abc", "limit"],
          ["&sort=cheapest", "sort"],
          ["&certified=maybe", "certified"],
          ["&min_price=-1", "min_price"],
          ["&min_price=50&max_price=10", "max_price"],
          ["&county=Xun%20Dian", "county"],
          ["&county=xundian,Lu%20Quan", "county"],
          ["&county=,", "county"],
          ["&price_band=cheap", "price_band"],
        ] as const) {
          const res = await fail(`/store/search?q=${encodeURIComponent("牛干巴")}${qs}`)
          expect(res.status).toBe(400)
          expect(res.data.message).toContain(field)
        }
      })

      it("treats SQL-looking text as words (no error, index intact)", async () => {
        for (const text of ["' OR 1=1; DROP TABLE search_document; --", "%", "_", "\\", "?", "'", "牛干巴' --"]) {
          const res = await api.get(`/store/search?q=${encodeURIComponent(text)}`, store)
          expect(res.status).toBe(200)
        }
        expect((await q("牛干巴")).hits[0]?.handle).toBe("xundian-dried-beef")
      })

      it("answers an emoji-only query with no hits, popular products instead", async () => {
        const res = await q("🥩🥔")
        expect(res.count).toBe(0)
        expect(res.hits).toEqual([])
        expect(res.popular.length).toBeGreaterThan(0)
        // emoji around a real word are ignored
        expect((await q("🥩牛干巴🥩")).hits[0]?.handle).toBe("xundian-dried-beef")
      })

      it("suggests a close title and popular products when nothing matches", async () => {
        const res = await q("牛干巴巴巴")
        expect(res.count).toBe(0)
        expect(res.did_you_mean).toBe("寻甸牛干巴")
        expect(res.popular.length).toBeGreaterThan(0)
      })

      it("needs the publishable key", async () => {
        const res = await api.get("/store/search?q=x").catch((e: { response: Res }) => e.response)
        expect(res.status).toBe(400)
      })
    })

    describe("suggestions", () => {
      it("suggests 寻甸牛干巴 first for 干巴, niuganba and ngb, highlighted", async () => {
        for (const text of ["干巴", "niuganba", "ngb"]) {
          const res = (await api.get(`/store/search/suggest?q=${encodeURIComponent(text)}`, store)).data
          expect(res.suggestions[0].title).toBe("寻甸牛干巴")
          expect(res.suggestions[0].highlight.some((s: { match: boolean }) => s.match)).toBe(true)
        }
        const limited = (await api.get(`/store/search/suggest?q=${encodeURIComponent("东川")}&limit=3`, store)).data
        expect(limited.suggestions).toHaveLength(3)
      })
    })

    describe("index freshness", () => {
      it("follows a product through certification, edits, price changes, suspension, unpublishing and deletion", async () => {
        const container = getContainer()
        const found = (text: string) => async () => (await q(text, "&limit=100")).hits
        const has = (id: string) => (hits: SearchHit[]) => hits.some((h) => h.id === id)
        const lacks = (id: string) => (hits: SearchHit[]) => !hits.some((h) => h.id === id)

        const [salesChannel] = await container.resolve(Modules.SALES_CHANNEL).listSalesChannels({})
        const { result } = await createProductsWorkflow(container).run({
          input: {
            products: [
              {
                title: "禄劝搜索测试荞饼（示例）",
                handle: "search-test-buckwheat-cake",
                status: ProductStatus.DRAFT,
                metadata: { county_handle: "luquan", title_en: "Search Test Buckwheat Cake", demo: true },
                options: [{ title: "规格", values: ["200g"] }],
                variants: [{ title: "200g", options: { 规格: "200g" }, manage_inventory: false, prices: [{ amount: 15, currency_code: "cny" }] }],
                sales_channels: salesChannel ? [{ id: salesChannel.id }] : [],
              },
            ],
          },
        })
        const product = result[0]!
        // a draft without a certificate is not found
        expect(lacks(product.id)(await found("搜索测试荞饼")())).toBe(true)

        // certified → published by the certification workflow → found, by pinyin too
        const { result: certificates } = await createCertificatesWorkflow(container).run({
          input: {
            actor: "test",
            certificates: [
              {
                product_id: product.id,
                number: "KMFP-SEARCH-0001",
                certifying_office: "禄劝县农业农村局（示例）",
                county_handle: "luquan",
                issued_at: new Date(Date.now() - 86_400_000),
                expires_at: new Date(Date.now() + 300 * 86_400_000),
                status: "certified",
              },
            ],
          },
        })
        const cert = certificates[0]!
        await eventually(found("搜索测试荞饼"), has(product.id))
        expect(has(product.id)(await found("sousuoceshi")())).toBe(true)
        // and misspelt: the typo vocabulary learnt the new words
        expect(has(product.id)(await found("sousuoecshi")())).toBe(true)

        // renamed → found by the new name, no longer by the old one
        await updateProductsWorkflow(container).run({ input: { selector: { id: product.id }, update: { title: "禄劝检索样品荞饼（示例）" } } })
        await eventually(found("检索样品"), has(product.id))
        expect(lacks(product.id)(await found("搜索测试荞饼")())).toBe(true)
        // the vocabulary follows: the new name's words correct typos, the old name's are forgotten
        expect(has(product.id)(await found("jiansuoyagnpin")())).toBe(true)
        expect(lacks(product.id)(await found("sousuoecshi")())).toBe(true)

        // price changed → the hit shows the new price
        const [variant] = await container.resolve(Modules.PRODUCT).listProductVariants({ product_id: product.id })
        await updateProductVariantsWorkflow(container).run({
          input: { selector: { id: variant!.id }, update: { prices: [{ amount: 88, currency_code: "cny" }] } },
        })
        await eventually(found("检索样品"), (hits) => hits.find((h) => h.id === product.id)?.price.min === 88)

        // certificate suspended → product unpublished → gone; reinstated → back
        await suspendCertificatesWorkflow(container).run({ input: { ids: [cert.id], actor: "test", reason: "搜索测试" } })
        await eventually(found("检索样品"), lacks(product.id))
        await reinstateCertificatesWorkflow(container).run({ input: { ids: [cert.id], actor: "test" } })
        await eventually(found("检索样品"), has(product.id))

        // unpublished by hand → gone; published → back
        await updateProductsWorkflow(container).run({ input: { selector: { id: product.id }, update: { status: ProductStatus.DRAFT } } })
        await eventually(found("检索样品"), lacks(product.id))
        await updateProductsWorkflow(container).run({ input: { selector: { id: product.id }, update: { status: ProductStatus.PUBLISHED } } })
        await eventually(found("检索样品"), has(product.id))

        // deleted → gone
        await deleteProductsWorkflow(container).run({ input: { ids: [product.id] } })
        await eventually(found("检索样品"), lacks(product.id))
      })
      it("follows stock: sold out is shown on the hit, and restocking brings it back", async () => {
        const container = getContainer()
        const query = container.resolve(ContainerRegistrationKeys.QUERY)
        const { data } = await query.graph({
          entity: "product",
          fields: ["id", "variants.inventory_items.inventory_item_id"],
          filters: { handle: "xundian-dried-beef" },
        })
        const product = data[0]!
        const variants = product.variants as Array<{ inventory_items?: Array<{ inventory_item_id: string }> | null }>
        const itemIds = variants.flatMap((v) => (v.inventory_items ?? []).map((i) => i.inventory_item_id))
        expect(itemIds.length).toBeGreaterThan(0)
        const levels = await container.resolve(Modules.INVENTORY).listInventoryLevels({ inventory_item_id: itemIds })
        const setStock = (quantity: (l: (typeof levels)[number]) => number) =>
          updateInventoryLevelsWorkflow(container).run({
            input: { updates: levels.map((l) => ({ id: l.id, inventory_item_id: l.inventory_item_id, location_id: l.location_id, stocked_quantity: quantity(l) })) },
          })
        const beef = async () => (await q("寻甸牛干巴")).hits.find((h) => h.id === product.id)
        expect((await beef())?.in_stock).toBe(true)
        await setStock(() => 0)
        // still found (a shopper may wait for it), marked sold out
        await eventually(beef, (hit) => hit?.in_stock === false)
        await setStock((l) => Number(l.stocked_quantity))
        await eventually(beef, (hit) => hit?.in_stock === true)
      })
    })

    describe("admin", () => {
      it("shows the index status and reindexes idempotently", async () => {
        const admin = await adminHeaders(api)
        const status = (await api.get("/admin/search", admin)).data
        expect(status).toMatchObject({ engine: "postgres", healthy: true })
        expect(status.documents).toBe(status.sellable_products)
        expect(status.documents).toBeGreaterThanOrEqual(126)
        const first = (await api.post("/admin/search/reindex", {}, admin)).data
        const second = (await api.post("/admin/search/reindex", {}, admin)).data
        expect(first.indexed).toBe(status.documents)
        expect(second).toMatchObject({ indexed: status.documents, removed: 0 })
        expect((await api.get("/admin/search", admin)).data.documents).toBe(status.documents)
        const bad = await api.post("/admin/search/reindex", { everything: true }, admin).catch((e: { response: Res }) => e.response)
        expect(bad.status).toBe(400)
      })

      it("refuses store callers", async () => {
        const res = await api.get("/admin/search", store).catch((e: { response: Res }) => e.response)
        expect(res.status).toBe(401)
      })
    })
  },
})
