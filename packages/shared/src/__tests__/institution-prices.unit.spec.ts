import { describe, expect, it } from "vitest"
import { quantityBreaks, unitPriceAt } from "../institution-prices"

describe("unitPriceAt", () => {
  const noodles = { unit_price: 11, price_tiers: [{ min_quantity: 1, unit_price: 11 }, { min_quantity: 50, unit_price: 10.5 }] }

  it("charges the break's price from its min_quantity on, the lower tier's one below it", () => {
    expect(unitPriceAt(noodles, 1)).toBe(11)
    expect(unitPriceAt(noodles, 49)).toBe(11)
    expect(unitPriceAt(noodles, 50)).toBe(10.5)
    expect(unitPriceAt(noodles, 500)).toBe(10.5)
  })

  it("falls back to the unit price without tiers, and names only real breaks", () => {
    expect(unitPriceAt({ unit_price: 19.9 }, 80)).toBe(19.9)
    expect(unitPriceAt({ unit_price: null, price_tiers: [] }, 3)).toBeNull()
    expect(quantityBreaks(noodles.price_tiers)).toEqual([{ min_quantity: 50, unit_price: 10.5 }])
  })
})
