import { expect, test } from "@playwright/test"
import { api, login, loginInBrowser, publishableKey } from "./support/backend"
import { fillPad, padLine } from "./support/pad"
import { expectAccessible, shot } from "./support/shop"

/**
 * 常用清单 and 月度预算 (issue 10) at 昆明市某中学（示例01）: the purchaser saves the pad as a
 * reusable list, empties the pad, and orders from the list again; the admin lowers the purchaser's
 * monthly budget and the server refuses the next order, saying the budget, what is spent and
 * what is left. The journeys share one database: every amount is read, never assumed, and the
 * budget is put back whatever happens.
 */

const PURCHASER = "purchaser@school01.fupin.local"
const ADMIN = "admin@school01.fupin.local"
// a few packs of two products no other journey runs short of
const SKUS = ["LUQUAN-KONJAC-NOODLES-1", "XUNDIAN-ERKUAI-1"] as const

test("常用清单: the purchaser saves the pad as 每周食堂蔬菜, empties the pad, and orders from the list again", async ({ browser }, info) => {
  test.slow()
  const name = `每周食堂蔬菜（${info.project.name}）`
  const lines = await Promise.all(SKUS.map(padLine))
  const context = await browser.newContext()
  const page = await context.newPage()
  await loginInBrowser(page, PURCHASER, "/zh/institution")
  // the dashboard tells the purchaser what is left of the month's budget
  await expect(page.getByTestId("budget-summary")).toContainText("本月采购预算：剩余 ¥")
  await fillPad(page, lines)

  const save = page.getByTestId("save-list")
  await save.getByLabel("清单名称").fill(name)
  await save.getByRole("button", { name: "保存", exact: true }).click()
  await expect(page.getByTestId("save-list-done")).toContainText(`已保存为常用清单「${name}」（2 种商品）`)
  await shot(page, "institution-list-saved-zh")

  // another day: the pad is empty, the list is on its page
  page.once("dialog", (d) => void d.accept())
  await page.getByRole("button", { name: "清空清单" }).click()
  await expect(page.getByTestId("pad-line")).toHaveCount(0)
  await page.getByRole("link", { name: "常用清单" }).click()
  await expect(page).toHaveURL(/\/zh\/institution\/lists$/)
  const card = page.locator(`[data-testid="institution-list"][data-name="${name}"]`)
  await expect(card).toContainText("2 种商品")
  await expect(card).toContainText("（示例01）采购员 保存")
  await shot(page, "institution-lists-zh")
  await expectAccessible(page)

  // 用此清单下单: the same lines at the same quantities, each checked as it is today
  await card.getByRole("link", { name: "用此清单下单" }).click()
  await expect(page.getByTestId("pad-reorder")).toContainText(`已从常用清单「${name}」加入 2 行`)
  await expect(page).toHaveURL(/\/zh\/institution\/pad$/)
  for (const [sku, quantity] of lines) {
    await expect(page.locator(`[data-testid="pad-line"][data-sku="${sku}"]`).getByRole("textbox")).toHaveValue(quantity)
  }
  await expect(page.getByTestId("pad-amounts").getByTestId("amount-goods")).not.toHaveText("¥0.00")
  await shot(page, "institution-pad-from-list-zh")
  await page.getByRole("button", { name: "提交订单" }).click()
  await expect(page.getByTestId("pad-done")).toContainText("订单已下达")
  await context.close()
})

test("月度预算: the admin lowers the purchaser's budget and the server refuses the next order, naming budget, spent and left", async ({ browser }) => {
  test.slow()
  const key = await publishableKey()
  const purchaserToken = await login("customer", PURCHASER)
  const { member } = await api<{ member: { id: string; monthly_budget: number | null } }>("/store/institution/me", { token: purchaserToken, key })
  const original = member.monthly_budget
  const adminContext = await browser.newContext()
  const admin = await adminContext.newPage()
  try {
    await loginInBrowser(admin, ADMIN, "/zh/institution/members")
    const row = admin.locator(`[data-testid="member-row"][data-email="${PURCHASER}"]`)
    const field = row.getByLabel("月度预算（元）")
    await expect(field).toHaveValue(original === null ? "" : String(original))
    await field.fill("1")
    await row.getByRole("button", { name: "保存预算" }).click()
    await expect(row.getByText("预算已保存。")).toBeVisible()
    await shot(admin, "institution-member-budget-zh")

    const context = await browser.newContext()
    const page = await context.newPage()
    await loginInBrowser(page, PURCHASER, "/zh/institution")
    await fillPad(page, [await padLine(SKUS[1])])
    // the pad warns; the server decides
    await expect(page.getByTestId("budget-summary")).toContainText("预算 ¥1.00")
    await expect(page.getByTestId("budget-over")).toContainText("提交将被拒绝")
    await page.getByRole("button", { name: "提交订单" }).click()
    const refusal = page.getByRole("alert").filter({ hasText: "超出本月采购预算" })
    await expect(refusal).toContainText("预算 ¥1.00，本月已用 ¥")
    await expect(refusal).toContainText("剩余 ¥")
    await expect(refusal).not.toContainText("monthly_budget")
    // nothing typed is lost
    await expect(page.getByTestId("pad-line")).toHaveCount(1)
    await shot(page, "institution-budget-refused-zh")
    await context.close()
  } finally {
    // the journeys share one database: the purchaser's budget goes back as it was
    await api(`/store/institution/members/${member.id}`, { token: await login("customer", ADMIN), key, body: { monthly_budget: original } })
    await adminContext.close()
  }
})

test("收货地址: the admin changes a canteen's contact and address in place", async ({ browser }, info) => {
  const name = `示例食堂（${info.project.name}）`
  const context = await browser.newContext()
  const page = await context.newPage()
  try {
    await loginInBrowser(page, ADMIN, "/zh/institution/canteens")
    await page.getByLabel("食堂名称").fill(name)
    await page.getByLabel("联系人").fill("李师傅")
    await page.getByLabel("联系电话").fill("13987100001")
    await page.getByLabel("所在区县（昆明市）").selectOption("guandu")
    await page.getByLabel("详细地址").fill("示例路01号 学校北门")
    await page.getByRole("button", { name: "保存食堂" }).click()
    const row = page.locator(`[data-testid="canteen"][data-name="${name}"]`)
    await expect(row).toContainText("昆明市官渡区示例路01号 学校北门")

    await row.getByRole("button", { name: `修改${name}` }).click()
    const form = row.getByTestId("canteen-edit")
    await expect(form.getByLabel("联系人")).toHaveValue("李师傅")
    await form.getByLabel("联系人").fill("王师傅")
    await form.getByLabel("联系电话").fill("0871-65123456")
    await form.getByLabel("详细地址").fill("示例路02号 学校南门")
    await shot(page, "institution-canteen-edit-zh")
    await form.getByRole("button", { name: "保存修改" }).click()
    await expect(row).toContainText("昆明市官渡区示例路02号 学校南门")
    await expect(row).toContainText("王师傅 0871-65123456")
    await page.reload()
    await expect(row).toContainText("王师傅 0871-65123456")
  } finally {
    // an institution with canteens must choose one per order: the other journeys expect none
    const key = await publishableKey()
    const token = await login("customer", ADMIN)
    const { canteens } = await api<{ canteens: Array<{ id: string; name: string }> }>("/store/institution/canteens", { token, key })
    for (const c of canteens.filter((c) => c.name === name)) await api(`/store/institution/canteens/${c.id}`, { method: "DELETE", token, key })
    await context.close()
  }
})
