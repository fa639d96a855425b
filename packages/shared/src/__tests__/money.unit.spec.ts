import { describe, expect, it } from "vitest"
import { formatCny, formatCnyLarge } from "../money"

describe("CNY formatting", () => {
  it("shows ¥ with two decimals in Chinese and in English", () => {
    expect(formatCny(38.5)).toBe("¥38.50")
    expect(formatCny(38.5, "en")).toBe("¥38.50")
    expect(formatCny(1288)).toBe("¥1,288.00")
  })

  it("writes large programme figures the way the 2020 report does", () => {
    expect(formatCnyLarge(39_330_000)).toBe("¥3,933万")
    expect(formatCnyLarge(889_000_000)).toBe("¥8.89亿")
    expect(formatCnyLarge(39_330_000, "en")).toBe("¥39.33M")
  })

  it("refuses amounts that are not numbers rather than printing ¥NaN", () => {
    expect(() => formatCny(Number.NaN)).toThrow(RangeError)
  })
})
