import { expect, test } from "@playwright/test"
import { loginInBrowser, openAdmin } from "./support/backend"
import { fillPad, PAD_PURCHASER, padLine } from "./support/pad"
import { expectAccessible, shot } from "./support/shop"

/**
 * 询价 (issue 10) at 昆明市某中学（示例01）: the purchaser sends the pad's lines for a quote with a
 * note; the operator prices the line on the admin's 询价单 page with a validity date (delivery by the
 * bulk rule); the purchaser sees the quoted price and fee, accepts, and the order is placed at them. The journeys share one database:
 * the quote is found by its note, which names the project.
 */

const SKU = "XUNDIAN-ERKUAI-1"

test("询价: the purchaser asks, the operator prices the line, the purchaser accepts and the order is placed at the quoted price", async ({ browser }, info) => {
  test.slow()
  const note = `开学备货，请报最优价（${info.project.name}）`
  const line = await padLine(SKU)
  const context = await browser.newContext()
  const page = await context.newPage()
  await loginInBrowser(page, PAD_PURCHASER, "/zh/institution")
  await fillPad(page, [line])

  const ask = page.getByTestId("quote-request")
  await ask.getByLabel("询价备注（可选）").fill(note)
  await ask.getByRole("button", { name: "询价", exact: true }).click()
  await expect(page.getByTestId("quote-requested")).toContainText("已提交询价单")
  await page.getByRole("link", { name: "查看询价单" }).click()
  await expect(page).toHaveURL(/\/zh\/institution\/quotes\/instqt_/)
  await expect(page.getByTestId("quote-status")).toHaveText("待报价")
  await expect(page.getByText(note)).toBeVisible()
  const url = page.url()
  await shot(page, "institution-quote-requested-zh")

  // the operator's 询价单 page: ¥15.00 a kilo instead of the list price, valid for a week
  const { context: desk, page: admin } = await openAdmin(browser, "/quotes", /询价单/)
  const item = admin.getByTestId("quote-item").filter({ hasText: note })
  await expect(item).toContainText("昆明市某中学（示例01）")
  await item.getByLabel(/报价单价$/).fill("15")
  const yuan = (n: number) => `¥${n.toLocaleString("zh-CN", { minimumFractionDigits: 2 })}`
  const goods = 15 * Number(line[1])
  // the delivery fee left blank: home delivery's rule (¥10 below ¥10,000 of goods)
  await expect(item).toContainText(`报价货款 ${yuan(goods)} + 运费按规则`)
  await shot(admin, "admin-quote-answer")
  await item.getByRole("button", { name: "报价", exact: true }).click()
  await expect(admin.getByText("已报价，采购单位可在有效期内接受")).toBeVisible()
  await desk.close()

  // the purchaser reads the answer and accepts
  await page.goto(url)
  await expect(page.getByTestId("quote-status")).toHaveText("已报价")
  const total = yuan(goods + 10)
  await expect(page.getByTestId("quote-item-total")).toHaveText(yuan(goods))
  await expect(page.getByTestId("quote-shipping")).toHaveText("¥10.00")
  await expect(page.getByTestId("quote-total")).toHaveText(total)
  await expect(page.getByText(/报价有效期至/)).toBeVisible()
  await shot(page, "institution-quote-answered-zh")
  await expectAccessible(page)
  await page.getByRole("button", { name: "接受报价并下单" }).click()
  await expect(page.getByTestId("quote-accepted")).toContainText(/已接受，订单 #\d+ 已按报价下单/)
  await expect(page.getByTestId("quote-status")).toHaveText("已接受")
  await shot(page, "institution-quote-accepted-zh")

  // the 询价单 tab lists it, in English too
  await page.getByRole("link", { name: "询价单" }).first().click()
  await expect(page).toHaveURL(/\/zh\/institution\/quotes$/)
  await expect(page.getByTestId("quote-row").filter({ hasText: total }).first()).toContainText("已接受")
  await page.goto(url.replace("/zh/", "/en/"))
  await expect(page.getByTestId("quote-status")).toHaveText("Accepted")
  await expect(page.getByTestId("quote-accepted")).toContainText("was placed at the quoted prices")
  await shot(page, "institution-quote-accepted-en")
  await context.close()
})
