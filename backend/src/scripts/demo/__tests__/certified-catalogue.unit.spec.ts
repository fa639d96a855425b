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
