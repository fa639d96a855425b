import { describe, expect, it } from "vitest"
import { supplierPortalEn } from "../supplier-portal/en"
import { supplierPortalZh } from "../supplier-portal/zh"

function leaves(value: unknown, prefix = ""): Array<[string, unknown]> {
  if (typeof value !== "object" || value === null) return [[prefix, value]]
  return Object.entries(value).flatMap(([key, child]) => leaves(child, prefix ? `${prefix}.${key}` : key))
}

describe("the producer portal's dictionaries", () => {
  it("have the same keys in Chinese and English, none empty", () => {
    const zh = leaves(supplierPortalZh)
    const en = leaves(supplierPortalEn)
    expect(en.map(([k]) => k).sort()).toEqual(zh.map(([k]) => k).sort())
    for (const [key, text] of [...zh, ...en]) expect(typeof text === "string" && text.trim().length > 0, key).toBe(true)
  })

  it("keep the same placeholders in both languages", () => {
    const en = new Map(leaves(supplierPortalEn))
    for (const [key, text] of leaves(supplierPortalZh)) {
      const names = (s: unknown) => [...String(s).matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()
      expect(names(en.get(key)), key).toEqual(names(text))
    }
  })
})
