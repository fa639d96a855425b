import { describe, expect, it } from "vitest"
import { placeInPinyin, placeName } from "../place-names"

describe("place names for English readers", () => {
  it("spell the name in pinyin and say the kind of place in English", () => {
    expect(placeInPinyin("仁德街道")).toBe("Rende Subdistrict")
    expect(placeInPinyin("柯渡镇")).toBe("Kedu Town")
    expect(placeInPinyin("六哨乡")).toBe("Liushao Township")
    expect(placeInPinyin("东川")).toBe("Dongchuan")
  })

  it("keep the Chinese name first on English pages, alone on Chinese ones", () => {
    expect(placeName("仁德街道", "en")).toBe("仁德街道 (Rende Subdistrict)")
    expect(placeName("仁德街道", "zh")).toBe("仁德街道")
  })
})
