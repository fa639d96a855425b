import { describe, expect, it } from "vitest"
import {
  MAX_RETAIL_LINE_QUANTITY,
  cnAddressProblems,
  isCnMobile,
  normaliseCnMobile,
  PAYMENT_PROVIDER_IDS,
  paymentWebhookPath,
  retailQuantityLimit,
  productCacheTags,
  toMedusaAddress,
} from "../checkout"

describe("Chinese mobile numbers", () => {
  it("accepts 11 digits starting 13–19, with +86, spaces or dashes", () => {
    expect(isCnMobile("13800138000")).toBe(true)
    expect(isCnMobile("19912345678")).toBe(true)
    expect(normaliseCnMobile("+86 138 0013 8000")).toBe("13800138000")
    expect(normaliseCnMobile("138-0013-8000")).toBe("13800138000")
  })

  it("refuses landlines, short numbers and a second digit below 3", () => {
    expect(isCnMobile("12800138000")).toBe(false)
    expect(isCnMobile("1380013800")).toBe(false)
    expect(isCnMobile("138001380001")).toBe(false)
    expect(isCnMobile("0871-63123456")).toBe(false)
  })
})

describe("Chinese address", () => {
  const valid = { name: "张三", mobile: "13800138000", province: "云南省", city: "昆明市", district: "寻甸回族彝族自治县", detail: "仁德街道 示例路 8 号" }

  it("is valid with recipient, mobile, province, city, district and detail", () => {
    expect(cnAddressProblems(valid)).toEqual({})
  })

  it("names every missing or wrong field in Chinese and English", () => {
    const problems = cnAddressProblems({ ...valid, district: "", mobile: "12345", postal_code: "6500" })
    expect(Object.keys(problems).sort()).toEqual(["district", "mobile", "postal_code"])
    expect(problems.mobile?.zh).toContain("11 位")
    expect(problems.district?.en).toContain("district")
  })

  it("takes only real, nested divisions: a district of another city or a made-up province is named", () => {
    expect(cnAddressProblems({ ...valid, province: "滇省" }).province?.zh).toBe("请从列表中选择省份")
    expect(cnAddressProblems({ ...valid, city: "成都市" }).city?.zh).toBe("请选择云南省的城市")
    // 五华区 is Kunming's; 麒麟区 belongs to 曲靖市
    expect(cnAddressProblems({ ...valid, district: "麒麟区" }).district?.en).toBe("Choose a district of 昆明市")
    expect(cnAddressProblems({ ...valid, district: "五华区" })).toEqual({})
    expect(cnAddressProblems({ ...valid, province: "北京市", city: "北京市", district: "海淀区" })).toEqual({})
  })

  it("maps onto Medusa's address with the district before the street and country cn", () => {
    expect(toMedusaAddress(valid)).toMatchObject({
      last_name: "张",
      first_name: "三",
      phone: "13800138000",
      province: "云南省",
      city: "昆明市",
      address_1: "寻甸回族彝族自治县 仁德街道 示例路 8 号",
      country_code: "cn",
    })
  })
})

describe("payment providers and cache tags", () => {
  it("derives each provider's webhook route from its id", () => {
    expect(paymentWebhookPath(PAYMENT_PROVIDER_IDS.alipay)).toBe("/hooks/payment/stripe-alipay_stripe-cn")
    expect(paymentWebhookPath(PAYMENT_PROVIDER_IDS.stripeCard)).toBe("/hooks/payment/stripe_stripe")
  })

  it("tags a product's pages with the catalogue tag and its own", () => {
    expect(productCacheTags("xundian-dried-beef")).toEqual(["products", "product:xundian-dried-beef"])
    expect(productCacheTags()).toEqual(["products"])
  })
})

describe("retail quantity limit", () => {
  it("is the stock when stock is tracked, however large, and never 99", () => {
    expect(retailQuantityLimit(200)).toBe(200)
    expect(retailQuantityLimit(3)).toBe(3)
    expect(retailQuantityLimit(0)).toBe(0)
  })

  it("is the stated maximum when stock is not tracked or beyond it", () => {
    expect(retailQuantityLimit(null)).toBe(MAX_RETAIL_LINE_QUANTITY)
    expect(retailQuantityLimit(50_000)).toBe(MAX_RETAIL_LINE_QUANTITY)
  })
})
