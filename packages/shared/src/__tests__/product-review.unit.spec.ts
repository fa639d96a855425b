import { describe, expect, it } from "vitest"
import { maskDisplayName, summarizeRatings } from "../product-review"

describe("the name a review shows", () => {
  it("keeps the first character and hides the rest and its length", () => {
    expect(maskDisplayName("张三")).toBe("张**")
    expect(maskDisplayName("欧阳娜娜")).toBe("欧**")
    expect(maskDisplayName("  Alice ")).toBe("A**")
    expect(maskDisplayName("𠀋一")).toBe("𠀋**")
  })
  it("says 匿名用户 when there is no name to start from", () => {
    expect(maskDisplayName("")).toBe("匿名用户")
    expect(maskDisplayName(null)).toBe("匿名用户")
    expect(maskDisplayName("@example.com")).toBe("匿名用户")
  })
})

describe("the stars of a product", () => {
  it("averages the approved reviews to one decimal and counts each star", () => {
    expect(summarizeRatings([{ rating: 5, count: 2 }, { rating: 4, count: 1 }])).toEqual({ count: 3, average: 4.7, by_rating: { "1": 0, "2": 0, "3": 0, "4": 1, "5": 2 } })
    expect(summarizeRatings([{ rating: 1, count: 1 }, { rating: 2, count: 1 }])).toEqual({ count: 2, average: 1.5, by_rating: { "1": 1, "2": 1, "3": 0, "4": 0, "5": 0 } })
  })
  it("has no average without reviews and ignores stars outside 1–5", () => {
    expect(summarizeRatings([])).toEqual({ count: 0, average: null, by_rating: { "1": 0, "2": 0, "3": 0, "4": 0, "5": 0 } })
    expect(summarizeRatings([{ rating: 6, count: 3 }, { rating: 0, count: 1 }]).count).toBe(0)
  })
})
