import { describe, expect, it } from "vitest"
import { badBody, badPath, badQuery, isoDate, MAX_LIMIT } from "../bad-input"

const nested = (depth: number) => {
  let value: Record<string, unknown> = { leaf: 1 }
  for (let i = 0; i < depth; i++) value = { n: value }
  return value
}

describe("the input no route accepts", () => {
  it("refuses a null byte anywhere, naming where", () => {
    expect(badQuery({ q: "a\u0000" })?.field).toBe("q")
    expect(badQuery({ created_at: { $gte: ["x", "\u0000"] } })?.field).toBe("created_at[$gte][1]")
    expect(badPath("/store/products/%00")?.field).toBe("path")
    expect(badPath("/store/products/%E0%A4%A")?.field).toBe("path")
    expect(badPath(`/admin/uploads/${"x".repeat(256)}`)?.field).toBe("path")
    expect(badPath(`/admin/uploads/${encodeURIComponent("名".repeat(86))}`)?.field).toBe("path")
    expect(badPath(`/admin/uploads/${"x".repeat(255)}`)).toBeUndefined()
    expect(badBody({ items: [{ title: "a\u0000b" }] })?.field).toBe("items[0].title")
    expect(badBody({ "a\u0000": 1 })?.field).toBe("a\u0000")
  })

  it("keeps limit and offset to whole numbers within bounds", () => {
    for (const limit of ["-1", "1.5", "1e3", "1000000000", ["1", "2"]]) expect(badQuery({ limit })?.field).toBe("limit")
    expect(badQuery({ offset: "-5" })?.field).toBe("offset")
    expect(badQuery({ limit: String(MAX_LIMIT), offset: "1900" })).toBeUndefined()
    expect(badQuery({ limit: "9999" })).toBeUndefined()
  })

  it("takes order as one field name, optionally descending", () => {
    expect(badQuery({ order: "-created_at" })).toBeUndefined()
    expect(badQuery({ order: "variants.title" })).toBeUndefined()
    for (const order of ["created_at;drop", "a b", "--x", ["a", "b"], "x".repeat(101)]) {
      expect(badQuery({ order })?.field).toBe("order")
    }
  })

  it("refuses dates outside 1900–2999 and keeps other strings", () => {
    expect(badQuery({ created_at: { $gte: "+275760-09-13" } })?.field).toBe("created_at[$gte]")
    expect(badBody({ starts_at: "12345-01-01" })?.field).toBe("starts_at")
    expect(badBody({ starts_at: "1899-12-31" })?.field).toBe("starts_at")
    expect(badBody({ starts_at: "2026-13-45" })?.field).toBe("starts_at")
    expect(badBody({ starts_at: "2026-05-01T08:00:00.000Z", note: "12345 apples", code: "KMFP-2020-0001" })).toBeUndefined()
  })

  it("refuses numbers beyond exact integers and fractional quantities", () => {
    expect(badBody({ prices: [{ amount: 1e308 }] })?.field).toBe("prices[0].amount")
    expect(badBody({ quantity: 1.5 })?.message).toContain("whole number")
    expect(badBody({ items: [{ quantity: 2, unit_price: 12.5 }] })).toBeUndefined()
  })

  it("bounds nesting: metadata 5 levels, a body 12", () => {
    expect(badBody({ metadata: nested(500) })?.field).toMatch(/^metadata/)
    expect(badBody({ metadata: nested(3) })).toBeUndefined()
    expect(badBody({ a: nested(20) })?.message).toContain("nested deeper")
  })
})

describe("isoDate", () => {
  it("takes ISO dates and refuses what coercion would turn into 1970", () => {
    expect(isoDate.parse("2026-05-01").toISOString()).toBe("2026-05-01T00:00:00.000Z")
    for (const value of [null, true, 12345, "12345", "+275760-09-13", "soon"]) {
      expect(isoDate.safeParse(value).success).toBe(false)
    }
  })
})
