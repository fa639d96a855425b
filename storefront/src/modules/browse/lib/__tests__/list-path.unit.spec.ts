import { describe, expect, it } from "vitest"
import { listRewrite, paramsOfListSegment, publicListPath } from "../list-path"

const rewrite = (url: string) => {
  const u = new URL(url, "http://shop.test")
  return listRewrite(u.pathname, u.searchParams)
}

describe("a list URL and the cached page it is served from", () => {
  it("sends a filtered browse page to the one internal path of its canonical state, however the query was spelled", () => {
    const a = rewrite("/zh/products?sort=popular&county=xundian,luquan&utm_source=wechat")
    const b = rewrite("/zh/products?county=xundian&county=luquan&county=xundian&sort=popular")
    expect(a).toBe("/zh/products/list/county%3Dxundian%2Cluquan%26sort%3Dpopular")
    expect(b).toBe(a)
  })

  it("leaves the bare list alone: no filter, the default order, page 1, or only parameters the list does not know", () => {
    expect(rewrite("/zh/products")).toBeNull()
    expect(rewrite("/zh/products?sort=newest&page=1")).toBeNull()
    expect(rewrite("/en/products?utm_source=wechat&county=Not A Handle")).toBeNull()
    expect(rewrite("/zh/categories/meat")).toBeNull()
  })

  it("keeps of a category page's URL only its order and page (the category is the path's)", () => {
    expect(rewrite("/zh/categories/meat?county=xundian&sort=price_asc&page=2")).toBe("/zh/categories/meat/list/sort%3Dprice_asc%26page%3D2")
    expect(rewrite("/zh/categories/meat?county=xundian")).toBeNull()
  })

  it("never rewrites a query into the browse page (a list with one is a search) nor other pages", () => {
    expect(rewrite("/zh/products?q=牛干巴")).toBeNull()
    expect(rewrite("/zh/search?county=xundian")).toBeNull()
    expect(rewrite("/zh/products/xundian-dried-beef?sort=popular")).toBeNull()
    expect(rewrite("/fr/products?county=xundian")).toBeNull()
  })

  it("reads the state back from the segment, whether or not it arrives percent-decoded", () => {
    const encoded = "county%3Dxundian%2Cluquan%26certified%3Dtrue%26price%3D20-50%26sort%3Dprice_desc%26page%3D3"
    const expected = { county: ["xundian", "luquan"], certified: true, price: ["20-50"], sort: "price_desc", page: 3 }
    expect(paramsOfListSegment("products", encoded)).toMatchObject(expected)
    expect(paramsOfListSegment("products", decodeURIComponent(encoded))).toMatchObject(expected)
  })

  it("refuses a segment that is not the canonical spelling, so each state is one cached page", () => {
    expect(paramsOfListSegment("products", "sort%3Dpopular%26county%3Dxundian")).toBeNull()
    expect(paramsOfListSegment("products", "county%3Dxundian%26utm%3Dx")).toBeNull()
    expect(paramsOfListSegment("products", "anything")).toBeNull()
    expect(paramsOfListSegment("category", "county%3Dxundian")).toBeNull()
    expect(paramsOfListSegment("category", "page%3D2")).toMatchObject({ county: [], page: 2 })
  })

  it("gives the language switcher the URL the shopper sees for an internal path", () => {
    expect(publicListPath("/zh/products/list/county%3Dxundian%26sort%3Dpopular")).toEqual({ pathname: "/zh/products", search: "county=xundian&sort=popular" })
    expect(publicListPath("/en/categories/meat/list/page%3D2")).toEqual({ pathname: "/en/categories/meat", search: "page=2" })
    expect(publicListPath("/zh/products/xundian-dried-beef", "a=1")).toEqual({ pathname: "/zh/products/xundian-dried-beef", search: "a=1" })
  })
})
