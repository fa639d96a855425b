import { describe, expect, it } from "vitest"
import { orderPaymentStatus, PAYMENT_REFERENCE_PATTERN, paymentReference, toFen } from "../bank-transfer"

describe("payment references", () => {
  it("are FP, the Beijing date and six unambiguous characters", () => {
    // 2026-12-01 17:30 UTC is already 2 December in Kunming
    const ref = paymentReference(new Date("2026-12-01T17:30:00Z"), (n) => new Uint8Array(n).map((_, i) => i * 37))
    expect(ref).toMatch(PAYMENT_REFERENCE_PATTERN)
    expect(ref.slice(0, 10)).toBe("FP20261202")
    expect(ref.slice(10)).not.toMatch(/[01ILO]/)
  })

  it("draw again rather than bias towards the first letters (bytes above 247 are skipped)", () => {
    let calls = 0
    const ref = paymentReference(new Date(), (n) => (calls++ === 0 ? new Uint8Array(n).fill(250) : new Uint8Array(n).fill(30)))
    expect(calls).toBe(2)
    expect(ref.slice(10)).toBe("999999")
  })
})

describe("toFen", () => {
  it("converts yuan to whole fen exactly", () => {
    expect(toFen("1234.5")).toBe(123450)
    expect(toFen(0.3)).toBe(30)
    expect(toFen(19.99)).toBe(1999)
    expect(toFen("7")).toBe(700)
  })

  it("refuses a third decimal instead of rounding it", () => {
    expect(() => toFen("10.005")).toThrow(RangeError)
    expect(() => toFen(0.1 + 0.2)).toThrow(RangeError)
    expect(() => toFen("abc")).toThrow(RangeError)
  })
})

describe("orderPaymentStatus", () => {
  it("names awaiting, partial, paid and overpaid to the fen", () => {
    expect(orderPaymentStatus(10000, 0)).toBe("awaiting")
    expect(orderPaymentStatus(10000, 9999)).toBe("partial")
    expect(orderPaymentStatus(10000, 10000)).toBe("paid")
    expect(orderPaymentStatus(10000, 10001)).toBe("overpaid")
  })
})
