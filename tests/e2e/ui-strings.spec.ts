import { expect, test, type Page } from "@playwright/test"
import { DEMO_PASSWORD, loginInBrowser } from "./support/backend"
import { addToCart, type Lang } from "./support/shop"

/**
 * Every page whose forms and widgets run in the browser shows words, not message keys. Those
 * components get their strings from the page (next-intl, only the ones each one reads); a string
 * the page forgot to hand over shows as its key (e.g. "institution.submit") and logs next-intl's
 * MISSING_MESSAGE, which is what this journey looks for on each page.
 */

test.skip(({ isMobile }) => isMobile, "the strings are the same on a phone; this sweep runs on the desktop project")

// a namespace of ours, a dot, a camelCase key: how next-intl shows a message it does not have
const RAW_KEY = /\b(?:institution(?:Lists|Quotes|Members)?|supplierPortal|checkout|account|cart|products?|review|afterSale|error)\.[a-z][A-Za-z]+\b/

function watchIntlErrors(page: Page): string[] {
  const errors: string[] = []
  page.on("console", (message) => {
    if (/MISSING_MESSAGE|FORMATTING_ERROR|INVALID_MESSAGE|INVALID_KEY|IntlError/.test(message.text())) errors.push(message.text())
  })
  return errors
}

async function expectWords(page: Page, path: string, errors: string[]) {
  await page.goto(path)
  await page.waitForLoadState("networkidle")
  const text = await page.locator("main").innerText()
  expect(text.match(RAW_KEY)?.[0] ?? null, `a message key on ${path}`).toBeNull()
  expect(errors, `next-intl errors on ${path}`).toEqual([])
}

// What is checked is the wiring (which strings each page hands to its components), the same in both
// languages; each string's presence and formatting in both is the unit tests' (client-strings.unit.spec.ts)
for (const lang of ["zh"] as Lang[]) {
  test.describe(`pages in ${lang}`, () => {
    test("a visitor's forms: product, sign-in, registration, password reset, the producer portal's doors", async ({ page }) => {
      const errors = watchIntlErrors(page)
      for (const path of ["/products/xundian-dried-beef", "/account/login", "/account/register", "/account/forgot-password", "/supplier/login", "/supplier/apply"]) {
        await expectWords(page, `/${lang}${path}`, errors)
      }
    })

    test("a shopper's cart and checkout", async ({ page }) => {
      const errors = watchIntlErrors(page)
      await addToCart(page, lang, "xundian-dried-beef", 2)
      await expectWords(page, `/${lang}/cart`, errors)
      await expect(page.getByRole("button", { name: /增加|Increase/ }).first()).toBeVisible()
      await expectWords(page, `/${lang}/checkout`, errors)
    })

    test("an institution's purchaser and administrator", async ({ page }) => {
      const errors = watchIntlErrors(page)
      await loginInBrowser(page, "purchaser@school01.fupin.local", "/zh/institution")
      for (const path of ["/institution/pad", "/institution/lists", "/institution/quotes", "/institution/orders"]) await expectWords(page, `/${lang}${path}`, errors)
      await expect(page.locator("main")).toBeVisible()
      await page.context().clearCookies()
      await loginInBrowser(page, "admin@school01.fupin.local", "/zh/institution")
      for (const path of ["/institution/members", "/institution/canteens", "/institution/invoice"]) await expectWords(page, `/${lang}${path}`, errors)
    })

    test("a producer's owner", async ({ page }) => {
      const errors = watchIntlErrors(page)
      await page.goto("/zh/supplier/login")
      await page.getByLabel("登录邮箱").fill("owner@supplier01.fupin.local")
      await page.getByLabel("密码").fill(DEMO_PASSWORD)
      await page.getByRole("button", { name: "登录", exact: true }).click()
      await expect(page).toHaveURL(/\/zh\/supplier$/)
      for (const path of ["/supplier/stock", "/supplier/listings/new", "/supplier/members", "/supplier/certification", "/supplier/orders"]) {
        await expectWords(page, `/${lang}${path}`, errors)
      }
    })
  })
}
