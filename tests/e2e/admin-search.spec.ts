import { expect, test, type Page } from "@playwright/test"
import { shot } from "./support/shop"

// The admin dashboard is served by the backend under /app (started by scripts/test.mjs).
const backendUrl = process.env.BACKEND_URL ?? "http://localhost:9000"
/**
 * The demo catalogue: 126 certified products, all sellable (docs/source-figures.md). The journeys
 * share one database and the producer's story puts one more on sale, so the page must show at
 * least the demo's, and the index exactly what is sellable.
 */
const DEMO_SELLABLE = 126

/** Opens the search index page signed out: the login leads back to it. */
async function openAsOperator(page: Page) {
  await page.goto(`${backendUrl}/app/search`)
  await page.locator('input[name="email"]').fill("admin@fupin.local")
  await page.locator('input[name="password"]').fill("fupin-demo")
  await page.locator('button[type="submit"]').click()
  await expect(page).toHaveURL(/\/app\/search$/)
}

test.describe("the operator's search index page", () => {
  test("shows a healthy index of every sellable product (the demo's 126 at least), and a reindex keeps it so", async ({ page }) => {
    await openAsOperator(page)
    await expect(page.getByRole("heading", { name: "搜索索引 (Search index)" })).toBeVisible()
    // the built-in engine unless the backend was given MEILISEARCH_HOST
    await expect(page.getByTestId("search-engine")).toHaveText(/^(内置 PostgreSQL|Meilisearch)$/)
    await expect(page.getByTestId("search-sellable")).toHaveText(/^\d+$/)
    const sellable = (await page.getByTestId("search-sellable").innerText()).trim()
    expect(Number(sellable)).toBeGreaterThanOrEqual(DEMO_SELLABLE)
    await expect(page.getByTestId("search-documents")).toHaveText(sellable)
    await expect(page.getByTestId("search-health")).toContainText("正常 (healthy)")
    await expect(page.getByTestId("search-last-indexed")).toHaveText(/^\d{4}\/\d{1,2}\/\d{1,2} \d{2}:\d{2}:\d{2}$/)
    const indexedBefore = await page.getByTestId("search-last-indexed").textContent()

    const reindex = page.getByRole("button", { name: "重新索引 (Reindex)" })
    await reindex.click()
    await expect(page.getByTestId("search-reindex-result")).toContainText(`已索引 ${sellable} 个商品`)
    await expect(reindex).toBeEnabled()
    // Idempotent: the same documents, still healthy, indexed again just now.
    await expect(page.getByTestId("search-documents")).toHaveText(sellable)
    await expect(page.getByTestId("search-sellable")).toHaveText(sellable)
    await expect(page.getByTestId("search-health")).toContainText("正常 (healthy)")
    await expect(page.getByTestId("search-last-indexed")).not.toHaveText(indexedBefore ?? "")
    await shot(page, "admin-search")
  })

  test("says why when the index status cannot be read", async ({ page }) => {
    await page.route(
      (url) => url.pathname === "/admin/search",
      (route) => route.fulfill({ status: 503, json: { type: "unexpected_state", message: "search engine unreachable" } })
    )
    await openAsOperator(page)
    await expect(page.getByRole("alert")).toContainText("无法读取索引状态")
    await expect(page.getByRole("alert")).toContainText("search engine unreachable")
    await expect(page.getByRole("button", { name: "重新索引 (Reindex)" })).toHaveCount(0)
  })
})
