import { describe, expect, it } from "vitest"
import type { SearchFacets } from "@fupin/shared"
import { facetValueLabel } from "../facet-label"

const facets: SearchFacets = {
  county: [{ value: "xundian", label_zh: "寻甸", label_en: "Xundian Hui and Yi Autonomous County", count: 3 }],
  category: [{ value: "meat", label_zh: "肉制品", label_en: "Meat products", count: 2 }],
  certified: [{ value: "true", label_zh: "认定扶贫产品", label_en: "Certified", count: 5 }],
  price_band: [{ value: "20-50", label_zh: "¥20–50", label_en: "¥20–50", count: 1 }],
}

describe("facet value labels (checkboxes and chips)", () => {
  it("name counties as the rest of the shop does, short", () => {
    expect(facetValueLabel(facets, "county", "xundian", "zh")).toBe("寻甸")
    expect(facetValueLabel(facets, "county", "xundian", "en")).toBe("Xundian")
  })

  it("use the facet's label for categories and bands in the page's language", () => {
    expect(facetValueLabel(facets, "category", "meat", "zh")).toBe("肉制品")
    expect(facetValueLabel(facets, "category", "meat", "en")).toBe("Meat products")
    expect(facetValueLabel(facets, "price", "20-50", "en")).toBe("¥20–50")
    expect(facetValueLabel(facets, "certified", "true", "zh")).toBe("认定扶贫产品")
  })

  it("still name a ticked value the current results no longer list", () => {
    expect(facetValueLabel(facets, "county", "luquan", "zh")).toBe("禄劝")
    expect(facetValueLabel(facets, "price", "100-", "zh")).toBe("¥100 以上")
    expect(facetValueLabel(facets, "price", "100-", "en")).toBe("¥100+")
    expect(facetValueLabel(facets, "certified", "false", "en")).toBe("Not certified")
    expect(facetValueLabel(facets, "category", "tea", "zh")).toBe("tea")
  })
})
