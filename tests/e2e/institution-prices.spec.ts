import { expect, test, type Page } from "@playwright/test"
import { expectAccessible, shot } from "./support/shop"

/**
 * Institutional prices (机构价): the demo purchaser of 昆明市某中学（示例01） sees on the order pad the
 * school's own price of 东川面条 500g (¥11.00, retail ¥12.80) and its quantity break (¥10.50 from 50),
 * and the order is placed at exactly that. Demo price lists: backend/src/scripts/demo/institution-prices.ts.
 * Quantities stay under the ¥5,000 approval amount, so the order is placed at submit.
 */

const PURCHASER = "purchaser@school01.fupin.local"
const SKU = "DC-NOODLE-500"

async function logIn(page: Page, email: string, next: string) {
  await page.goto(`/zh/account/login?next=${encodeURIComponent(next)}`)
  await page.getByLabel("电子邮箱", { exact: true }).fill(email)
  await page.getByLabel("密码", { exact: true }).fill("fupin-demo")
  await page.getByRole("button", { name: "登录", exact: true }).click()
  await expect(page).toHaveURL(new RegExp(`${next}$`))
}

test("the demo purchaser sees the school's price and its quantity break on the pad, and the order is placed at it", async ({ page }) => {
  test.slow()
  await logIn(page, PURCHASER, "/zh/institution/pad")
  if (await page.getByRole("button", { name: "清空清单" }).isVisible()) {
    page.once("dialog", (d) => void d.accept())
    await page.getByRole("button", { name: "清空清单" }).click()
  }
  await page.getByLabel("选择文件").setInputFiles({ name: "面条.csv", mimeType: "text/csv", buffer: Buffer.from(`商品编码/SKU,数量\n${SKU},49\n`, "utf8") })
  await page.getByRole("button", { name: "上传并检查" }).click()
  await expect(page.getByTestId("upload-report")).toBeVisible()
  await page.getByRole("button", { name: "全部加入清单" }).click()

  const line = page.locator(`[data-testid="pad-line"][data-sku="${SKU}"]`)
  await expect(line).toHaveCount(1)
  // 49: the school's price; the break is named
  await expect(line.getByTestId("pad-line-price")).toHaveText("¥11.00")
  await expect(line.getByTestId("pad-line-breaks")).toHaveText("满 50 件 ¥10.50")
  await expect(page.getByTestId("pad-amounts").getByTestId("amount-goods")).toHaveText("¥539.00")
  // 50: the break's price, at once
  await line.getByRole("textbox").fill("50")
  await expect(line.getByTestId("pad-line-price")).toHaveText("¥10.50")
  await expect(page.getByTestId("pad-amounts").getByTestId("amount-goods")).toHaveText("¥525.00")
  await shot(page, "institution-prices-pad-zh")
  await expectAccessible(page)

  // English: the same line, the break in English (the draft stays in the browser)
  await page.goto("/en/institution/pad")
  const enLine = page.locator(`[data-testid="pad-line"][data-sku="${SKU}"]`)
  await expect(enLine.getByTestId("pad-line-price")).toHaveText("¥10.50")
  await expect(enLine.getByTestId("pad-line-breaks")).toHaveText("¥10.50 from 50")
  await shot(page, "institution-prices-pad-en")

  await page.goto("/zh/institution/pad")
  await expect(page.getByTestId("pad-amounts").getByTestId("amount-goods")).toHaveText("¥525.00")
  await page.getByRole("button", { name: "提交订单" }).click()
  await expect(page.getByTestId("pad-done")).toContainText("订单已下达")
  await expect(page.getByTestId("pad-done")).toContainText("¥")

  // the order charges what the pad showed
  await page.goto("/zh/institution/orders")
  const placed = page.getByTestId("institution-orders").getByRole("listitem").first()
  await expect(placed.getByTestId("amount-goods")).toHaveText("¥525.00")
  await shot(page, "institution-prices-order-zh")
})
