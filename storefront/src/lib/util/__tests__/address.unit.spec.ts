import { toMedusaAddress } from "@fupin/shared"
import { describe, expect, it } from "vitest"
import { formatCnAddress, fromMedusaAddress, readCnAddress, sameCnAddress } from "../address"

describe("Chinese checkout addresses", () => {
  it("come back from Medusa into the same form fields, so a returning shopper sees what they typed", () => {
    const form = new FormData()
    for (const [k, v] of Object.entries({
      name: " 张小红 ",
      mobile: "138 0013 8000",
      province: "云南省",
      city: "昆明市",
      district: "寻甸回族彝族自治县",
      detail: "仁德街道示例路1号",
    })) {
      form.set(k, v)
    }
    const typed = readCnAddress(form)
    expect(typed.name).toBe("张小红")
    const stored = toMedusaAddress(typed)
    expect(fromMedusaAddress(stored)).toEqual({
      name: "张小红",
      mobile: "13800138000",
      province: "云南省",
      city: "昆明市",
      district: "寻甸回族彝族自治县",
      detail: "仁德街道示例路1号",
      postal_code: undefined,
    })
    expect(formatCnAddress(stored)).toBe("云南省 昆明市 寻甸回族彝族自治县 仁德街道示例路1号")
  })

  it("are one entry in the address book however they were spaced, and two when the person or the place differs", () => {
    const home = { name: "张小红", mobile: "13800138000", province: "云南省", city: "昆明市", district: "五华区", detail: "示例路 1 号 2 栋 301" }
    const stored = fromMedusaAddress(toMedusaAddress(home))
    expect(sameCnAddress(stored, { ...home, detail: "示例路1号2栋301" })).toBe(true)
    expect(sameCnAddress(stored, { ...home, detail: "示例路 1 号 2 栋 302" })).toBe(false)
    expect(sameCnAddress(stored, { ...home, name: "李明" })).toBe(false)
  })
})
