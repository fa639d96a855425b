import AxeBuilder from "@axe-core/playwright"
import { expect, test, type Page } from "@playwright/test"

const backendUrl = process.env.BACKEND_URL ?? "http://localhost:9000"

async function shot(page: Page, name: string) {
  await page.screenshot({ path: `artifacts/screenshots/${test.info().project.name}-${name}.png`, fullPage: true })
}

test.describe("a shopper in Kunming", () => {
  test("lands on the Chinese shop, sees certified products with ¥ prices, and opens 寻甸牛干巴", async ({ page }) => {
    const response = await page.goto("/")
    expect(response?.status()).toBe(200)
    await expect(page).toHaveURL(/\/zh$/)
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN")

    const beef = page.getByRole("link", { name: "寻甸牛干巴" })
    await expect(beef).toBeVisible()
    await expect(page.getByRole("link", { name: "东川面条" })).toBeVisible()
    await expect(page.getByRole("link", { name: "禄劝苦荞米" })).toBeVisible()
    await expect(page.getByText(/¥\d+\.\d\d/).first()).toBeVisible()
    await shot(page, "home-zh")

    await beef.click()
    await expect(page).toHaveURL(/\/zh\/products\/xundian-dried-beef$/)
    await expect(page.getByRole("heading", { level: 1, name: "寻甸牛干巴" })).toBeVisible()
    await expect(page.getByText("¥68.00").first()).toBeVisible()
    await expect(page.getByText("¥128.00").first()).toBeVisible()
    await expect(page.getByText("柯渡镇").first()).toBeVisible()
    await shot(page, "product-zh")
  })

  test("switches the same page to English and keeps prices in ¥", async ({ page }) => {
    await page.goto("/zh/products/dongchuan-noodles")
    await page.getByRole("link", { name: "English" }).click()
    await expect(page).toHaveURL(/\/en\/products\/dongchuan-noodles$/)
    await expect(page.locator("html")).toHaveAttribute("lang", "en")
    await expect(page.getByRole("heading", { level: 1, name: "Dongchuan Noodles" })).toBeVisible()
    await expect(page.getByText("¥12.80").first()).toBeVisible()
    await shot(page, "product-en")
  })

  test("orders more than 99 on the product page, and is told when stock is the limit", async ({ page }) => {
    await page.goto("/zh/products/dongchuan-noodles")
    const size = page.getByRole("radio", { name: /500g/ })
    await size.check()
    const stock = Number((await page.locator("label", { has: size }).getByText(/库存 \d+ 件/).innerText()).replace(/\D/g, ""))
    expect(stock).toBeGreaterThan(150)
    const quantity = page.getByLabel("数量", { exact: true })

    await quantity.fill("150")
    await expect(quantity).toHaveValue("150")
    await expect(page.getByText(/库存只有/)).toHaveCount(0)

    await quantity.fill(String(stock + 50))
    await expect(quantity).toHaveValue(String(stock))
    await expect(page.getByText(`库存只有 ${stock} 件，已把 ${stock + 50} 改为 ${stock}`)).toBeVisible()
    await shot(page, "product-quantity-capped-zh")
  })

  test("gets a helpful 404 for a product that does not exist", async ({ page }) => {
    const response = await page.goto("/zh/products/no-such-product")
    expect(response?.status()).toBe(404)
    await expect(page.getByRole("heading", { name: "页面走丢了" })).toBeVisible()
    await page.getByRole("link", { name: /首页/ }).first().click()
    await expect(page).toHaveURL(/\/zh$/)
  })

  test("home and product pages pass an automated accessibility check (WCAG A/AA)", async ({ page }) => {
    for (const path of ["/zh", "/zh/products/xundian-dried-beef", "/en"]) {
      await page.goto(path)
      const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze()
      expect(violations.map((v) => `${path}: ${v.id} (${v.nodes.length})`)).toEqual([])
    }
  })
})

test.describe("an operator", () => {
  test("signs in to the admin dashboard with the demo login", async ({ page }) => {
    await page.goto(`${backendUrl}/app`)
    await page.locator('input[name="email"]').fill("admin@fupin.local")
    await page.locator('input[name="password"]').fill("fupin-demo")
    await page.locator('button[type="submit"]').click()
    await expect(page).toHaveURL(/\/app\/orders/)
  })
})
