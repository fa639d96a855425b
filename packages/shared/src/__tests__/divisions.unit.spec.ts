import { describe, expect, it } from "vitest"
import { citiesOf, DEFAULT_CITY, DEFAULT_PROVINCE, districtsOf, divisionOptions, findDivisions, provinces } from "../divisions"

describe("administrative divisions", () => {
  it("lists the mainland's 31 provincial divisions, 云南省 among them, without Taiwan, Hong Kong or Macao", () => {
    const names = provinces().map((p) => p.name)
    expect(names).toHaveLength(31)
    expect(names).toContain("云南省")
    expect(names).not.toContain("香港特别行政区")
    expect(names).not.toContain("台湾省")
  })

  it("knows Kunming's 14 county-level divisions by their GB/T 2260 codes", () => {
    const yunnan = provinces().find((p) => p.name === DEFAULT_PROVINCE)!
    const kunming = citiesOf(yunnan.code).find((c) => c.name === DEFAULT_CITY)!
    expect(kunming.code).toBe("530100")
    const districts = districtsOf(kunming.code)
    expect(districts).toHaveLength(14)
    expect(districts).toContainEqual({ code: "530129", name: "寻甸回族彝族自治县" })
    expect(districts).toContainEqual({ code: "530113", name: "东川区" })
    expect(districts).toContainEqual({ code: "530128", name: "禄劝彝族苗族自治县" })
  })

  it("finds a path only as far as it is nested", () => {
    expect(findDivisions({ province: "云南省", city: "昆明市", district: "寻甸回族彝族自治县" }).district?.code).toBe("530129")
    const wrong = findDivisions({ province: "云南省", city: "昆明市", district: "麒麟区" })
    expect(wrong.city?.code).toBe("530100")
    expect(wrong.district).toBeUndefined()
    expect(findDivisions({ province: "四川省", city: "昆明市" }).city).toBeUndefined()
  })

  it("offers the lists a form needs: cities once a province is chosen, districts once a city is", () => {
    expect(divisionOptions({}).cities).toEqual([])
    const kunming = divisionOptions({ province: "云南省", city: "昆明市" })
    expect(kunming.cities.map((c) => c.name)).toContain("曲靖市")
    expect(kunming.districts.map((d) => d.name)).toContain("五华区")
  })
})
