import { describe, expect, it } from "vitest"
import { en } from "../en"
import { getDictionary, interpolate, plural } from "../index"
import { zh } from "../zh"

function leafPaths(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix]
  return Object.entries(value).flatMap(([key, child]) => leafPaths(child, prefix ? `${prefix}.${key}` : key))
}

describe("dictionaries", () => {
  it("have the same keys in Chinese and English, and no empty strings", () => {
    expect(leafPaths(en).sort()).toEqual(leafPaths(zh).sort())
    for (const dict of [zh, en]) {
      for (const path of leafPaths(dict)) {
        const text = path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], dict)
        expect(typeof text === "string" && text.trim().length > 0, `${path} is empty`).toBe(true)
      }
    }
  })

  it("are picked by locale", () => {
    expect(getDictionary("zh").notFound.home).toBe("返回首页")
    expect(getDictionary("en").notFound.home).toBe("Back to the home page")
  })

  it("count sizes with the right plural form", () => {
    expect(plural(en.product.variantCount, 1, "en")).toBe("1 size")
    expect(plural(en.product.variantCount, 3, "en")).toBe("3 sizes")
    expect(plural(zh.product.variantCount, 1, "zh")).toBe("1 种规格")
  })

  it("fill placeholders and leave unknown ones visible", () => {
    expect(interpolate("{price} 起", { price: "¥38.00" })).toBe("¥38.00 起")
    expect(interpolate("from {price}", {})).toBe("from {price}")
  })
})
