import AxeBuilder from "@axe-core/playwright"
import { expect, test, type Locator, type Page } from "@playwright/test"
import { api, callBackend, login } from "./backend"

/** Helpers for the shopping journeys (checkout.spec.ts, account.spec.ts). */

export type Lang = "zh" | "en"

export const TEXT = {
  zh: {
    addToCart: "加入购物车",
    added: "已加入购物车",
    checkout: "去结算",
    email: "电子邮箱（接收订单通知）",
    name: "收货人",
    mobile: "手机号",
    province: "省份",
    city: "城市",
    district: "区县",
    detail: "详细地址",
    save: "保存并继续",
    homeDelivery: "快递到家",
    pickup: "服务站自提",
    pickupCounty: "自提县区",
    pickupTownship: "乡镇（街道）",
    pickupStation: "服务站",
    demoPayment: "演示支付",
    placeOrder: "提交订单",
    confirmed: "下单成功",
    mobileError: "手机号应为 11 位，以 13–19 开头",
    impact: /您的购买支持了寻甸县 \d+ 户脱贫户/,
    pickupAt: "自提点",
  },
  en: {
    addToCart: "Add to cart",
    added: "Added to your cart",
    checkout: "Check out",
    email: "E-mail (for order updates)",
    name: "Recipient",
    mobile: "Mobile number",
    province: "Province",
    city: "City",
    district: "District / county",
    detail: "Street address",
    save: "Save and continue",
    homeDelivery: "Home delivery",
    pickup: "Pick up at a service station",
    pickupCounty: "County",
    pickupTownship: "Township",
    pickupStation: "Service station",
    demoPayment: "Demo payment",
    placeOrder: "Place order",
    confirmed: "Order placed",
    mobileError: "A mobile number has 11 digits starting 13–19",
    impact: /Your purchase supported \d+ formerly poor households in Xundian County/,
    pickupAt: "Pickup at",
  },
} as const

export async function shot(page: Page, name: string) {
  await page.screenshot({ path: `artifacts/screenshots/${test.info().project.name}-${name}.png`, fullPage: true })
}

/**
 * A product list's facets, on the search page and the browse page alike (checkboxes that
 * are links); on narrow screens they sit in a disclosure, opened first.
 */
export async function listFacets(page: Page, lang: Lang = "zh") {
  const name = lang === "zh" ? "筛选" : "Filters"
  const nav = page.getByRole("navigation", { name })
  const summary = page.locator("summary", { hasText: name })
  if (!(await nav.isVisible()) && (await summary.isVisible())) await summary.click()
  return nav
}

/** The WCAG A/AA check every journey page must pass. */
export async function expectAccessible(page: Page) {
  // Next streams a page's <title> after its body: after a client-side navigation the body can be
  // on screen before it. Every page must have a title, so wait for one rather than let axe race it.
  await expect(page, "the page has a title").toHaveTitle(/\S/)
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze()
  expect(violations.map((v) => `${page.url()}: ${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(" ") ?? ""}`)).toEqual([])
}

export function uniqueEmail(prefix: string) {
  return `${prefix}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.com`
}

/** Opens a product page and adds `quantity` of its first (cheapest) size to the cart. */
export async function addToCart(page: Page, lang: Lang, handle: string, quantity = 1) {
  await page.goto(`/${lang}/products/${handle}`)
  for (let i = 1; i < quantity; i++) await page.getByRole("button", { name: /增加|Increase/ }).click()
  await page.getByRole("button", { name: TEXT[lang].addToCart }).click()
  await expect(page.getByText(TEXT[lang].added)).toBeVisible()
}

/** `email` null: a guest who gives only the mobile (the e-mail is optional). */
export async function fillAddress(page: Page, lang: Lang, email: string | null, mobile = "13800138000") {
  const t = TEXT[lang]
  if (email !== null) await page.getByLabel(t.email).fill(email)
  await page.getByLabel(t.name, { exact: true }).fill("张小红")
  await page.getByLabel(t.mobile, { exact: true }).fill(mobile)
  // the region picker preselects 云南省 昆明市 from the registry's divisions; the district is chosen
  await expect(page.getByLabel(t.province, { exact: true })).toHaveValue("云南省")
  await expect(page.getByLabel(t.city, { exact: true })).toHaveValue("昆明市")
  await page.getByLabel(t.district, { exact: true }).selectOption("五华区")
  await page.getByLabel(t.detail, { exact: true }).fill("示例路 1 号 2 栋 301")
}

/** From the checkout page with an address step open to a placed order; returns the order id. */
export async function checkoutHome(page: Page, lang: Lang, email: string | null, mobile?: string): Promise<string> {
  const t = TEXT[lang]
  await fillAddress(page, lang, email, mobile)
  await page.getByRole("button", { name: t.save }).click()
  await expect(page).toHaveURL(/step=delivery/)
  await page.getByLabel(t.homeDelivery).check()
  await page.getByRole("button", { name: t.save }).click()
  await expect(page).toHaveURL(/step=payment/)
  await page.getByLabel(t.demoPayment).check()
  await page.getByRole("button", { name: t.save }).click()
  await expect(page).toHaveURL(/step=review/)
  await page.getByRole("button", { name: t.placeOrder }).click()
  await expect(page).toHaveURL(new RegExp(`/${lang}/order/confirmed/`))
  await expect(page.getByRole("heading", { level: 1, name: t.confirmed })).toBeVisible()
  return page.url().split("/").pop()!
}

export async function register(page: Page, lang: Lang, email: string, password = "fupin-test-123") {
  await page.goto(`/${lang}/account/register`)
  await page.getByLabel(lang === "zh" ? "姓名" : "Name", { exact: true }).fill("李明")
  await page.getByLabel(lang === "zh" ? "电子邮箱" : "E-mail", { exact: true }).fill(email)
  await page.getByLabel(lang === "zh" ? "密码" : "Password", { exact: true }).fill(password)
  await page.getByRole("button", { name: lang === "zh" ? "注册" : "Register", exact: true }).click()
  await expect(page).toHaveURL(new RegExp(`/${lang}/account$`))
}

/**
 * The confirmation names what the purchase did. The impact ledger is written just after
 * the order is placed, so the page is reloaded until the line appears.
 */
export async function expectImpact(page: Page, lang: Lang) {
  const line = page.getByText(TEXT[lang].impact)
  await expect(async () => {
    if (!(await line.isVisible())) await page.reload()
    await expect(line).toBeVisible({ timeout: 2_000 })
  }).toPass({ timeout: 20_000 })
}

/** An operator's action on a certificate (suspend, reinstate, revoke), through the admin API with the demo login. */
export async function certificateAction(number: string, action: "suspend" | "reinstate" | "revoke", reason?: string) {
  const token = await login("user", "admin@fupin.local")
  const { certificates } = await api<{ certificates: Array<{ id: string; number: string }> }>(
    `/admin/certifications?q=${encodeURIComponent(number)}`,
    { token }
  )
  const certificate = certificates.find((c) => c.number === number)
  expect(certificate, `certificate ${number}`).toBeTruthy()
  const res = await callBackend(`/admin/certifications/${certificate!.id}/${action}`, { token, body: reason ? { reason } : {} })
  expect(res.status, await res.clone().text()).toBe(200)
}

/**
 * 验证码登录 in the open mobile-login form: the code is read from the SMS the notification
 * module recorded (the local provider logs it; production sends it), then submitted.
 */
export async function logInWithSmsCode(form: Locator, mobile: string) {
  const operator = await login("user", "admin@fupin.local")
  type Sent = { notifications: Array<{ channel: string; data: { code: string } }> }
  const codeOf = async () => (await api<Sent>(`/admin/notifications?to=${mobile}&fields=channel,data`, { token: operator })).notifications.find((n) => n.channel === "sms")?.data.code ?? null
  await expect.poll(codeOf).toMatch(/^\d{6}$/)
  await form.getByLabel("短信验证码").fill((await codeOf())!)
  await form.getByRole("button", { name: "验证码登录" }).click()
}
