import { describe, expect, it } from "vitest"
import {
  clearFacets,
  EMPTY_PARAMS,
  parseSearchParams,
  queryHref,
  searchHref,
  toggleFacet,
  toStoreSearchQuery,
  withSearchParams,
} from "../search-url"

describe("search page URLs", () => {
  it("round-trip every setting through a shareable URL", () => {
    const params = parseSearchParams({
      q: " 牛干巴 ",
      county: "xundian",
      category: "meat",
      certified: "true",
      price: "50-100",
      sort: "price_desc",
      page: "2",
    })
    const href = searchHref("zh", params)
    expect(href).toBe("/zh/search?q=%E7%89%9B%E5%B9%B2%E5%B7%B4&county=xundian&category=meat&certified=true&price=50-100&sort=price_desc&page=2")
    const url = new URL(href, "http://shop.test")
    expect(parseSearchParams(Object.fromEntries(url.searchParams))).toEqual(params)
  })

  it("leave defaults out, so a plain search is /en/search?q=…", () => {
    expect(queryHref("en", "  niuganba ")).toBe("/en/search?q=niuganba")
    expect(searchHref("zh", EMPTY_PARAMS)).toBe("/zh/search")
  })

  it("ignore malformed filters instead of failing", () => {
    expect(
      parseSearchParams({ q: "面条", county: "Xun Dian!", category: "../etc", certified: "yes", price: "10-30", sort: "cheap", page: "-3" })
    ).toEqual({ ...EMPTY_PARAMS, q: "面条" })
    expect(parseSearchParams({ q: ["干巴", "x"], page: "1.5" })).toEqual({ ...EMPTY_PARAMS, q: "干巴" })
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

describe("facet links", () => {
  const base = parseSearchParams({ q: "干巴", sort: "price_asc", page: "3" })

  it("select a value, keep the query and sort, and go back to page 1", () => {
    expect(searchHref("zh", toggleFacet(base, "county", "xundian"))).toBe(
      "/zh/search?q=%E5%B9%B2%E5%B7%B4&county=xundian&sort=price_asc"
    )
  })

  it("clear a value that is already selected", () => {
    const narrowed = toggleFacet(base, "county", "xundian")
    expect(toggleFacet(narrowed, "county", "xundian").county).toBeNull()
    const certified = toggleFacet(base, "certified", "true")
    expect(certified.certified).toBe(true)
    expect(toggleFacet(certified, "certified", "true").certified).toBeNull()
    expect(toggleFacet(certified, "certified", "false").certified).toBe(false)
  })

  it("replace the value of the same facet and combine different facets", () => {
    const a = toggleFacet(toggleFacet(base, "county", "xundian"), "county", "dongchuan")
    expect(a.county).toBe("dongchuan")
    const b = toggleFacet(toggleFacet(a, "category", "meat"), "price", "20-50")
    expect(new URL(searchHref("en", b), "http://shop.test").searchParams.toString()).toBe(
      "q=%E5%B9%B2%E5%B7%B4&county=dongchuan&category=meat&price=20-50&sort=price_asc"
    )
    expect(searchHref("en", clearFacets(b))).toBe("/en/search?q=%E5%B9%B2%E5%B7%B4&sort=price_asc")
  })

  it("refuse values that are not handles or known bands", () => {
    expect(toggleFacet(base, "county", "<script>").county).toBeNull()
    expect(toggleFacet(base, "price", "0-1000000").price).toBeNull()
  })
})

describe("the backend query", () => {
  it("turns the page state into GET /store/search parameters", () => {
    const params = withSearchParams(parseSearchParams({ q: "ngb", county: "xundian", certified: "false", price: "20-50", sort: "price_asc" }), {
      page: 2,
    })
    expect(toStoreSearchQuery(params)).toEqual({
      q: "ngb",
      county: "xundian",
      certified: false,
      min_price: 20,
      // bands are [20, 50): the backend's max is inclusive
      max_price: 49.99,
      sort: "price_asc",
      limit: 12,
      offset: 12,
    })
  })

  it("leaves the top price band open and relevance to the engine", () => {
    expect(toStoreSearchQuery(parseSearchParams({ q: "茶", price: "100-" }))).toEqual({ q: "茶", min_price: 100, limit: 12, offset: 0 })
  })
})
