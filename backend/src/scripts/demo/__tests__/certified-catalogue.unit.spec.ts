import { describe, expect, it } from "vitest"
import { isCertificateExpiringSoon, isCertificateValidOn } from "@fupin/shared"
import { DEMO_CATEGORIES, DEMO_PRODUCTS } from "../catalogue"
import {
  BASE_PRODUCT_FLAGS,
  certificatePlan,
  CERTIFIED_PRODUCTS,
  EXTRA_KINDS,
  LIFECYCLE_PRODUCTS,
} from "../certified-catalogue-data"
import { CATEGORY_GROUPS, PRODUCT_KINDS } from "../category-tree"
import { DEMO_TOWNSHIPS } from "../geography"

const certified = [
  ...DEMO_PRODUCTS.map((p) => ({ handle: p.handle, kind: p.category, county_handle: p.county_handle, township: p.township as string | null, gi: !!BASE_PRODUCT_FLAGS[p.handle]?.gi })),
  ...CERTIFIED_PRODUCTS.map((p) => ({ handle: p.handle, kind: p.kind, county_handle: p.county_handle, township: p.township, gi: p.flags.includes("gi") })),
]

describe("the demo certified catalogue (docs/source-figures.md)", () => {
  it("has exactly 126 certified products over exactly 38 kinds, every kind used", () => {
    expect(certified).toHaveLength(126)
    const kinds = [...DEMO_CATEGORIES.map((c) => c.handle), ...EXTRA_KINDS.map((k) => k.handle)]
    expect(new Set(kinds).size).toBe(38)
    expect(new Set(certified.map((p) => p.kind))).toEqual(new Set(kinds))
  })

  it("files the 38 kinds in a tree: each kind in exactly one group, no group also a kind, every group used", () => {
    const kinds = PRODUCT_KINDS.map((k) => k.handle)
    const filed = CATEGORY_GROUPS.flatMap((g) => g.kinds)
    expect(filed.sort()).toEqual([...kinds].sort())
    expect(new Set(filed).size).toBe(38)
    for (const g of CATEGORY_GROUPS) {
      expect(kinds, g.handle).not.toContain(g.handle)
      expect(certified.some((p) => g.kinds.includes(p.kind)), g.handle).toBe(true)
    }
    // one kind for beef: 寻甸牛干巴 beside the other beef products (肉类制品 and 牛肉制品 overlapped)
    expect(certified.find((p) => p.handle === "xundian-dried-beef")?.kind).toBe("beef-products")
    expect(CATEGORY_GROUPS.find((g) => g.kinds.includes("beef-products"))?.name).toBe("肉禽蛋品")
    expect(new Set(PRODUCT_KINDS.map((k) => k.name)).size).toBe(38)
  })

  it("flags exactly 13 geographical indications", () => {
    expect(certified.filter((p) => p.gi)).toHaveLength(13)
  })

  it("comes mostly from the three delisted counties, from their real townships", () => {
    const delisted = certified.filter((p) => ["dongchuan", "luquan", "xundian"].includes(p.county_handle))
    expect(delisted.length / certified.length).toBeGreaterThan(0.75)
    for (const p of [...certified, ...LIFECYCLE_PRODUCTS]) {
      if (!p.township) continue
      expect(DEMO_TOWNSHIPS[p.county_handle]?.map(([name]) => name), p.handle).toContain(p.township)
    }
  })

  it("uses unique handles and certificate numbers", () => {
    const handles = [...certified, ...LIFECYCLE_PRODUCTS].map((p) => p.handle)
    expect(new Set(handles).size).toBe(handles.length)
    const numbers = certificatePlan().map((c) => c.number)
    expect(new Set(numbers).size).toBe(numbers.length)
  })

  it("makes the 126 certificates valid on the day the demo is loaded, whatever that day is, and the lifecycle ones not", () => {
    for (const today of [new Date("2026-11-28T10:00:00Z"), new Date("2031-02-01T23:00:00Z")]) {
      const plan = certificatePlan(today)
      const valid = plan.filter((c) => isCertificateValidOn(c, today))
      expect(valid).toHaveLength(126)
      expect(plan.filter((c) => !isCertificateValidOn(c, today)).map((c) => c.status).sort()).toEqual(
        ["applied", "applied", "applied", "expired", "expired", "revoked", "suspended"]
      )
      expect(plan.filter((c) => isCertificateExpiringSoon(c, today)).map((c) => c.handle).sort()).toEqual(
        ["dongchuan-pumpkins", "luquan-oat-rice", "xundian-strawberries"]
      )
    }
  })
})
