import { describe, expect, it } from "vitest"
import { browse, browseQuery, BROWSE_PAGE_SIZE, parseBrowseParams, withBrowseParams } from "../browse"

const NOW = new Date("2026-06-01T00:00:00Z")

function product(
  id: string,
  opts: { price?: number; county?: string; category?: string; cert?: string | null; created?: string } = {}
) {
  return {
    id,
    created_at: opts.created ?? "2026-01-01T00:00:00Z",
    metadata: opts.county ? { county_handle: opts.county } : {},
    categories: opts.category ? [{ id: `c-${opts.category}`, handle: opts.category, name: opts.category }] : [],
    variants:
      opts.price === undefined ? [] : [{ id: `${id}-v`, calculated_price: { calculated_amount: opts.price } }],
    certificate:
      opts.cert === null
        ? null
        : {
            number: `KMFP-2020-${id}`,
            status: opts.cert ?? "certified",
            issued_at: "2020-06-01T00:00:00Z",
            expires_at: "2027-06-01T00:00:00Z",
            certifying_office: "office",
            county_handle: opts.county ?? "xundian",
          },
  } as never as Parameters<typeof browse>[0][number]
}

describe("browse filters in the URL", () => {
  it("reads a shared link back into the same filters", () => {
    const params = parseBrowseParams({ category: "meat", county: "xundian", certified: "1", min: "20", max: "100", sort: "price_asc", page: "2" })
    expect(params).toEqual({ category: "meat", county: "xundian", certified: true, min: 20, max: 100, sort: "price_asc", page: 2 })
    expect(browseQuery(params)).toBe("?category=meat&county=xundian&certified=1&min=20&max=100&sort=price_asc&page=2")
  })

  it("ignores malformed values instead of failing, and swaps a reversed price range", () => {
    const params = parseBrowseParams({ category: "<script>", sort: "cheapest", page: "-3", min: "abc", max: "5", certified: "no" })
    expect(params).toEqual({ category: null, county: null, certified: false, min: null, max: 5, sort: "newest", page: 1 })
    expect(parseBrowseParams({ min: "100", max: "20" })).toMatchObject({ min: 20, max: 100 })
  })

  it("goes back to page 1 when a filter changes, but not when the page does", () => {
    const params = parseBrowseParams({ page: "3" })
    expect(withBrowseParams(params, { county: "luquan" }).page).toBe(1)
    expect(withBrowseParams(params, { page: 4 }).page).toBe(4)
    expect(browseQuery(parseBrowseParams({}))).toBe("")
  })
})

describe("browse", () => {
  const catalogue = [
    product("a", { price: 68, county: "xundian", category: "meat", created: "2026-01-03T00:00:00Z" }),
    product("b", { price: 12.8, county: "dongchuan", category: "noodles", created: "2026-01-02T00:00:00Z" }),
    product("c", { price: 30, county: "xundian", category: "meat", cert: "suspended", created: "2026-01-01T00:00:00Z" }),
    product("d", { county: "luquan", category: "honey", cert: null, created: "2026-01-04T00:00:00Z" }),
  ]

  it("filters by county, category and certified-now", () => {
    const ids = (q: Record<string, string>) => browse(catalogue, parseBrowseParams(q), NOW).items.map((p) => p.id)
    expect(ids({ county: "xundian" })).toEqual(["a", "c"])
    expect(ids({ county: "xundian", certified: "1" })).toEqual(["a"])
    expect(ids({ category: "noodles" })).toEqual(["b"])
    expect(ids({ min: "20", max: "50" })).toEqual(["c"])
  })

  it("sorts by price both ways with unpriced products last", () => {
    expect(browse(catalogue, parseBrowseParams({ sort: "price_asc" }), NOW).items.map((p) => p.id)).toEqual(["b", "c", "a", "d"])
    expect(browse(catalogue, parseBrowseParams({ sort: "price_desc" }), NOW).items.map((p) => p.id)).toEqual(["a", "c", "b", "d"])
    expect(browse(catalogue, parseBrowseParams({}), NOW).items.map((p) => p.id)).toEqual(["d", "a", "b", "c"])
  })

  it("pages the result and clamps a page past the end", () => {
    const many = Array.from({ length: BROWSE_PAGE_SIZE * 2 + 1 }, (_, i) => product(String(i), { price: i + 1 }))
    const last = browse(many, parseBrowseParams({ sort: "price_asc", page: "9" }), NOW)
    expect(last).toMatchObject({ count: BROWSE_PAGE_SIZE * 2 + 1, page: 3, pages: 3 })
    expect(last.items.map((p) => p.id)).toEqual([String(BROWSE_PAGE_SIZE * 2)])
  })
})
