import { BigNumber } from "@medusajs/framework/utils"
import { describe, expect, it } from "vitest"
import { fenOf } from "../service"

describe("fenOf (amounts Medusa stored or computed, in whole fen)", () => {
  it("reads numbers, strings, BigNumbers and serialized raw amounts exactly", () => {
    expect(fenOf(100.01)).toBe(10001)
    expect(fenOf("545")).toBe(54500)
    expect(fenOf(0.1 + 0.2)).toBe(30)
    expect(fenOf(new BigNumber(12.34))).toBe(1234)
    expect(fenOf({ numeric: 19.9, raw: { value: "19.9" } })).toBe(1990)
    expect(fenOf(null)).toBe(0)
  })

  it("takes a computed total with a tax remainder to the nearest fen, and refuses what is no amount", () => {
    expect(fenOf(84.0000001)).toBe(8400)
    expect(() => fenOf({ colour: "red" })).toThrow(TypeError)
  })
})
