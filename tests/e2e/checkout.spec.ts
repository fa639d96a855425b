import { expect, test } from "@playwright/test"
import { api, login } from "./support/backend"
import { addToCart, certificateAction, checkoutHome, expectAccessible, expectImpact, fillAddress, listFacets, shot, TEXT, uniqueEmail, type Lang } from "./support/shop"

test.describe("buying a certified product", () => {
  test("zh: browse → 寻甸牛干巴 → cart → checkout with home delivery → what the purchase did", async ({ page }) => {
    const t = TEXT.zh
    // Browse: the filters are in the URL (search's format), so the list can be shared.
    await page.goto("/zh/products?county=xundian&category=meat&certified=true")
    const facets = await listFacets(page)
    await expect(facets.getByRole("checkbox", { name: /^寻甸/ })).toBeChecked()
    await expect(facets.getByRole("checkbox", { name: /^认定扶贫产品/ })).toBeChecked()
    await expect(page.getByRole("link", { name: /^移除筛选：/ })).toHaveCount(3)
    await shot(page, "browse-zh")
    await expectAccessible(page)
    await page.getByRole("link", { name: "寻甸牛干巴" }).first().click()
    await expect(page).toHaveURL(/\/zh\/products\/xundian-dried-beef$/)

    // Product: certificate badge linking to the public verification page.
    const certificate = page.getByTestId("certificate-link")
    await expect(certificate).toHaveText(/^[A-Z]+-\d{4}-\d+$/)
    await shot(page, "product-with-certificate-zh")
    await expectAccessible(page)
    const number = (await certificate.textContent())!.trim()
    await certificate.click()
    await expect(page).toHaveURL(new RegExp(`/zh/certifications/${number}$`))
    await expect(page.getByTestId("certificate-verdict")).toContainText("证书有效")
    await shot(page, "certificate-zh")
    await page.goBack()

    // Cart: add two, then change the quantity; the cart survives a reload.
    await addToCart(page, "zh", "xundian-dried-beef", 2)
    await page.getByTestId("header-cart").click()
    await expect(page).toHaveURL(/\/zh\/cart$/)
    await expect(page.getByTestId("cart-line")).toHaveCount(1)
    await expect(page.getByRole("status", { name: "数量" }).or(page.locator("output")).first()).toHaveText("2")
    await expect(page.getByTestId("cart-total")).toHaveText("¥136.00")
    await page.getByRole("button", { name: /增加 .* 的数量/ }).click()
    await expect(page.getByTestId("cart-total")).toHaveText("¥204.00")
    await page.reload()
    await expect(page.getByTestId("cart-total")).toHaveText("¥204.00")
    await shot(page, "cart-zh")
    await expectAccessible(page)

    // Checkout: a wrong mobile number is named inline and nothing typed is lost.
    await page.getByRole("link", { name: t.checkout }).click()
    await expect(page).toHaveURL(/\/zh\/checkout/)
    // The region picker: 省 → 市 → 区县 from the registry's divisions, each list following the one above.
    const province = page.getByLabel(t.province, { exact: true })
    const city = page.getByLabel(t.city, { exact: true })
    const district = page.getByLabel(t.district, { exact: true })
    await expect(province).toHaveValue("云南省")
    await expect(city).toHaveValue("昆明市")
    await expect(district.locator("option")).toHaveCount(1 + 14) // 请选择 and Kunming's 14 districts and counties
    await expect(district.locator("option", { hasText: "寻甸回族彝族自治县" })).toHaveCount(1)
    await province.selectOption("北京市")
    await expect(city).toHaveValue("北京市") // a municipality's only city is chosen for the shopper
    await expect(district.locator("option", { hasText: "海淀区" })).toHaveCount(1)
    await province.selectOption("云南省")
    await expect(city).toHaveValue("")
    await expect(district).toBeDisabled()
    await city.selectOption("昆明市")
    await shot(page, "checkout-region-picker-zh")
    const email = uniqueEmail("zh-home")
    await fillAddress(page, "zh", email, "1234")
    await page.getByRole("button", { name: t.save }).click()
    await expect(page.getByText(t.mobileError)).toBeVisible()
    await expect(page.getByLabel(t.name, { exact: true })).toHaveValue("张小红")
    await expect(page.getByLabel(t.detail, { exact: true })).toHaveValue("示例路 1 号 2 栋 301")
    await expect(district).toHaveValue("五华区")
    await shot(page, "checkout-error-zh")
    await expectAccessible(page)

    await page.getByLabel(t.mobile, { exact: true }).fill("138 0013 8000")
    const orderId = await checkoutHome(page, "zh", email)
    expect(orderId).toMatch(/^order_/)
    await expectImpact(page, "zh")
    await expect(page.getByText("¥214.00")).toBeVisible()
    await shot(page, "order-confirmed-zh")
    await expectAccessible(page)

    // The cart is gone after the order.
    await page.goto("/zh/cart")
    await expect(page.getByText("购物车还是空的")).toBeVisible()
  })

  for (const lang of ["zh", "en"] as Lang[]) {
    test(`${lang}: checkout with pickup at a service station chosen by county → township → station`, async ({ page }) => {
      const t = TEXT[lang]
      await addToCart(page, lang, "xundian-dried-beef")
      await page.goto(`/${lang}/checkout`)
      await fillAddress(page, lang, uniqueEmail(`${lang}-pickup`))
      await page.getByRole("button", { name: t.save }).click()
      await expect(page).toHaveURL(/step=delivery/)

      await page.getByLabel(t.pickup).check()
      // Saving without a county names the missing field.
      await page.getByRole("button", { name: t.save }).click()
      await expect(page.getByText(lang === "zh" ? "请选择自提县区" : "Choose the county")).toBeVisible()
      await page.getByLabel(t.pickup).check()
      await page.getByLabel(t.pickupCounty, { exact: true }).selectOption("xundian")
      // English pages give the township's pinyin beside its Chinese name
      await page.getByLabel(t.pickupTownship, { exact: true }).selectOption({ label: lang === "zh" ? "柯渡镇" : "柯渡镇 (Kedu Town)" })
      const station = page.getByLabel(t.pickupStation, { exact: true })
      await expect(station).toBeEnabled()
      await expect(station.locator("option")).not.toHaveCount(1)
      const stationName = (await station.locator("option").nth(1).textContent())!.trim()
      await station.selectOption({ index: 1 })
      const stationId = await station.inputValue()
      await shot(page, `checkout-pickup-${lang}`)
      await expectAccessible(page)
      await page.getByRole("button", { name: t.save }).click()
      await expect(page).toHaveURL(/step=payment/)
      await expect(page.getByText(stationName)).toBeVisible()

      await expect(page.getByText(t.demoPayment)).toBeVisible()
      await page.getByRole("button", { name: t.save }).click()
      await expect(page).toHaveURL(/step=review/)
      // One title per language everywhere: the review lists the product as its page names it.
      await expect(page.getByTestId("cart-line").getByText(lang === "zh" ? "寻甸牛干巴" : "Xundian Dried Beef")).toBeVisible()
      await shot(page, `checkout-review-${lang}`)
      await page.getByRole("button", { name: t.placeOrder }).click()
      await expect(page.getByRole("heading", { level: 1, name: t.confirmed })).toBeVisible()
      await expect(page.getByText(t.pickupAt)).toBeVisible()
      await expect(page.getByText(stationName)).toBeVisible()
      await expectImpact(page, lang)
      // 取货码: six digits to show at the station
      const code = (await page.getByTestId("pickup-code-value").textContent())!.trim()
      expect(code).toMatch(/^\d{6}$/)
      await shot(page, `order-confirmed-pickup-${lang}`)

      // the supplier ships to the station, and the station hands the parcel over against the code
      const orderId = page.url().split("/").pop()!
      const supplier = await login("supplier", "owner@supplier01.fupin.local")
      const { order } = await api<{ order: { lines: Array<{ id: string; quantity: number }> } }>(`/supplier/orders/${orderId}`, { token: supplier })
      await api(`/supplier/orders/${orderId}/fulfillments`, {
        token: supplier,
        body: { items: order.lines.map((l) => ({ line_item_id: l.id, quantity: l.quantity })), lot_number: "XD-2026-12", origin_village: "示例01村", carrier: "中国邮政", tracking_number: "9800000000333" },
      })
      const operator = await login("user", "admin@fupin.local")
      await api(`/admin/service-stations/${stationId}/pickups`, { token: operator, body: { code } })
      await page.reload()
      await expect(page.getByTestId("pickup-code")).toContainText(lang === "zh" ? /已于 .* 取货/ : /Collected on/)
      await shot(page, `order-picked-up-${lang}`)
    })
  }

  test("zh: a product that lost its certificate meanwhile is refused, with the reason shown", async ({ page }) => {
    const t = TEXT.zh
    await addToCart(page, "zh", "luquan-wild-honey")
    const number = (await page.getByTestId("certificate-link").textContent())!.trim()
    await page.goto("/zh/checkout")
    await fillAddress(page, "zh", uniqueEmail("refused"))
    await page.getByRole("button", { name: t.save }).click()
    await page.getByLabel(t.homeDelivery).check()
    await page.getByRole("button", { name: t.save }).click()
    await page.getByRole("button", { name: t.save }).click()
    await expect(page).toHaveURL(/step=review/)

    await certificateAction(number, "suspend", "抽检不合格（测试）")
    try {
      await page.getByRole("button", { name: t.placeOrder }).click()
      const error = page.getByTestId("place-order-error").getByRole("alert")
      await expect(error).toContainText("禄劝高山土蜂蜜")
      await expect(page).toHaveURL(/\/zh\/checkout/)
      await shot(page, "checkout-certificate-refused-zh")
      await expectAccessible(page)
    } finally {
      await certificateAction(number, "reinstate")
    }
  })
})
