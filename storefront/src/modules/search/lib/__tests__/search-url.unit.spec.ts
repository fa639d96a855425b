import { describe, expect, it } from "vitest"
import {
  activeFilters,
  categoryFacetRows,
  clearFacet,
  clearFacets,
  EMPTY_PARAMS,
  hasFacetFilters,
  isFacetValueSelected,
  listHref,
  listSorts,
  parseSearchParams,
  queryHref,
  searchHref,
  toggleCategory,
  toggleFacet,
  toStoreCatalogueQuery,
  toStoreSearchQuery,
  withSearchParams,
} from "../search-url"

/** What the page reads back from a link: the URL's search params, as Next hands them over. */
function follow(href: string) {
  const url = new URL(href, "http://shop.test")
  const raw: Record<string, string | string[]> = {}
  for (const key of new Set(url.searchParams.keys())) {
    const all = url.searchParams.getAll(key)
    raw[key] = all.length > 1 ? all : (all[0] ?? "")
  }
  return parseSearchParams(raw)
}

describe("search page URLs", () => {
  it("round-trip every setting through a shareable URL, lists kept readable with commas", () => {
    const params = parseSearchParams({
      q: " 牛干巴 ",
      county: "xundian,luquan",
      category: "meat",
      certified: "true",
      price: "20-50,50-100",
      sort: "price_desc",
      page: "2",
    })
    const href = searchHref("zh", params)
    expect(href).toBe(
      "/zh/search?q=%E7%89%9B%E5%B9%B2%E5%B7%B4&county=xundian,luquan&category=meat&certified=true&price=20-50,50-100&sort=price_desc&page=2"
    )
    expect(follow(href)).toEqual(params)
  })

  it("read lists however a link spells them: commas, %2C (the language switch) or repeated keys", () => {
    expect(follow("/zh/search?q=x&county=xundian%2Cluquan").county).toEqual(["xundian", "luquan"])
    expect(follow("/zh/search?q=x&county=xundian&county=luquan,dongchuan").county).toEqual(["xundian", "luquan", "dongchuan"])
  })

  it("leave defaults out, so a plain search is /en/search?q=…", () => {
    expect(queryHref("en", "  niuganba ")).toBe("/en/search?q=niuganba")
    expect(searchHref("zh", EMPTY_PARAMS)).toBe("/zh/search")
  })

  it("ignore malformed filters instead of failing, keeping the well-formed values beside them", () => {
    expect(
      parseSearchParams({ q: "面条", county: "Xun Dian!", category: "../etc", certified: "yes", price: "10-30", sort: "cheap", page: "-3" })
    ).toEqual({ ...EMPTY_PARAMS, q: "面条" })
    expect(parseSearchParams({ q: ["干巴", "x"], page: "1.5" })).toEqual({ ...EMPTY_PARAMS, q: "干巴" })
    const mixed = parseSearchParams({ q: "干巴", county: "xundian,<script>,,luquan", price: "0-1000000,100-" })
    expect(mixed.county).toEqual(["xundian", "luquan"])
    expect(mixed.price).toEqual(["100-"])
  })

  it("list each value once, price bands cheapest first, whatever the URL says", () => {
    const params = parseSearchParams({ q: "x", county: "luquan,xundian,luquan", price: "100-,20-50,100-" })
    expect(params.county).toEqual(["luquan", "xundian"])
    expect(params.price).toEqual(["20-50", "100-"])
  })

  it("keep at most 20 values of a facet, as many as the backend takes", () => {
    const many = Array.from({ length: 30 }, (_, i) => `c${i}`).join(",")
    expect(parseSearchParams({ q: "x", category: many }).category).toHaveLength(20)
  })

  it("keep an over-long query whole, so the page can say it is too long", () => {
    const long = "牛".repeat(1000)
    expect(parseSearchParams({ q: long }).q).toBe(long)
  })

  it("never page past what the backend serves", () => {
    expect(parseSearchParams({ q: "x", page: "99999" }).page).toBe(834)
    expect(toStoreSearchQuery(parseSearchParams({ q: "x", page: "99999" })).offset).toBeLessThanOrEqual(10_000)
  })
})

describe("facet checkboxes", () => {
  const base = parseSearchParams({ q: "干巴", sort: "price_asc", page: "3" })

  it("tick a value, keep the query and sort, and go back to page 1", () => {
    expect(searchHref("zh", toggleFacet(base, "county", "xundian"))).toBe("/zh/search?q=%E5%B9%B2%E5%B7%B4&county=xundian&sort=price_asc")
  })

  it("tick a second county beside the first, not instead of it", () => {
    const both = toggleFacet(toggleFacet(base, "county", "xundian"), "county", "luquan")
    expect(both.county).toEqual(["xundian", "luquan"])
    expect(isFacetValueSelected(both, "county", "xundian")).toBe(true)
    expect(isFacetValueSelected(both, "county", "luquan")).toBe(true)
    expect(searchHref("zh", both)).toBe("/zh/search?q=%E5%B9%B2%E5%B7%B4&county=xundian,luquan&sort=price_asc")
  })

  it("untick one value and keep the others; the facet leaves the URL with its last value", () => {
    const both = parseSearchParams({ q: "干巴", county: "xundian,luquan", page: "2" })
    const one = toggleFacet(both, "county", "xundian")
    expect(one.county).toEqual(["luquan"])
    expect(one.page).toBe(1)
    expect(searchHref("zh", toggleFacet(one, "county", "luquan"))).toBe("/zh/search?q=%E5%B9%B2%E5%B7%B4")
  })

  it("combine facets, and keep price bands cheapest first whatever order they were ticked in", () => {
    let p = toggleFacet(base, "price", "100-")
    p = toggleFacet(p, "price", "0-20")
    p = toggleFacet(toggleFacet(p, "category", "meat"), "county", "dongchuan")
    expect(p.price).toEqual(["0-20", "100-"])
    expect(new URL(searchHref("en", p), "http://shop.test").search).toBe(
      "?q=%E5%B9%B2%E5%B7%B4&county=dongchuan&category=meat&price=0-20,100-&sort=price_asc"
    )
  })

  it("treat certified as one choice: the other value replaces it, the same one clears it", () => {
    const certified = toggleFacet(base, "certified", "true")
    expect(certified.certified).toBe(true)
    expect(toggleFacet(certified, "certified", "true").certified).toBeNull()
    expect(toggleFacet(certified, "certified", "false").certified).toBe(false)
  })

  it("change nothing for values that are not handles or known bands", () => {
    const narrowed = parseSearchParams({ q: "干巴", county: "xundian", price: "20-50" })
    expect(toggleFacet(narrowed, "county", "<script>")).toEqual(narrowed)
    expect(toggleFacet(narrowed, "price", "0-1000000")).toEqual(narrowed)
    expect(toggleFacet(narrowed, "certified", "maybe")).toEqual(narrowed)
  })

  it("clear one facet, or all of them, keeping the query and sort", () => {
    const p = parseSearchParams({ q: "干巴", county: "xundian,luquan", category: "meat", certified: "true", price: "20-50", sort: "price_asc" })
    expect(searchHref("zh", clearFacet(p, "county"))).toBe("/zh/search?q=%E5%B9%B2%E5%B7%B4&category=meat&certified=true&price=20-50&sort=price_asc")
    expect(clearFacet(p, "certified").certified).toBeNull()
    expect(hasFacetFilters(p)).toBe(true)
    expect(hasFacetFilters(clearFacets(p))).toBe(false)
    expect(searchHref("en", clearFacets(p))).toBe("/en/search?q=%E5%B9%B2%E5%B7%B4&sort=price_asc")
  })

  it("list every ticked value for the chips, facet by facet", () => {
    const p = parseSearchParams({ q: "x", price: "20-50", certified: "false", county: "xundian,luquan", category: "meat" })
    expect(activeFilters(p)).toEqual([
      { facet: "county", value: "xundian" },
      { facet: "county", value: "luquan" },
      { facet: "category", value: "meat" },
      { facet: "certified", value: "false" },
      { facet: "price", value: "20-50" },
    ])
    expect(activeFilters(parseSearchParams({ q: "x" }))).toEqual([])
  })
})

describe("the backend query", () => {
  it("sends every ticked value, price bands as bands rather than a price range", () => {
    const params = withSearchParams(
      parseSearchParams({ q: "ngb", county: "xundian,luquan", category: "meat", certified: "false", price: "20-50,50-100", sort: "price_asc" }),
      { page: 2 }
    )
    expect(toStoreSearchQuery(params)).toEqual({
      q: "ngb",
      county: ["xundian", "luquan"],
      category: ["meat"],
      certified: false,
      price_band: ["20-50", "50-100"],
      sort: "price_asc",
      limit: 12,
      offset: 12,
    })
  })

  it("leaves out facets with nothing ticked, and relevance to the engine", () => {
    expect(toStoreSearchQuery(parseSearchParams({ q: "茶", county: "," }))).toEqual({ q: "茶", limit: 12, offset: 0 })
  })
})

describe("browse and search share one URL format", () => {
  it("a list without a query is the browse page, with the same facet parameters as a search", () => {
    const search = parseSearchParams({ q: "干巴", county: "xundian,luquan", category: "meat", price: "20-50", sort: "price_asc" })
    const browse = withSearchParams(search, { q: "" })
    expect(listHref("zh", search)).toBe("/zh/search?q=%E5%B9%B2%E5%B7%B4&county=xundian,luquan&category=meat&price=20-50&sort=price_asc")
    expect(listHref("zh", browse)).toBe("/zh/products?county=xundian,luquan&category=meat&price=20-50&sort=price_asc")
    // the browse page reads its own links back to the same filters
    const back = follow(listHref("en", withSearchParams(browse, { page: 3 })))
    expect(back).toEqual({ ...browse, page: 3 })
  })

  it("offers relevance only with a query; without one newest comes first and popular can be chosen", () => {
    expect(listSorts("面条")).toEqual(["relevance", "price_asc", "price_desc"])
    expect(listSorts("")).toEqual(["newest", "popular", "price_asc", "price_desc"])
    expect(parseSearchParams({}).sort).toBe("newest")
    expect(parseSearchParams({ sort: "popular" }).sort).toBe("popular")
    expect(parseSearchParams({ sort: "relevance" }).sort).toBe("newest")
    expect(parseSearchParams({ q: "茶", sort: "popular" }).sort).toBe("relevance")
    // each list's default stays out of its URL
    expect(listHref("zh", parseSearchParams({ sort: "newest" }))).toBe("/zh/products")
    expect(listHref("zh", parseSearchParams({ sort: "popular" }))).toBe("/zh/products?sort=popular")
  })

  it("asks the catalogue for the ticked facets and its own sort, the page apart", () => {
    const params = parseSearchParams({ county: "xundian", category: "meat,grain", certified: "true", price: "50-100,0-20", sort: "price_desc", page: "2" })
    expect(toStoreCatalogueQuery(params)).toEqual({
      county: ["xundian"],
      category: ["meat", "grain"],
      certified: true,
      price_band: ["0-20", "50-100"],
      sort: "price_desc",
    })
    expect(toStoreCatalogueQuery(parseSearchParams({ county: "," }))).toEqual({ sort: "newest" })
  })
})

describe("the category facet drills down from groups to their kinds", () => {
  const parents = { meat: null, "beef-products": "meat", "pork-products": "meat", grain: null, buckwheat: "grain" }
  const values = ["meat", "beef-products", "pork-products", "grain", "buckwheat"].map((value) => ({ value }))
  const rows = (selected: string[]) => categoryFacetRows(values, selected, parents).map((r) => `${"  ".repeat(r.depth)}${r.value.value}`)
  const browse = (category: string[]) => ({ ...EMPTY_PARAMS, sort: "newest" as const, category, page: 3 })

  it("lists only the groups until one is ticked, then that group's kinds under it", () => {
    expect(rows([])).toEqual(["meat", "grain"])
    expect(rows(["meat"])).toEqual(["meat", "  beef-products", "  pork-products", "grain"])
    // a ticked kind keeps its group open, so it can be unticked or a sibling added
    expect(rows(["buckwheat"])).toEqual(["meat", "grain", "  buckwheat"])
  })

  it("narrows a ticked group to the kind ticked under it, and broadens kinds back to their group", () => {
    expect(toggleCategory(browse(["meat"]), "beef-products", parents)).toMatchObject({ category: ["beef-products"], page: 1 })
    expect(toggleCategory(browse(["beef-products"]), "pork-products", parents).category).toEqual(["beef-products", "pork-products"])
    expect(toggleCategory(browse(["beef-products", "pork-products", "grain"]), "meat", parents).category).toEqual(["grain", "meat"])
  })

  it("adds and removes other values as any facet does, and ignores a malformed one", () => {
    expect(toggleCategory(browse(["meat"]), "grain", parents).category).toEqual(["meat", "grain"])
    expect(toggleCategory(browse(["meat", "grain"]), "meat", parents).category).toEqual(["grain"])
    expect(toggleCategory(browse(["meat"]), "Not A Handle", parents)).toMatchObject({ category: ["meat"], page: 1 })
  })

  it("keeps a kind whose group the results do not list at the top, and lists everything flat without the tree", () => {
    expect(categoryFacetRows([{ value: "beef-products" }, { value: "grain" }], [], parents).map((r) => r.value.value)).toEqual(["beef-products", "grain"])
    expect(categoryFacetRows(values, ["meat"], {}).every((r) => r.depth === 0)).toBe(true)
  })
})
