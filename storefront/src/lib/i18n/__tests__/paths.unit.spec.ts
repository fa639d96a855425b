import { describe, expect, it } from "vitest"
import {
  decodeSegment,
  languageAlternates,
  localeFromPathname,
  localizedHref,
  productHref,
  switchLocalePath,
} from "../paths"

describe("switchLocalePath (language switcher keeps the visitor on the same page)", () => {
  it("swaps the locale of a product page", () => {
    expect(switchLocalePath("/zh/products/xundian-dried-beef", "en")).toBe("/en/products/xundian-dried-beef")
    expect(switchLocalePath("/en/products/xundian-dried-beef", "zh")).toBe("/zh/products/xundian-dried-beef")
  })

  it("swaps the locale of the home page without adding a trailing slash", () => {
    expect(switchLocalePath("/zh", "en")).toBe("/en")
    expect(switchLocalePath("/zh/", "en")).toBe("/en")
  })

  it("keeps the query string", () => {
    expect(switchLocalePath("/zh/search", "en", "q=%E8%9C%82%E8%9C%9C&page=2")).toBe("/en/search?q=%E8%9C%82%E8%9C%9C&page=2")
    expect(switchLocalePath("/zh/search", "en", "?q=honey")).toBe("/en/search?q=honey")
    expect(switchLocalePath("/zh/search", "en", "")).toBe("/en/search")
  })

  it("adds a locale to paths that have none, rather than replacing a real segment", () => {
    expect(switchLocalePath("/", "en")).toBe("/en")
    expect(switchLocalePath("/products/x", "zh")).toBe("/zh/products/x")
    // "zhx" is not a locale, so it is kept as a path segment
    expect(switchLocalePath("/zhx/a", "en")).toBe("/en/zhx/a")
  })

  it("only treats the first segment as the locale", () => {
    expect(switchLocalePath("/zh/products/en", "en")).toBe("/en/products/en")
  })
})

describe("locale-aware links", () => {
  it("reads the locale from a pathname", () => {
    expect(localeFromPathname("/en/products/a")).toBe("en")
    expect(localeFromPathname("/zh")).toBe("zh")
    expect(localeFromPathname("/fr/products/a")).toBeNull()
    expect(localeFromPathname("/")).toBeNull()
  })

  it("builds home and product links", () => {
    expect(localizedHref("zh")).toBe("/zh")
    expect(localizedHref("en", "/")).toBe("/en")
    expect(localizedHref("en", "products/a")).toBe("/en/products/a")
    expect(productHref("zh", "dongchuan-noodles")).toBe("/zh/products/dongchuan-noodles")
    expect(productHref("en", "a b/c")).toBe("/en/products/a%20b%2Fc")
  })

  it("decodes percent-encoded handles and leaves malformed ones alone", () => {
    expect(decodeSegment("%E8%9C%82%E8%9C%9C")).toBe("蜂蜜")
    expect(decodeSegment("honey")).toBe("honey")
    expect(decodeSegment("100%")).toBe("100%")
  })
})

describe("languageAlternates", () => {
  it("lists the page in every language with its hreflang code", () => {
    expect(languageAlternates()).toEqual({ "zh-CN": "/zh", en: "/en" })
    expect(languageAlternates("/products/xundian-rice")).toEqual({
      "zh-CN": "/zh/products/xundian-rice",
      en: "/en/products/xundian-rice",
    })
  })
})
