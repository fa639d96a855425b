import { expect, test, type Page } from "@playwright/test"
import { loginInBrowser } from "./support/backend"
import { shot } from "./support/shop"

/**
 * A tap on a link to a page the server renders for this visitor (the institution portal, the
 * account) is acknowledged at once: the link shows a spinner until the page arrives. The journey
 * holds the page's answer back in the browser, as a slow connection or a busy server would.
 */

/** Holds the client navigation's request for `path` (not Next's prefetches) until the returned release is called. */
async function holdNavigation(page: Page, path: string): Promise<{ held: Promise<void>; release: () => void }> {
  let release!: () => void
  const gate = new Promise<void>((resolve) => (release = resolve))
  let seen!: () => void
  const held = new Promise<void>((resolve) => (seen = resolve))
  await page.route(
    (url) => url.pathname === path,
    async (route) => {
      const headers = route.request().headers()
      if (headers["rsc"] && !headers["next-router-prefetch"]) {
        seen()
        await gate
      }
      await route.continue()
    }
  )
  return { held, release }
}

test("the institution portal's tab spins until the orders page arrives", async ({ page, isMobile }) => {
  test.skip(isMobile, "the portal's tabs are the same row on a phone; the shop's tab bar is checked on the phone below")
  await loginInBrowser(page, "purchaser@school01.fupin.local", "/zh/institution")
  const { held, release } = await holdNavigation(page, "/zh/institution/orders")
  const tab = page.getByRole("navigation", { name: "机构采购导航" }).getByRole("link", { name: "机构订单" })
  await tab.click()
  await held
  // shown after its short delay (a fast page never flickers it)
  await expect(tab.getByTestId("link-pending")).toHaveCSS("opacity", "1")
  await expect(page).toHaveURL(/\/zh\/institution$/)
  await shot(page, "institution-tab-pending-zh")
  release()
  await expect(page).toHaveURL(/\/zh\/institution\/orders$/)
  await expect(page.getByTestId("link-pending")).toHaveCount(0)
})

test("the shop's tab bar spins until the account page arrives", async ({ page, isMobile }) => {
  test.skip(!isMobile, "the shop's tab bar is a phone's")
  await loginInBrowser(page, "purchaser@school01.fupin.local", "/zh/institution")
  await page.goto("/zh")
  const { held, release } = await holdNavigation(page, "/zh/account")
  const me = page.getByRole("navigation", { name: "商城导航" }).getByRole("link", { name: /我的/ })
  await me.click()
  await held
  await expect(me.getByTestId("link-pending")).toHaveCSS("opacity", "1")
  await shot(page, "tab-bar-pending-zh")
  release()
  await expect(page).toHaveURL(/\/zh\/account$/)
  await expect(page.getByTestId("link-pending")).toHaveCount(0)
})
