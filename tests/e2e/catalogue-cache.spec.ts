import { type Browser, devices, expect, type Page, test } from "@playwright/test"
import {
  openCached,
  productsToChange,
  reloadUntil,
  sellOut,
  setVariantPrice,
  newCertifiedProduct,
  type StoreProduct,
  supplierAction,
} from "./support/catalogue"
import { certificateAction, TEXT, uniqueEmail } from "./support/shop"

/**
 * The catalogue pages are static: one cached page for every visitor, refreshed when the
 * backend says what changed (subscribers/storefront-revalidate.ts → /api/revalidate).
 * What is the visitor's own (the cart's count, being logged in) is read by the browser
 * from /api/shopper, so one shopper's never shows on another's screen.
 */

const yuan = (amount: number) => `¥${amount.toFixed(2)}`

async function newShopper(browser: Browser, projectName: string) {
  const device = projectName === "phone" ? devices["Pixel 7"] : devices["Desktop Chrome"]
  const context = await browser.newContext({ ...device, locale: "zh-CN" })
  return { context, page: await context.newPage() }
}

const cartBadge = (page: Page) => page.getByTestId("header-cart")

// the verification page's words for a revoked certificate (storefront/src/lib/i18n/zh.ts)
const REVOKED_NOTE = "该证书已被撤销，产品不再是认定扶贫产品。"

/** Opens `path` until it answers `status` (the change reaches the page through a subscriber). */
async function expectStatus(page: Page, path: string, status: number) {
  await expect(async () => {
    const res = await page.goto(path)
    expect(res?.status()).toBe(status)
  }).toPass({ timeout: 30_000 })
}

test.describe("catalogue pages served from the cache", () => {
  test("two shoppers on the same cached product page each see only their own cart and login", async ({ browser }, info) => {
    const handle = "dongchuan-noodles"
    const path = `/zh/products/${handle}`
    const a = await newShopper(browser, info.project.name)
    const b = await newShopper(browser, info.project.name)
    try {
      // A registers (logged in) under a name nobody else has, and adds two to the cart
      const name = `缓存甲${Date.now() % 100000}`
      await a.page.goto("/zh/account/register")
      await a.page.getByLabel("姓名", { exact: true }).fill(name)
      await a.page.getByLabel("电子邮箱", { exact: true }).fill(uniqueEmail("cache-a"))
      await a.page.getByLabel("密码", { exact: true }).fill("fupin-test-123")
      await a.page.getByRole("button", { name: "注册", exact: true }).click()
      await expect(a.page).toHaveURL(/\/zh\/account$/)
      await expect(a.page.getByRole("heading", { level: 1, name: new RegExp(name) })).toBeVisible()
      await openCached(a.page, path)
      await a.page.getByRole("button", { name: /增加/ }).click()
      await a.page.getByRole("button", { name: TEXT.zh.addToCart }).click()
      await expect(a.page.getByText(TEXT.zh.added)).toBeVisible()
      await expect(cartBadge(a.page)).toHaveAccessibleName("购物车，2 件商品")

      // B opens the same page, now in the cache: none of A's cart nor A's name, and the account link asks to log in
      const res = await openCached(b.page, path)
      expect(res.headers()["cache-control"]).toMatch(/s-maxage/)
      await expect(b.page.getByRole("heading", { level: 1, name: "东川面条" })).toBeVisible()
      await expect(cartBadge(b.page)).toHaveAccessibleName("购物车，0 件商品")
      await expect(b.page.getByText(name)).toHaveCount(0)
      await expect(b.page.locator('header a[href="/zh/account/login"]')).toHaveCount(1)
      const shopper = await b.page.request.get("/api/shopper")
      expect(shopper.headers()["cache-control"]).toBe("private, no-store")
      expect(await shopper.json()).toEqual({ logged_in: false, cart_count: 0 })

      // A, on the same cached page again, still sees its own
      await openCached(a.page, path)
      await expect(cartBadge(a.page)).toHaveAccessibleName("购物车，2 件商品")
      await expect(a.page.locator('header a[href="/zh/account"]')).toHaveCount(1)
    } finally {
      await a.context.close()
      await b.context.close()
    }
  })

  test("each kind of backend change reaches the cached pages: a price, stock sold out, a certificate revoked, a supplier suspended", async ({ page }) => {
    const candidates = await productsToChange()
    // three different demo products, the suspended supplier's from another supplier than the other two
    const pick = (p: StoreProduct | undefined): StoreProduct => {
      expect(p, "enough demo products no other journey uses").toBeTruthy()
      return p!
    }
    const [priced, stocked] = [pick(candidates[0]), pick(candidates[1])]
    // a revocation is for good: of a product made for it, not one another journey may find
    const revoked = await newCertifiedProduct()
    const suspended = pick(candidates.find((p) => ![priced, stocked].some((o) => o.supplier?.id === p.supplier?.id)))
    const productPath = (p: StoreProduct) => `/zh/products/${encodeURIComponent(p.handle)}`

    await test.step("a price change", async () => {
      const variant = priced.variants[0]!
      const old = variant.calculated_price!.calculated_amount!
      const next = Math.round((old + 1.11) * 100) / 100
      await openCached(page, productPath(priced))
      await expect(page.getByText(yuan(old)).first()).toBeVisible()
      await expect(page.getByText(yuan(next))).toHaveCount(0)
      await setVariantPrice(priced.id, variant.id, next)
      try {
        await reloadUntil(page, productPath(priced), () => expect(page.getByText(yuan(next)).first()).toBeVisible({ timeout: 2_000 }))
      } finally {
        await setVariantPrice(priced.id, variant.id, old)
      }
    })

    await test.step("stock down to nothing: sold out", async () => {
      await openCached(page, productPath(stocked))
      await expect(page.getByRole("button", { name: TEXT.zh.addToCart })).toBeEnabled()
      const restore = await sellOut(stocked.id)
      try {
        await reloadUntil(page, productPath(stocked), () =>
          expect(page.getByRole("button", { name: "暂时缺货" })).toBeDisabled({ timeout: 2_000 })
        )
      } finally {
        await restore()
      }
    })

    await test.step("a certificate revoked: the product leaves the shop and its verification page says so", async () => {
      const number = revoked.certificate!.number!
      const certificatePath = `/zh/certifications/${encodeURIComponent(number)}`
      // a filtered list is a cached page too (its URL rewritten to the cached page of its filters), newest first
      const listPath = "/zh/products?certified=true"
      const inList = page.locator("#search-results article").filter({ hasText: revoked.title })
      await reloadUntil(page, listPath, () => expect(inList).toHaveCount(1, { timeout: 2_000 }))
      await openCached(page, listPath)
      await openCached(page, productPath(revoked))
      await expect(page.getByTestId("certificate-link")).toHaveText(number)
      await openCached(page, certificatePath)
      await expect(page.getByText(REVOKED_NOTE)).toHaveCount(0)
      await certificateAction(number, "revoke", "缓存测试：撤销认定")
      await reloadUntil(page, certificatePath, () => expect(page.getByText(REVOKED_NOTE)).toBeVisible({ timeout: 2_000 }))
      await expectStatus(page, productPath(revoked), 404)
      await reloadUntil(page, listPath, () => expect(inList).toHaveCount(0, { timeout: 2_000 }))
      await expect(page.getByTestId("browse-count")).toBeVisible()
    })

    await test.step("a supplier suspended: its profile is gone and its product's page no longer names it", async () => {
      const supplier = suspended.supplier!
      const supplierPath = `/zh/suppliers/${encodeURIComponent(supplier.id!)}`
      const link = page.locator(`main a[href="${supplierPath}"]`)
      await openCached(page, productPath(suspended))
      await expect(link.first()).toBeVisible()
      await openCached(page, supplierPath)
      await supplierAction(supplier.id!, "suspend", "缓存测试：暂停供应商")
      try {
        await reloadUntil(page, productPath(suspended), () => expect(link).toHaveCount(0, { timeout: 2_000 }))
        await expectStatus(page, supplierPath, 404)
      } finally {
        await supplierAction(supplier.id!, "reinstate")
      }
      // its products back on sale before the next journey looks for them
      await expectStatus(page, supplierPath, 200)
      await reloadUntil(page, productPath(suspended), () => expect(link.first()).toBeVisible({ timeout: 2_000 }))
    })
  })
})
