import { describe, expect, it } from "vitest"
import { addressCounty } from "../station-pickup"

// The default pickup station follows the county of the shipping address.
describe("addressCounty", () => {
  it("reads the district the region picker stored", () => {
    expect(addressCounty({ address_1: "示例路1号", metadata: { district: "禄劝彝族苗族自治县" } })).toBe("luquan")
  })

  it("finds a county's full or short name in an address typed by another client", () => {
    expect(addressCounty({ address_1: "寻甸回族彝族自治县 仁德街道示例路1号", city: "昆明市" })).toBe("xundian")
    expect(addressCounty({ address_1: "东川 铜都街道示例路2号" })).toBe("dongchuan")
  })

  it("knows no county for an address outside Kunming or none at all", () => {
    expect(addressCounty({ address_1: "朝阳区 示例路3号", city: "北京市" })).toBeUndefined()
    expect(addressCounty(null)).toBeUndefined()
  })
})
