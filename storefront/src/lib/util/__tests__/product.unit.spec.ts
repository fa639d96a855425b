import { describe, expect, it } from "vitest"
import {
  categoryName,
  PLACEHOLDER_IMAGE,
  priceRange,
  productDescription,
  productImages,
  productOrigin,
  productSubtitle,
  productTitle,
  readOriginMetadata,
  resolveImageUrl,
  SOURCE_COUNTIES,
  sortVariantsByPrice,
  variantPrice,
} from "../product"
import { formatLowestPrice } from "../lowest-price"

const beef = {
  title: "寻甸牛干巴",
  subtitle: "回族传统腌制工艺",
  description: "寻甸回族传统工艺腌制风干的黄牛肉。",
  metadata: {
    county_handle: "xundian",
    township: "柯渡镇",
    title_en: "Xundian Dried Beef",
    description_en: "Air-dried beef cured the Hui way.",
    demo: true,
  },
}

const priced = (amount: number | null, original?: number | null) => ({
  calculated_price: { calculated_amount: amount, original_amount: original ?? amount },
})

describe("Chinese and English product text", () => {
  it("shows the Chinese fields on Chinese pages", () => {
    expect(productTitle(beef, "zh")).toBe("寻甸牛干巴")
    expect(productDescription(beef, "zh")).toBe("寻甸回族传统工艺腌制风干的黄牛肉。")
    expect(productSubtitle(beef, "zh")).toBe("回族传统腌制工艺")
  })

  it("shows metadata.title_en / description_en on English pages", () => {
    expect(productTitle(beef, "en")).toBe("Xundian Dried Beef")
    expect(productDescription(beef, "en")).toBe("Air-dried beef cured the Hui way.")
    // the subtitle exists only in Chinese: not mixed under an English title
    expect(productSubtitle(beef, "en")).toBeNull()
  })

  it("falls back to the Chinese text when there is no English", () => {
    const plain = { title: "东川面条", description: "手工面条", metadata: { title_en: "  " } }
    expect(productTitle(plain, "en")).toBe("东川面条")
    expect(productDescription(plain, "en")).toBe("手工面条")
    expect(productTitle({ title: "无元数据", metadata: null }, "en")).toBe("无元数据")
  })

  it("ignores metadata values of the wrong type", () => {
    expect(readOriginMetadata({ county_handle: 42, title_en: ["x"], demo: "yes" })).toEqual({})
    expect(readOriginMetadata({ demo: true, township: " 柯渡镇 " })).toEqual({ demo: true, township: "柯渡镇" })
  })

  it("names categories in the page's language", () => {
    const category = { name: "肉制品", metadata: { name_en: "Meat products" } }
    expect(categoryName(category, "zh")).toBe("肉制品")
    expect(categoryName(category, "en")).toBe("Meat products")
    expect(categoryName({ name: "调味品", metadata: null }, "en")).toBe("调味品")
  })
})

describe("origin", () => {
  it("resolves the county handle to Kunming's county names", () => {
    expect(productOrigin(beef.metadata, "zh")).toMatchObject({
      shortName: "寻甸",
      fullName: "寻甸回族彝族自治县",
      township: "柯渡镇",
    })
    expect(productOrigin(beef.metadata, "en")).toMatchObject({
      shortName: "Xundian",
      fullName: "Xundian Hui and Yi Autonomous County",
    })
  })

  it("is unknown for a handle that is not a Kunming county", () => {
    expect(productOrigin({ county_handle: "atlantis" }, "zh")).toBeNull()
    expect(productOrigin(undefined, "zh")).toBeNull()
  })

  it("lists the three source counties in the order the shop names them", () => {
    expect(SOURCE_COUNTIES.map((c) => c.short_zh)).toEqual(["东川", "寻甸", "禄劝"])
  })
})

describe("prices", () => {
  it("takes the lowest variant price for the card, in major units", () => {
    const variants = [priced(68), priced(38.5), priced(120)]
    expect(priceRange(variants)).toEqual({ min: 38.5, max: 120 })
    expect(formatLowestPrice(priceRange(variants), "zh")).toBe("¥38.50 起")
    expect(formatLowestPrice(priceRange(variants), "en")).toBe("from ¥38.50")
  })

  it("drops 起 / from when every variant costs the same", () => {
    expect(formatLowestPrice(priceRange([priced(15), priced(15)]), "zh")).toBe("¥15.00")
  })

  it("skips variants without a price and reports none when no variant has one", () => {
    expect(priceRange([{ calculated_price: null }, priced(29.9), {}])).toEqual({ min: 29.9, max: 29.9 })
    expect(priceRange([{ calculated_price: null }, priced(null)])).toBeNull()
    expect(priceRange(null)).toBeNull()
    expect(formatLowestPrice(null, "zh")).toBeNull()
  })

  it("treats 0 as a real price (a free sample), not a missing one", () => {
    expect(priceRange([priced(0), priced(10)])).toEqual({ min: 0, max: 10 })
  })

  it("shows the original price only when it is higher (a sale)", () => {
    expect(variantPrice(priced(30, 40))).toEqual({ amount: 30, original: 40 })
    expect(variantPrice(priced(30, 30))).toEqual({ amount: 30, original: null })
    expect(variantPrice(priced(30, 20))).toEqual({ amount: 30, original: null })
  })

  it("lists variants cheapest first, unpriced last, ties in their original order", () => {
    const big = { id: "1kg×2", ...priced(39.9) }
    const small = { id: "500g", ...priced(12.8) }
    const unknown = { id: "?", calculated_price: null }
    const same = { id: "500g-b", ...priced(12.8) }
    expect(sortVariantsByPrice([unknown, big, small, same]).map((v) => v.id)).toEqual(["500g", "500g-b", "1kg×2", "?"])
  })
})

describe("images", () => {
  it("accepts storefront paths and absolute http(s) URLs", () => {
    expect(resolveImageUrl("/images/products/beef.svg")).toBe("/images/products/beef.svg")
    expect(resolveImageUrl("https://cdn.example.com/a.jpg")).toBe("https://cdn.example.com/a.jpg")
    expect(resolveImageUrl("http://localhost:9000/static/a.png")).toBe("http://localhost:9000/static/a.png")
  })

  it("replaces missing or unsafe sources with the placeholder", () => {
    for (const src of [null, undefined, "", "   ", "javascript:alert(1)", "data:image/png;base64,xx", "images/a.svg", "//evil.example/a.png"]) {
      expect(resolveImageUrl(src)).toBe(PLACEHOLDER_IMAGE)
    }
  })

  it("puts the thumbnail first and lists each image once", () => {
    expect(
      productImages({
        thumbnail: "/images/products/beef.svg",
        images: [{ url: "/images/products/beef.svg" }, { url: "/images/products/tea.svg" }],
      })
    ).toEqual(["/images/products/beef.svg", "/images/products/tea.svg"])
    expect(productImages({ thumbnail: null, images: [] })).toEqual([PLACEHOLDER_IMAGE])
  })
})

describe("countyCommonName", () => {
  it("names counties the way a sentence does: 寻甸县, 东川区", async () => {
    const { countyCommonName } = await import("../product")
    const { countyByHandle } = await import("@fupin/shared")
    expect(countyCommonName(countyByHandle("xundian")!, "zh")).toBe("寻甸县")
    expect(countyCommonName(countyByHandle("dongchuan")!, "zh")).toBe("东川区")
    expect(countyCommonName(countyByHandle("anning")!, "zh")).toBe("安宁市")
    expect(countyCommonName(countyByHandle("xundian")!, "en")).toBe("Xundian County")
    expect(countyCommonName(countyByHandle("dongchuan")!, "en")).toBe("Dongchuan District")
  })
})

describe("homePicks", () => {
  it("puts national-catalogue products first, then each county's signature product, each once", async () => {
    const { homePicks } = await import("../product")
    const p = (handle: string, metadata: Record<string, unknown> = {}) => ({ handle, metadata })
    const catalogue = [
      p("new-thing", { county_handle: "luquan" }),
      p("luquan-tea", { county_handle: "luquan", gi: true }),
      p("chenggong-pears", { county_handle: "chenggong", gi: true }),
      p("luquan-tartary-buckwheat", { county_handle: "luquan" }),
      p("xundian-dried-beef", { county_handle: "xundian", featured: true, gi: true }),
      p("dongchuan-noodles", { county_handle: "dongchuan", featured: true }),
    ]
    expect(homePicks(catalogue).map((x) => x.handle)).toEqual([
      "xundian-dried-beef",
      "dongchuan-noodles",
      "luquan-tartary-buckwheat",
      "luquan-tea",
    ])
    expect(homePicks(catalogue, 2)).toHaveLength(2)
  })
})
