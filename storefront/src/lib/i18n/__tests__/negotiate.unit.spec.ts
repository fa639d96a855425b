import { describe, expect, it } from "vitest"
import { localeFromAcceptLanguage, preferredLocale } from "../negotiate"

describe("preferredLocale (where / redirects to)", () => {
  it("defaults to Chinese when the browser says nothing useful", () => {
    expect(preferredLocale({})).toBe("zh")
    expect(preferredLocale({ acceptLanguage: "" })).toBe("zh")
    expect(preferredLocale({ acceptLanguage: "fr-FR,de;q=0.8" })).toBe("zh")
  })

  it("follows Accept-Language by q-value, not by position", () => {
    expect(preferredLocale({ acceptLanguage: "en-US,en;q=0.9" })).toBe("en")
    expect(preferredLocale({ acceptLanguage: "zh-CN,zh;q=0.9,en;q=0.8" })).toBe("zh")
    expect(preferredLocale({ acceptLanguage: "zh;q=0.5, en;q=0.9" })).toBe("en")
    expect(preferredLocale({ acceptLanguage: "fr, zh-TW;q=0.7, en;q=0.3" })).toBe("zh")
  })

  it("ignores languages the browser explicitly refuses (q=0)", () => {
    expect(localeFromAcceptLanguage("en;q=0, zh;q=0.1")).toBe("zh")
    expect(localeFromAcceptLanguage("en;q=0")).toBeNull()
  })

  it("lets an earlier choice in the switcher win over the browser", () => {
    expect(preferredLocale({ cookie: "en", acceptLanguage: "zh-CN" })).toBe("en")
    expect(preferredLocale({ cookie: "zh", acceptLanguage: "en-US" })).toBe("zh")
  })

  it("ignores a cookie that is not a supported locale", () => {
    expect(preferredLocale({ cookie: "fr", acceptLanguage: "en-GB" })).toBe("en")
  })
})
