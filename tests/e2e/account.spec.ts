import { expect, test } from "@playwright/test"
import { api, login } from "./support/backend"
import { addToCart, checkoutHome, expectAccessible, expectImpact, fillAddress, logInWithSmsCode, register, shot, uniqueEmail } from "./support/shop"

test.describe("a shopper's account", () => {
  test("registers with a cart in hand, keeps the cart, orders, and finds the order and its address in the account", async ({ page }) => {
    await addToCart(page, "zh", "dongchuan-noodles")
    await expect(page.getByTestId("header-cart")).toHaveAccessibleName("购物车，1 件商品")

    const email = uniqueEmail("history")
    await register(page, "zh", email)
    await expect(page.getByRole("heading", { level: 1, name: /您好/ })).toBeVisible()
    await expect(page.getByText("还没有订单。")).toBeVisible()
    // The anonymous cart moved to the new account.
    await expect(page.getByTestId("header-cart")).toHaveAccessibleName("购物车，1 件商品")
    await shot(page, "account-new-zh")
    await expectAccessible(page)

    await page.goto("/zh/checkout")
    await expect(page.getByLabel("电子邮箱（接收订单通知）")).toHaveValue(email)
    const orderId = await checkoutHome(page, "zh", email)

    await page.goto("/zh/account")
    const history = page.getByTestId("order-history")
    await expect(history.getByRole("listitem")).toHaveCount(1)
    // the checkout address was kept in the address book (保存到我的收货地址 is ticked for a logged-in shopper)
    await expect(page.getByRole("region", { name: "收货地址" })).toContainText("示例路 1 号 2 栋 301")
    await history.getByRole("link", { name: /查看订单/ }).click()
    await expect(page).toHaveURL(new RegExp(`/zh/account/orders/${orderId}$`))
    await expect(page.getByTestId("order-status")).toHaveText("待发货")
    await expect(page.getByText("东川面条").first()).toBeVisible()
    // The order page's figures add up: goods + shipping = total, and goods are not ¥0.00.
    const yuan = async (id: string) => Number((await page.getByTestId(id).innerText()).replace(/[^0-9.]/g, ""))
    const [subtotal, shipping, total] = [await yuan("order-subtotal"), await yuan("order-shipping"), await yuan("order-total")]
    expect(subtotal).toBeGreaterThan(0)
    expect(subtotal + shipping).toBeCloseTo(total, 2)
    await shot(page, "account-order-zh")
    await expectAccessible(page)

    // Log out, log back in: the history is still there.
    await page.goto("/zh/account")
    await page.getByRole("button", { name: "退出登录" }).click()
    await expect(page).toHaveURL(/\/zh$/)
    await page.goto("/zh/account")
    await expect(page).toHaveURL(/\/zh\/account\/login/)
    await page.getByLabel("电子邮箱", { exact: true }).fill(email)
    await page.getByLabel("密码", { exact: true }).fill("wrong-password")
    await page.getByRole("button", { name: "登录", exact: true }).click()
    await expect(page.getByText("邮箱或密码不正确")).toBeVisible()
    await expect(page.getByLabel("电子邮箱", { exact: true })).toHaveValue(email)
    await page.getByLabel("密码", { exact: true }).fill("fupin-test-123")
    await page.getByRole("button", { name: "登录", exact: true }).click()
    await expect(page).toHaveURL(/\/zh\/account$/)
    await expect(page.getByTestId("order-history").getByRole("listitem")).toHaveCount(1)
  })

  test("keeps an address book: an address is refused until its mobile is right, then saved, then deleted", async ({ page }) => {
    await register(page, "zh", uniqueEmail("book"))
    await page.goto("/zh/account")
    const book = page.getByRole("region", { name: "收货地址" })
    await book.getByRole("button", { name: "新增收货地址" }).click()
    await fillAddress(page, "zh", null, "1380013800")
    await book.getByRole("button", { name: "保存地址" }).click()
    // a 10-digit mobile is named next to its field; what was typed stays
    await expect(book.getByLabel("手机号", { exact: true })).toHaveAttribute("aria-invalid", "true")
    await expect(book.getByLabel("详细地址", { exact: true })).toHaveValue("示例路 1 号 2 栋 301")
    await book.getByLabel("手机号", { exact: true }).fill("13800138000")
    await book.getByRole("button", { name: "保存地址" }).click()
    const entries = book.getByRole("listitem")
    await expect(entries).toHaveCount(1)
    await expect(entries.first()).toContainText("张小红 · 13800138000")
    await expect(entries.first()).toContainText("五华区")

    await entries.first().getByRole("button", { name: "删除" }).click()
    await expect(entries).toHaveCount(0)
    await page.reload()
    await expect(book.getByRole("listitem")).toHaveCount(0)
  })

  test("a guest orders with only a mobile, and finds the order under 我的订单 after logging in with a code to that mobile", async ({ page }) => {
    const mobile = `137${String(Date.now()).slice(-8)}`
    await addToCart(page, "zh", "xundian-dried-beef")
    await page.goto("/zh/checkout")
    await expect(page.getByText("选填：不填也能下单")).toBeVisible()
    const orderId = await checkoutHome(page, "zh", null, mobile)
    await expectImpact(page, "zh")
    const hint = page.getByTestId("guest-mobile-hint")
    await expect(hint).toContainText(`${mobile.slice(0, 3)}****${mobile.slice(7)}`)
    await shot(page, "guest-mobile-confirmation-zh")

    await page.getByRole("link", { name: "手机号登录查看订单" }).click()
    await expect(page).toHaveURL(/\/zh\/account\/login\?next=/)
    const form = page.getByTestId("mobile-login")
    await form.getByLabel("手机号", { exact: true }).fill(mobile)
    await form.getByRole("button", { name: "获取验证码" }).click()
    await logInWithSmsCode(form, mobile)
    // straight to 我的订单, where the guest order now is
    await expect(page).toHaveURL(/\/zh\/account$/)
    const history = page.getByTestId("order-history")
    await expect(history.getByRole("listitem")).toHaveCount(1)
    await history.getByRole("link", { name: /查看订单/ }).click()
    await expect(page).toHaveURL(new RegExp(`/zh/account/orders/${orderId}$`))
    await expect(page.getByTestId("order-status")).toHaveText("待发货")
    await shot(page, "guest-mobile-order-claimed-zh")
  })

  test("logs in with the mobile and an SMS code (which registers it), sets a password, and logs in with mobile + password", async ({ page }) => {
    const mobile = `139${String(Date.now()).slice(-8)}`
    await page.goto("/zh/account/login")
    const form = page.getByTestId("mobile-login")
    await form.getByLabel("手机号", { exact: true }).fill(mobile)
    await form.getByRole("button", { name: "获取验证码" }).click()
    await expect(form.getByRole("status")).toContainText(`验证码已发送到 ${mobile}`)
    // another code only after a minute
    await expect(form.getByRole("button", { name: /秒后可重新获取/ })).toBeDisabled()
    await shot(page, "mobile-login-code-sent-zh")
    await expectAccessible(page)

    // the SMS, as the notification module recorded it
    await logInWithSmsCode(form, mobile)
    await expect(page).toHaveURL(/\/zh\/account$/)
    await expect(page.getByRole("heading", { level: 1, name: `您好，${mobile}` })).toBeVisible()
    await expect(page.getByText("还没有订单。")).toBeVisible()

    const password = page.getByTestId("mobile-password")
    await password.getByLabel("登录密码").fill("mobile-pass-123")
    await password.getByRole("button", { name: "保存密码" }).click()
    await expect(password.getByRole("status")).toContainText("密码已保存")
    await shot(page, "mobile-account-zh")
    await expectAccessible(page)

    await page.getByRole("button", { name: "退出登录" }).click()
    // logged out only once the action has answered (it lands on the home page)
    await expect(page).toHaveURL(/\/zh$/)
    await page.goto("/zh/account/login")
    await form.getByLabel("手机号", { exact: true }).fill(mobile)
    await form.getByRole("button", { name: "用密码登录" }).click()
    await form.getByLabel("登录密码").fill("wrong-pass-123")
    await form.getByRole("button", { name: "手机号密码登录" }).click()
    await expect(form.getByRole("alert")).toHaveText("手机号、验证码或密码不正确")
    await form.getByLabel("登录密码").fill("mobile-pass-123")
    await form.getByRole("button", { name: "手机号密码登录" }).click()
    await expect(page).toHaveURL(/\/zh\/account$/)
    await expect(page.getByRole("heading", { level: 1, name: `您好，${mobile}` })).toBeVisible()
  })

  test("claims an order placed as a guest: registers with that e-mail, confirms the link sent there, finds the order in 我的订单", async ({ page }) => {
    const email = uniqueEmail("guest-claim")
    await addToCart(page, "zh", "dongchuan-noodles")
    await page.goto("/zh/checkout")
    const orderId = await checkoutHome(page, "zh", email)

    // registering with the same e-mail does not hand over the guest's orders by itself
    await register(page, "zh", email)
    await expect(page.getByText("还没有订单。")).toBeVisible()
    const claim = page.getByTestId("claim-orders")
    await expect(claim.getByLabel("下单时用的电子邮箱")).toHaveValue(email)
    await claim.getByRole("button", { name: "发送确认邮件" }).click()
    await expect(claim.getByRole("status")).toContainText("确认链接已发到该邮箱")
    await shot(page, "account-claim-sent-zh")
    await expectAccessible(page)

    // the link, as the notification module recorded the e-mail to the order's address
    const operator = await login("user", "admin@fupin.local")
    type Sent = { notifications: Array<{ template: string; data: { url: string; order_id: string } }> }
    const linkOf = async () => {
      const { notifications } = await api<Sent>(`/admin/notifications?to=${encodeURIComponent(email)}&fields=template,data`, { token: operator })
      return notifications.find((n) => n.template === "order-claim" && n.data.order_id === orderId)?.data.url ?? null
    }
    await expect.poll(linkOf).not.toBeNull()
    const link = new URL((await linkOf())!)
    await page.goto(link.pathname + link.search)
    await expect(page.getByRole("heading", { level: 1, name: "认领订单" })).toBeVisible()
    await expect(page.getByTestId("claim-order")).toContainText("东川面条")
    await shot(page, "account-claim-confirm-zh")
    await expectAccessible(page)
    await page.getByRole("button", { name: "确认转入" }).click()
    await expect(page.getByText("订单已转入您的账户。")).toBeVisible()
    await page.getByRole("link", { name: "查看订单" }).click()
    await expect(page).toHaveURL(new RegExp(`/zh/account/orders/${orderId}$`))
    await expect(page.getByTestId("order-status")).toHaveText("待发货")

    await page.goto("/zh/account")
    await expect(page.getByTestId("order-history").getByRole("listitem")).toHaveCount(1)
    await shot(page, "account-claimed-zh")
    // opened again: the order is already here
    await page.goto(link.pathname + link.search)
    await expect(page.getByText("订单已转入您的账户。")).toBeVisible()
    await expect(page.getByRole("button", { name: "确认转入" })).toHaveCount(0)
  })

  test("cancels an order before it ships: a reason is asked, the order moves to 已取消, nothing is charged", async ({ page }) => {
    await register(page, "zh", uniqueEmail("cancel"))
    await addToCart(page, "zh", "dongchuan-noodles")
    await page.goto("/zh/checkout")
    const orderId = await checkoutHome(page, "zh", uniqueEmail("cancel-order"))

    // 我的订单 sorts by status: the new order waits to ship
    await page.goto("/zh/account")
    const tabs = page.getByRole("navigation", { name: "按订单状态查看" })
    await expect(tabs.getByRole("link", { name: /待发货\s*1/ })).toBeVisible()
    await tabs.getByRole("link", { name: /已取消/ }).click()
    await expect(page.getByText("这里还没有订单。")).toBeVisible()
    await tabs.getByRole("link", { name: /待发货/ }).click()
    await expect(page.getByTestId("order-history").getByTestId("order-tab")).toHaveText("待发货")
    await shot(page, "account-order-tabs-zh")

    await page.getByTestId("order-history").getByRole("link", { name: /查看订单/ }).click()
    await expect(page).toHaveURL(new RegExp(`/zh/account/orders/${orderId}$`))
    const cancel = page.getByTestId("cancel-order")
    await cancel.getByText("取消订单", { exact: true }).click()
    // no reason: asked for, nothing cancelled, the note kept
    await cancel.getByLabel("补充说明（选填）").fill("地址写成了旧家")
    await cancel.getByRole("button", { name: "确认取消订单" }).click()
    await expect(cancel.getByText("请选择取消原因")).toBeVisible()
    await expect(cancel.getByLabel("补充说明（选填）")).toHaveValue("地址写成了旧家")
    await expect(page.getByTestId("order-status")).toHaveText("待发货")
    await shot(page, "account-cancel-form-zh")
    await expectAccessible(page)

    await cancel.getByLabel("地址或信息填错了").check()
    await cancel.getByRole("button", { name: "确认取消订单" }).click()
    await expect(page).toHaveURL(new RegExp(`/zh/account/orders/${orderId}\\?canceled=1$`))
    await expect(page.getByText("订单已取消。款项不会被扣除；如已扣款，将原路退回。")).toBeVisible()
    await expect(page.getByTestId("order-status")).toHaveText("已取消")
    await expect(page.getByTestId("cancel-order")).toHaveCount(0)
    await shot(page, "account-order-canceled-zh")

    await page.goto("/zh/account?tab=canceled")
    await expect(page.getByTestId("order-history").getByRole("listitem")).toHaveCount(1)
    await expect(page.getByRole("navigation", { name: "按订单状态查看" }).getByRole("link", { name: /待发货\s*0/ })).toBeVisible()
  })

  test("shopper B cannot read shopper A's order", async ({ browser }) => {
    const a = await browser.newContext()
    const pageA = await a.newPage()
    await register(pageA, "en", uniqueEmail("shopper-a"))
    await addToCart(pageA, "en", "xundian-dried-beef")
    await pageA.goto("/en/checkout")
    const orderId = await checkoutHome(pageA, "en", uniqueEmail("shopper-a-order"))
    expect((await pageA.goto(`/en/account/orders/${orderId}`))?.status()).toBe(200)
    await a.close()

    const b = await browser.newContext()
    const pageB = await b.newPage()
    await register(pageB, "en", uniqueEmail("shopper-b"))
    const detail = await pageB.goto(`/en/account/orders/${orderId}`)
    expect(detail?.status()).toBe(404)
    await expect(pageB.getByText("Xundian Dried Beef")).toHaveCount(0)
    const confirmation = await pageB.goto(`/en/order/confirmed/${orderId}`)
    expect(confirmation?.status()).toBe(404)
    await shot(pageB, "other-shoppers-order-en")
    await b.close()
  })

  test("asks for a password reset without revealing whether the e-mail is registered", async ({ page }) => {
    await page.goto("/en/account/forgot-password")
    await page.getByLabel("E-mail", { exact: true }).fill(uniqueEmail("nobody"))
    await page.getByRole("button", { name: "Send reset link" }).click()
    await expect(page.getByText(/If this e-mail is registered/)).toBeVisible()
    await page.goto("/en/account/reset-password?token=not-a-token&email=nobody%40example.com")
    await page.getByLabel("Password", { exact: true }).fill("new-password-1")
    await page.getByLabel("New password again").fill("new-password-1")
    await page.getByRole("button", { name: "Save new password" }).click()
    await expect(page.getByText(/invalid or has expired/)).toBeVisible()
    await expectAccessible(page)
  })
})
