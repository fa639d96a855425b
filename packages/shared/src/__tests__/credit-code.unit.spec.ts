import { describe, expect, it } from "vitest"
import { creditCodeCheckChar, creditCodeProblem, isValidCreditCode } from "../credit-code"

describe("统一社会信用代码 check (GB 32100-2015)", () => {
  it("accepts codes whose check character matches, including the standard's worked example", () => {
    expect(isValidCreditCode("91350100M000100Y43")).toBe(true)
    expect(isValidCreditCode("91110000600037341L")).toBe(true)
  })

  it("accepts lower case and surrounding spaces the way people paste codes", () => {
    expect(isValidCreditCode(" 91110000600037341l ")).toBe(true)
  })

  it("rejects a code with one mistyped character", () => {
    expect(creditCodeProblem("91350100M000100Y44")).toBe("check")
    expect(creditCodeProblem("91350100M000101Y43")).toBe("check")
  })

  it("names what is wrong: length, forbidden letters", () => {
    expect(creditCodeProblem("91350100M000100Y4")).toBe("length")
    // I, O, Z, S, V are not in the alphabet
    expect(creditCodeProblem("91350100MO00100Y43")).toBe("character")
  })

  it("computes the check character so demo data can make valid codes", () => {
    expect(creditCodeCheckChar("91530100MA6K0001X")).toBe("T")
    expect(() => creditCodeCheckChar("123")).toThrow(RangeError)
  })
})
