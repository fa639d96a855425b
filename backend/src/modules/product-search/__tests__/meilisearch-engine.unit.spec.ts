import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { MeilisearchEngine } from "../engines/meilisearch"
import { demoDocuments } from "./demo-documents"
import { MeilisearchHttpStandIn } from "./meilisearch-http-stand-in"

// The adapter against a STAND-IN of the Meilisearch HTTP API (see the stand-in's header):
// it checks what the adapter sends and how it reads answers, not relevance.
describe("Meilisearch engine adapter (against an HTTP stand-in, not Meilisearch)", () => {
  const standIn = new MeilisearchHttpStandIn()
  let engine: MeilisearchEngine
  const docs = demoDocuments()

  beforeAll(async () => {
    const host = await standIn.start()
    engine = new MeilisearchEngine({ host, indexName: "products" })
  })
  afterAll(() => standIn.stop())

  it("creates the index with Chinese localized attributes, synonyms, typo tolerance, filters and sorts", async () => {
    await engine.prepare()
    expect(standIn.indexExists).toBe(true)
    const s = standIn.settings as Record<string, any>
    expect(s.localizedAttributes).toEqual(expect.arrayContaining([expect.objectContaining({ locales: ["cmn"], attributePatterns: expect.arrayContaining(["title"]) })]))
    expect(s.synonyms["土豆"]).toEqual(expect.arrayContaining(["马铃薯", "洋芋"]))
    expect(s.synonyms["tudou"]).toEqual(expect.arrayContaining(["malingshu", "yangyu"]))
    expect(s.typoTolerance.enabled).toBe(true)
    expect(s.filterableAttributes).toEqual(expect.arrayContaining(["county_handle", "category_handles", "certified", "price_min"]))
    expect(s.sortableAttributes).toEqual(expect.arrayContaining(["price_min", "price_max"]))
    expect(s.searchableAttributes.slice(0, 2)).toEqual(["title", "title_en"])
  })

  it("sends documents enriched with pinyin, initials suffixes and title bigrams, and waits for the task", async () => {
    await engine.upsert(docs)
    const beef = standIn.documents.get("prod_xundian-dried-beef")!
    expect(beef.py_fuzzy).toContain("niuganba")
    expect(String(beef.py_initials_suffixes).split(" ")).toContain("ngb")
    expect(String(beef.title_bigrams).split(" ")).toContain("干巴")
    expect(beef.county_facet).toBe("xundian|寻甸|Xundian Hui and Yi Autonomous County")
    const added = standIn.requests.findIndex((r) => r.method === "POST" && r.path.startsWith("/indexes/products/documents"))
    expect(standIn.requests.slice(added + 1).some((r) => r.method === "GET" && r.path.startsWith("/tasks/"))).toBe(true)
    expect(standIn.documents.size).toBe(docs.length)
  })

  it("retries when the server answers 503", async () => {
    standIn.failNext = 2
    await engine.upsert(docs.slice(0, 1))
    expect(standIn.failNext).toBe(0)
  })

  it("gives up with the error after repeated failures", async () => {
    standIn.failNext = 10
    await expect(engine.remove(["prod_x"])).rejects.toThrow()
    standIn.failNext = 0
  })

  it("translates filters and sorting, and maps facets back to labelled values", async () => {
    standIn.requests.length = 0
    const res = await engine.search({ q: "牛干巴", county: ["xundian", "luquan"], category: ["meat"], price_band: ["20-50"], certified: true, min_price: 10, max_price: 100, sort: "price_asc", limit: 5 })
    const searches = standIn.requests.filter((r) => r.path === "/indexes/products/search").map((r) => r.body as Record<string, any>)
    const page = searches.find((b) => b.limit === 5)!
    expect(page.filter).toEqual([
      'county_handle IN ["xundian", "luquan"]',
      'category_handles IN ["meat"]',
      'price_band IN ["20-50"]',
      "certified = true",
      "price_min >= 10",
      "price_min <= 100",
    ])
    expect(page.sort).toEqual(["price_min:asc"])
    expect(res.engine).toBe("meilisearch")
    expect(res.hits[0]?.title).toBe("寻甸牛干巴")
    expect(res.hits[0]?.highlight.title.filter((s) => s.match).map((s) => s.text)).toEqual(["牛干巴"])
    expect(res.facets.county).toEqual([{ value: "xundian", label_zh: "寻甸", label_en: "Xundian Hui and Yi Autonomous County", count: 1 }])
    expect(res.facets.price_band.map((b) => b.value)).toEqual(["0-20", "20-50", "50-100", "100-"])
  })

  it("counts each filtered facet under the other filters only (disjunctive facets)", async () => {
    standIn.requests.length = 0
    await engine.search({ q: "牛干巴", county: ["xundian"], certified: true })
    const searches = standIn.requests.filter((r) => r.path === "/indexes/products/search").map((r) => r.body as Record<string, any>)
    const countyCount = searches.find((b) => b.facets?.includes("county_facet"))!
    expect(countyCount.filter).toEqual(["certified = true"])
    const certifiedCount = searches.find((b) => b.facets?.includes("certified"))!
    expect(certifiedCount.filter).toEqual(['county_handle IN ["xundian"]'])
    const page = searches.find((b) => b.limit === 20)!
    expect(page.filter).toEqual(['county_handle IN ["xundian"]', "certified = true"])
    expect(page.facets).toEqual(["category_facets", "price_band"])
  })

  it("quotes filter values so a county handle cannot break out of the filter", async () => {
    standIn.requests.length = 0
    await engine.search({ q: "x", county: ['a" OR certified = false'] })
    const page = standIn.requests.find((r) => r.path === "/indexes/products/search" && (r.body as Record<string, any>).limit === 20)!.body as Record<string, any>
    expect(page.filter).toEqual(['county_handle IN ["a\\" OR certified = false"]'])
  })

  it("answers popular products when nothing matches, and nothing for an emoji-only query", async () => {
    const none = await engine.search({ q: "zzzz" })
    expect(none.count).toBe(0)
    expect(none.popular.length).toBeGreaterThan(0)
    const emoji = await engine.search({ q: "🥔" })
    expect(emoji.hits).toEqual([])
  })

  it("browses without a query text: a placeholder search, newest (highest id) first unless sorted by price or popularity", async () => {
    standIn.requests.length = 0
    const res = await engine.browse({ county: ["xundian"], category: ["meat"], limit: 5 })
    const searches = standIn.requests.filter((r) => r.path === "/indexes/products/search").map((r) => r.body as Record<string, any>)
    const page = searches.find((b) => b.limit === 5)!
    expect(page.q).toBe("")
    expect(page.sort).toEqual(["id:desc"])
    expect(page.filter).toEqual(['county_handle IN ["xundian"]', 'category_handles IN ["meat"]'])
    expect(res.engine).toBe("meilisearch")
    expect(res.ids).toHaveLength(Math.min(5, docs.length))
    expect(res.count).toBe(docs.length)
    standIn.requests.length = 0
    await engine.browse({ sort: "price_desc" })
    await engine.browse({ sort: "popular" })
    const sorts = standIn.requests.filter((r) => r.path === "/indexes/products/search").map((r) => (r.body as Record<string, any>).sort)
    expect(sorts).toEqual([["price_min:desc", "id:desc"], ["popularity:desc", "id:desc"]])
  })

  it("counts each category's shelf from one facet search and reads its picture from its newest products", async () => {
    standIn.requests.length = 0
    const shelves = await engine.shelves()
    const beef = docs.filter((d) => d.category_handles.includes("beef-products"))
    expect(shelves.find((s) => s.handle === "beef-products")).toEqual({
      handle: "beef-products",
      count: beef.length,
      thumbnail: expect.any(String),
    })
    const searches = standIn.requests.filter((r) => r.path === "/indexes/products/search").map((r) => r.body as Record<string, any>)
    expect(searches[0]).toMatchObject({ q: "", limit: 0, facets: ["category_handles"] })
    expect(searches.find((b) => JSON.stringify(b.filter) === '["category_handles = \\"beef-products\\""]')).toMatchObject({ sort: ["id:desc"] })
  })

  it("removes documents, lists ids, reads documents back and reports status", async () => {
    await engine.remove(["prod_xundian-dried-beef"])
    expect(standIn.documents.has("prod_xundian-dried-beef")).toBe(false)
    const ids = await engine.listIds()
    expect(ids).toHaveLength(docs.length - 1)
    const [noodles] = await engine.get(["prod_dongchuan-noodles"])
    expect(noodles).toMatchObject({ title: "东川面条", py_title: "dongchuanmiantiao" })
    expect(noodles).not.toHaveProperty("title_bigrams")
    const status = await engine.status()
    expect(status).toMatchObject({ documents: docs.length - 1, healthy: true })
  })
})
