import { describe, expect, it } from "vitest"
import { safeNextPath } from "../redirect"

describe("after logging in", () => {
  it("goes back to the shop page the shopper came from", () => {
    expect(safeNextPath("/zh/checkout", "zh")).toBe("/zh/checkout")
    expect(safeNextPath("/en/account/orders/order_1", "en")).toBe("/en/account/orders/order_1")
  })

  it("never leaves the shop, whatever the next parameter says", () => {
    for (const next of ["https://evil.example", "//evil.example", "/zh//evil.example", "/zh/\\evil.example", "javascript:alert(1)", "", null]) {
      expect(safeNextPath(next, "zh")).toBe("/zh/account")
    }
  })
})
