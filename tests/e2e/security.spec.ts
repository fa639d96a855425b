import { expect, test, type Page } from "@playwright/test"
import { addToCart, checkoutHome, register, uniqueEmail } from "./support/shop"

/**
 * The storefront's security headers (issue 13): a Content-Security-Policy that the shop's
 * own pages pass, no framing, nosniff, a referrer policy, HSTS from the production build.
 */

declare global {
  interface Window {
    __cspViolations: string[]
  }
}

/** Records every CSP violation the page reports, from its first script on. */
async function watchCsp(page: Page): Promise<string[]> {
  const fromConsole: string[] = []
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to (load|execute|apply|connect|frame)/i.test(message.text())) fromConsole.push(message.text())
  })
  await page.addInitScript(() => {
    window.__cspViolations = []
    document.addEventListener("securitypolicyviolation", (e) => {
      window.__cspViolations.push(`${e.violatedDirective} blocked ${e.blockedURI || "inline"} on ${location.pathname}`)
    })
  })
  return fromConsole
}

async function violations(page: Page): Promise<string[]> {
  return page.evaluate(() => window.__cspViolations ?? [])
}

test.describe("security headers", () => {
  test("every page sends the CSP, frame-ancestors 'none', nosniff, a referrer policy and HSTS; no X-Powered-By", async ({ page }) => {
    for (const path of ["/zh", "/en/products", "/zh/products/xundian-dried-beef", "/zh/cart", "/zh/account/login"]) {
      const response = await page.goto(path)
      const headers = response!.headers()
      expect(headers["content-security-policy"], path).toContain("frame-ancestors 'none'")
      expect(headers["content-security-policy"], path).toContain("default-src 'self'")
      expect(headers["x-content-type-options"], path).toBe("nosniff")
      expect(headers["referrer-policy"], path).toBe("strict-origin-when-cross-origin")
      expect(headers["strict-transport-security"], path).toMatch(/max-age=\d+/)
      expect(headers["x-powered-by"], path).toBeUndefined()
    }
  })

  test("the backend and its admin dashboard cannot be framed and do not announce Express", async ({ request }) => {
    const backend = process.env.BACKEND_URL ?? "http://localhost:9000"
    for (const path of ["/app", "/app/login", "/health", "/store/regions"]) {
      const headers = (await request.get(`${backend}${path}`)).headers()
      expect(headers["x-frame-options"], path).toBe("DENY")
      expect(headers["content-security-policy"], path).toContain("frame-ancestors 'none'")
      expect(headers["x-content-type-options"], path).toBe("nosniff")
      expect(headers["x-powered-by"], path).toBeUndefined()
    }
  })

  test("home, product, cart and the whole checkout run without a CSP violation", async ({ page }) => {
    const consoleViolations = await watchCsp(page)
    const seen: string[] = []
    const check = async () => seen.push(...(await violations(page)))

    await page.goto("/zh")
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible()
    await check()
    await addToCart(page, "zh", "xundian-dried-beef")
    await check()
    await page.goto("/zh/cart")
    await expect(page.getByTestId("cart-line")).toHaveCount(1)
    await check()
    await page.goto("/zh/checkout")
    await checkoutHome(page, "zh", uniqueEmail("csp"))
    await check()

    expect(seen).toEqual([])
    expect(consoleViolations).toEqual([])
  })

  test("registering an e-mail that already has an account does not say so, and does not log in", async ({ page }) => {
    const email = uniqueEmail("taken")
    await register(page, "zh", email)
    await page.context().clearCookies()

    await page.goto("/zh/account/register")
    await page.getByLabel("姓名", { exact: true }).fill("王五")
    await page.getByLabel("电子邮箱", { exact: true }).fill(email)
    await page.getByLabel("密码", { exact: true }).fill("another-password-1")
    await page.getByRole("button", { name: "注册", exact: true }).click()
    await expect(page.getByText("如果该邮箱已有账户，我们已向它发送了一封邮件")).toBeVisible()
    await expect(page).toHaveURL(/\/zh\/account\/register$/)
  })
})
