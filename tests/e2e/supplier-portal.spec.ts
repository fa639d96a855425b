import { expect, test, type Page } from "@playwright/test"
import { freshCreditCode, PNG_1PX } from "./support/producer"
import { addToCart, checkoutHome, expectAccessible, register, shot, uniqueEmail } from "./support/shop"

/**
 * The producer portal on a phone, in Chinese: the demo owner of 寻甸牛干巴's supplier logs in,
 * sees Today, lists a product (awaiting review), changes stock, finds the lines of a shopper's
 * order and ships them with a lot number, which the shopper then sees; a new producer applies
 * and sees its application pending.
 */

test.skip(({ isMobile }) => !isMobile, "the producer portal's journey runs on the phone project")

const OWNER = { email: "owner@supplier01.fupin.local", password: "fupin-demo" }

async function logInAsOwner(page: Page) {
  await page.goto("/zh/supplier")
  await expect(page).toHaveURL(/\/zh\/supplier\/login$/)
  await page.getByLabel("登录邮箱").fill(OWNER.email)
  await page.getByLabel("密码").fill(OWNER.password)
  await page.getByRole("button", { name: "登录", exact: true }).click()
  await expect(page).toHaveURL(/\/zh\/supplier$/)
}

test.describe("the producer portal", () => {
  test("the demo owner sees Today, lists a product, changes stock and ships a shopper's order with a lot number", async ({ browser, page }) => {
    // A shopper buys the supplier's 寻甸牛干巴 first, in a browser of their own.
    const shopper = await browser.newContext()
    const shopperPage = await shopper.newPage()
    await register(shopperPage, "zh", uniqueEmail("supplier-journey"))
    await addToCart(shopperPage, "zh", "xundian-dried-beef")
    await shopperPage.goto("/zh/checkout")
    const orderId = await checkoutHome(shopperPage, "zh", uniqueEmail("supplier-journey-order"))

    await logInAsOwner(page)
    await expect(page.getByRole("heading", { level: 1, name: /您好/ })).toBeVisible()
    await expect(page.getByRole("navigation", { name: "生产者中心导航" })).toBeVisible()
    await expect(page.getByTestId("month-sales")).toContainText("¥")
    await expect(page.getByTestId("orders-to-ship")).toBeVisible()
    await shot(page, "supplier-today-zh")
    await expectAccessible(page)

    // A new listing goes to the operator: 待审核.
    await page.getByRole("navigation", { name: "生产者中心导航" }).getByRole("link", { name: "商品" }).click()
    await page.getByRole("link", { name: "新增商品" }).click()
    const title = `寻甸牛干巴 示例${Date.now() % 100000}`
    await page.getByLabel("商品名称").fill(title)
    // Submitting with a missing price keeps everything typed and names the field.
    await page.getByLabel("商品种类").selectOption({ index: 1 })
    await page.getByLabel("规格", { exact: true }).fill("250g 袋装")
    await page.getByLabel("净重（克）").fill("250")
    await page.getByLabel("库存（件）").fill("40")
    await page.getByRole("button", { name: "提交审核" }).click()
    await expect(page.getByText("价格应为大于 0 的金额，最多两位小数")).toBeVisible()
    await expect(page.getByLabel("商品名称")).toHaveValue(title)
    await page.getByLabel("价格（元）").fill("58")
    await page.getByLabel("商品图片").setInputFiles({ name: "photo.png", mimeType: "image/png", buffer: PNG_1PX })
    await expect(page.getByRole("button", { name: /移除/ })).toBeVisible()
    await page.getByRole("button", { name: "提交审核" }).click()
    await expect(page.getByText("商品已提交，等待平台审核。")).toBeVisible()
    await expect(page.getByTestId("listing-status")).toHaveText("待审核")
    await shot(page, "supplier-listing-proposed-zh")
    await expectAccessible(page)

    // Stock of a size changes at once.
    await page.goto("/zh/supplier/stock")
    const row = page.getByTestId("stock-list").getByRole("listitem").first()
    await row.getByLabel(/新库存/).fill("123")
    await row.getByRole("button", { name: /更新/ }).click()
    await expect(row.getByText("库存已更新")).toBeVisible()
    await expect(row.locator("[data-testid^=stock-]")).toHaveText("123")
    await shot(page, "supplier-stock-zh")

    // A cooperative that sells by the hundred wants an earlier warning: 低库存提醒 at 150, then back to 10.
    const alert = page.getByRole("region", { name: "低库存提醒" })
    await alert.getByLabel("库存不超过多少件时在“今日”提醒").fill("很多")
    await alert.getByRole("button", { name: "保存提醒" }).click()
    await expect(alert.getByText("请填写 0 到 100000 之间的整数")).toBeVisible()
    await alert.getByLabel("库存不超过多少件时在“今日”提醒").fill("150")
    await alert.getByRole("button", { name: "保存提醒" }).click()
    await expect(alert.getByText("已保存：库存不超过 150 件时提醒。")).toBeVisible()
    await page.getByRole("navigation", { name: "生产者中心导航" }).getByRole("link", { name: "今日" }).click()
    await expect(page.getByTestId("low-stock-rule")).toContainText("库存不超过 150 件")
    await expect(page.getByTestId("low-stock")).toContainText("剩 123 件")
    await page.goto("/zh/supplier/stock")
    await alert.getByLabel("库存不超过多少件时在“今日”提醒").fill("10")
    await alert.getByRole("button", { name: "保存提醒" }).click()
    await expect(alert.getByText("已保存：库存不超过 10 件时提醒。")).toBeVisible()

    // The shopper's order shows only this supplier's lines; ship them with a lot number.
    await page.goto(`/zh/supplier/orders/${orderId}`)
    await expect(page.getByTestId("order-lines")).toContainText("牛干巴")
    await page.getByLabel("快递公司").fill("中国邮政")
    await page.getByLabel("快递单号").fill("9876543210123")
    await page.getByLabel("批次号").fill("XD-2026-12-01")
    await page.getByRole("button", { name: "确认发货" }).click()
    // The lot number is required for traceability and the form says so next to the field.
    await expect(page.getByText("请填写产地村")).toBeVisible()
    await expect(page.getByLabel("批次号")).toHaveValue("XD-2026-12-01")
    await page.getByLabel("产地（村）").fill("寻甸县仁德街道 示例01村")
    await page.getByRole("button", { name: "确认发货" }).click()
    await expect(page.getByTestId("supplier-fulfillments")).toContainText("XD-2026-12-01")
    await shot(page, "supplier-order-shipped-zh")
    await expectAccessible(page)

    await page.getByRole("link", { name: "打印装箱单" }).click()
    await expect(page.getByRole("heading", { name: "装箱单" })).toBeVisible()
    await expect(page.getByTestId("packing-lines")).toContainText("XD-2026-12-01")
    await page.emulateMedia({ media: "print" })
    await expect(page.getByRole("navigation", { name: "生产者中心导航" })).toBeHidden()
    await shot(page, "supplier-packing-list-print-zh")
    await page.emulateMedia({ media: "screen" })

    // The shopper sees the supplier's part move, with its lot and tracking.
    await shopperPage.goto(`/zh/account/orders/${orderId}`)
    await expect(shopperPage.getByTestId("order-shipments")).toContainText("XD-2026-12-01")
    await expect(shopperPage.getByTestId("order-shipments")).toContainText("9876543210123")
    await shot(shopperPage, "shopper-order-shipment-zh")
    await shopper.close()
  })

  test("a new producer applies with its licence and sees its application pending", async ({ page }) => {
    await page.goto("/zh/supplier/login")
    await page.getByRole("link", { name: "申请入驻" }).click()
    // the login page has a 登录邮箱 field too: wait for the application's own before typing
    await expect(page).toHaveURL(/\/zh\/supplier\/apply$/)
    await expect(page.getByRole("heading", { level: 2, name: "1. 登录账号" })).toBeVisible()
    await page.getByLabel("登录邮箱").fill(uniqueEmail("coop"))
    await page.getByLabel("设置密码").fill("fupin-test-123")
    await page.getByRole("button", { name: "下一步" }).click()

    await expect(page.getByRole("heading", { level: 1, name: "申请入驻" })).toBeVisible()
    await page.getByLabel("您的姓名").fill("王示例")
    await page.getByLabel("主体名称（与营业执照一致）").fill(`寻甸示例${Date.now() % 100000}种养殖专业合作社`)
    await page.getByLabel("统一社会信用代码").fill("93530129MA6K00000X")
    await page.getByLabel("所在县区").selectOption({ label: "寻甸回族彝族自治县" })
    await page.getByLabel("所在乡镇（街道）").selectOption({ index: 1 })
    await page.getByLabel("联系人").fill("王示例")
    await page.getByLabel("联系电话").fill("13800138000")
    await page.getByLabel("带动脱贫户数（户）").fill("36")
    await page.getByLabel("带动人数（人）").fill("120")
    await page.getByLabel("订单收购").check()
    await page.getByRole("button", { name: "提交申请" }).click()
    // A wrong credit code and a missing licence are named next to their fields; nothing typed is lost.
    await expect(page.getByText("统一社会信用代码校验位不正确，请核对营业执照")).toBeVisible()
    await expect(page.getByText("请至少上传一份证照")).toBeVisible()
    await expect(page.getByLabel("联系人")).toHaveValue("王示例")
    await expect(page.getByLabel("订单收购")).toBeChecked()
    await shot(page, "supplier-apply-errors-zh")

    await page.getByLabel("统一社会信用代码").fill(freshCreditCode())
    await page.getByLabel("营业执照等证照（图片或 PDF）").setInputFiles({ name: "licence.png", mimeType: "image/png", buffer: PNG_1PX })
    await expect(page.getByRole("button", { name: /移除/ })).toBeVisible()
    await page.getByRole("button", { name: "提交申请" }).click()
    await expect(page).toHaveURL(/\/zh\/supplier\/application$/)
    await expect(page.getByTestId("application-status")).toHaveText("待审核")
    await shot(page, "supplier-application-pending-zh")
    await expectAccessible(page)

    // Until approved, the portal itself stays closed.
    await page.goto("/zh/supplier/listings")
    await expect(page).toHaveURL(/\/zh\/supplier\/application$/)
  })

  test("a colleague the owner invites opens the e-mail's link, sets a password and lands on Today as staff", async ({ page }) => {
    const backendUrl = process.env.BACKEND_URL ?? "http://localhost:9000"
    const json = { "content-type": "application/json" }
    const login = async (path: string, body: object) => {
      const res = await fetch(`${backendUrl}${path}`, { method: "POST", headers: json, body: JSON.stringify(body) })
      expect(res.status, await res.clone().text()).toBe(200)
      return ((await res.json()) as { token: string }).token
    }
    // the owner invites by e-mail (the portal's members page does the same call)
    const colleague = uniqueEmail("staff")
    const owner = await login("/auth/supplier/emailpass", OWNER)
    const invited = await fetch(`${backendUrl}/supplier/invites`, {
      method: "POST",
      headers: { ...json, authorization: `Bearer ${owner}` },
      body: JSON.stringify({ email: colleague, role: "staff" }),
    })
    expect(invited.status, await invited.clone().text()).toBe(201)
    // the e-mail, as the notification module recorded it
    const operator = await login("/auth/user/emailpass", { email: "admin@fupin.local", password: "fupin-demo" })
    const sent = await fetch(`${backendUrl}/admin/notifications?to=${encodeURIComponent(colleague)}&fields=data`, { headers: { authorization: `Bearer ${operator}` } })
    const { notifications } = (await sent.json()) as { notifications: Array<{ data: { url: string } }> }
    const link = new URL(notifications[0]!.data.url)
    expect(link.pathname).toBe("/zh/supplier/invite")

    await page.goto(link.pathname + link.search)
    await expect(page.getByRole("heading", { level: 1, name: "加入生产者团队" })).toBeVisible()
    await expectAccessible(page)
    // a wrong address: the invitation is for another e-mail, and what was typed stays
    await page.getByLabel("被邀请的邮箱").fill(uniqueEmail("not-invited"))
    await page.getByLabel("设置密码").fill("fupin-test-123")
    await page.getByLabel("您的姓名").fill("李示例")
    await page.getByRole("button", { name: "加入", exact: true }).click()
    await expect(page.getByText("邀请无效或已过期").first()).toBeVisible()
    await expect(page.getByLabel("您的姓名")).toHaveValue("李示例")
    // the invited address joins
    await page.getByLabel("被邀请的邮箱").fill(colleague)
    await page.getByLabel("设置密码").fill("fupin-test-123")
    await page.getByRole("button", { name: "加入", exact: true }).click()
    await expect(page).toHaveURL(/\/zh\/supplier$/)
    await shot(page, "supplier-joined-phone")
    // staff: the portal is theirs, managing members is not
    await page.goto("/zh/supplier/members")
    await expect(page.getByRole("button", { name: "发送邀请" })).toHaveCount(0)
  })
})
