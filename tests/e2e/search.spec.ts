import { expect, test, type Locator, type Page } from "@playwright/test"
import { expectAccessible, listFacets as facets, shot } from "./support/shop"

/** The header's search box (a combobox with a listbox of suggestions). */
function headerSearch(page: Page, lang: "zh" | "en" = "zh") {
  const box = page.getByRole("banner").getByRole("combobox", { name: lang === "zh" ? "搜索商品" : "Search products" })
  const list = page.getByRole("listbox", { name: lang === "zh" ? "搜索建议" : "Suggestions" })
  return { box, list }
}

/** Opens a page and waits until the search box is interactive (hydrated), so typing is not lost. */
async function open(page: Page, path: string) {
  const response = await page.goto(path)
  await expect(page.getByRole("banner").locator('form[role="search"][data-ready="true"]')).toBeAttached()
  return response
}

/** The results (not the popular products, not the facets). */
function results(page: Page, lang: "zh" | "en" = "zh") {
  return page.getByRole("region", { name: lang === "zh" ? "搜索结果" : "Search results" }).getByRole("article")
}

/** The count a facet checkbox shows (what ticking it would give or add). */
async function facetCount(checkbox: Locator): Promise<number> {
  const match = /(\d+)\s*$/.exec(await checkbox.innerText())
  expect(match, "a facet value shows its count").not.toBeNull()
  return Number(match![1])
}

/** Every result title on the page contains one of `words`. */
async function expectTitlesFrom(page: Page, words: string[]) {
  const titles = await results(page).getByRole("link").allInnerTexts()
  expect(titles.length).toBeGreaterThan(0)
  for (const title of titles) expect(words.some((w) => title.includes(w)), `${title} is from ${words.join(" or ")}`).toBe(true)
  return titles
}

/** Sum of layout shifts so far (CLS without session windows: an upper bound). */
async function layoutShift(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let total = 0
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean }>) {
            if (!entry.hadRecentInput) total += entry.value
          }
        }).observe({ type: "layout-shift", buffered: true })
        requestAnimationFrame(() => requestAnimationFrame(() => resolve(total)))
      })
  )
}

test.describe("a shopper searching in Chinese", () => {
  test("types 干巴 in the header box and reaches 寻甸牛干巴 with the keyboard", async ({ page }) => {
    await open(page, "/zh")
    const { box, list } = headerSearch(page)
    await expect(box).toHaveAttribute("aria-expanded", "false")
    await box.fill("干巴")

    const beef = list.getByRole("option", { name: /寻甸牛干巴/ })
    await expect(beef).toBeVisible()
    await expect(box).toHaveAttribute("aria-expanded", "true")
    // the infix the shopper typed is marked in the suggestion
    await expect(beef.locator("mark")).toHaveText("干巴")
    await expect(beef).toContainText("¥68.00")
    await expectAccessible(page)
    await shot(page, "search-suggestions-zh")

    const titles = await list.getByRole("option").allInnerTexts()
    const index = titles.findIndex((t) => t.includes("寻甸牛干巴"))
    expect(index).toBeGreaterThanOrEqual(0)
    for (let i = 0; i <= index; i++) await box.press("ArrowDown")
    await expect(beef).toHaveAttribute("aria-selected", "true")
    await expect(box).toHaveAttribute("aria-activedescendant", (await beef.getAttribute("id")) ?? "missing id")

    await box.press("Enter")
    await expect(page).toHaveURL(/\/zh\/products\/xundian-dried-beef$/)
    await expect(page.getByRole("heading", { level: 1, name: "寻甸牛干巴" })).toBeVisible()
  })

  test("clicks a suggestion; Escape closes the list and then clears the box", async ({ page }) => {
    await open(page, "/zh/products")
    const { box, list } = headerSearch(page)
    await box.fill("ngb")
    await expect(list.getByRole("option").first()).toContainText("寻甸牛干巴")

    await box.press("Escape")
    await expect(list).toBeHidden()
    await expect(box).toHaveAttribute("aria-expanded", "false")
    await expect(box).toHaveValue("ngb")
    await box.press("Escape")
    await expect(box).toHaveValue("")

    await box.fill("干巴")
    await list.getByRole("option", { name: /寻甸牛干巴/ }).click()
    await expect(page).toHaveURL(/\/zh\/products\/xundian-dried-beef$/)
  })

  test("forgives a misspelt word and says what it searched for instead", async ({ page }) => {
    await open(page, "/zh/search?q=niuganab")
    await expect(results(page).first().getByRole("link")).toHaveText("寻甸牛干巴")
    await expect(page.getByTestId("search-corrected")).toHaveText("已按“niuganba”为您搜索（您输入的是“niuganab”）")
    await open(page, "/en/search?q=dongchuan%20noodels")
    await expect(results(page, "en").first().getByRole("link")).toHaveText("Dongchuan Noodles")
    await expect(page.getByTestId("search-corrected")).toHaveText("Showing results for “dongchuan noodles” (you typed “dongchuan noodels”)")
  })

  test("searches niuganba from the results page: 寻甸牛干巴 first, highlighted, with count and time", async ({ page }) => {
    await open(page, "/zh/search?q=%E5%B9%B2%E5%B7%B4")
    const { box } = headerSearch(page)
    await expect(box).toHaveValue("干巴")
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("“干巴”的搜索结果")

    await box.fill("niuganba")
    await box.press("Enter")
    await expect(page).toHaveURL(/\/zh\/search\?q=niuganba$/)
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("“niuganba”的搜索结果")
    const first = results(page).first()
    await expect(first.getByRole("link")).toHaveText("寻甸牛干巴")
    await expect(first.locator("mark")).toHaveText("牛干巴")
    await expect(first).toContainText("¥68.00")
    await expect(page.getByTestId("search-summary")).toHaveText(/^共 \d+ 件商品，用时 [\d.]+ 毫秒$/)
    await expectAccessible(page)
    expect(await layoutShift(page)).toBeLessThan(0.1)
    await shot(page, "search-results-zh")
  })

  test("narrows the results with a county facet, and the URL can be shared", async ({ page }) => {
    await open(page, "/zh/search?q=%E5%B9%B2%E5%B7%B4")
    const titles = results(page).getByRole("link")
    await expect(titles.first()).toBeVisible()
    const before = await results(page).count()
    expect(before).toBeGreaterThan(1)

    await (await facets(page)).getByRole("checkbox", { name: /禄劝/ }).click()
    await expect(page).toHaveURL(/\/zh\/search\?q=%E5%B9%B2%E5%B7%B4&county=luquan$/)
    await expect((await facets(page)).getByRole("checkbox", { name: /禄劝/ })).toBeChecked()
    await expect(results(page)).not.toHaveCount(before)
    for (const title of await titles.allInnerTexts()) expect(title).toContain("禄劝")
    await shot(page, "search-facet-zh")

    // the same URL in a fresh visit shows the same narrowed list
    const url = page.url()
    await page.goto(url)
    for (const title of await titles.allInnerTexts()) expect(title).toContain("禄劝")

    // clicking the ticked county again clears it
    await (await facets(page)).getByRole("checkbox", { name: /禄劝/ }).click()
    await expect(page).toHaveURL(/\/zh\/search\?q=%E5%B9%B2%E5%B7%B4$/)
    await expect(results(page)).toHaveCount(before)
  })

  test("ticks two counties: results from both, a chip for each, and takes one chip off", async ({ page }) => {
    await open(page, "/zh/search?q=%E5%B9%B2%E5%B7%B4")
    await expect(results(page).first()).toBeVisible()

    await (await facets(page)).getByRole("checkbox", { name: /寻甸/ }).click()
    await expect(page).toHaveURL(/\/zh\/search\?q=%E5%B9%B2%E5%B7%B4&county=xundian$/)
    let nav = await facets(page)
    const xundian = nav.getByRole("checkbox", { name: /寻甸/ })
    const luquan = nav.getByRole("checkbox", { name: /禄劝/ })
    await expect(xundian).toBeChecked()
    // the other counties stay on offer, counted as what they would add
    await expect(luquan).not.toBeChecked()
    await expect(luquan).toBeEnabled()
    const fromXundian = await facetCount(xundian)
    const fromLuquan = await facetCount(luquan)
    expect(fromLuquan).toBeGreaterThan(0)
    await expect(page.getByTestId("search-summary")).toHaveText(new RegExp(`^共 ${fromXundian} 件商品`))

    // the second county with the keyboard: a checkbox takes Space
    await luquan.focus()
    await page.keyboard.press("Space")
    await expect(page).toHaveURL(/\/zh\/search\?q=%E5%B9%B2%E5%B7%B4&county=xundian,luquan$/)
    nav = await facets(page)
    await expect(nav.getByRole("checkbox", { name: /寻甸/ })).toBeChecked()
    await expect(nav.getByRole("checkbox", { name: /禄劝/ })).toBeChecked()
    // a product comes from one county, so either county adds its own products
    await expect(page.getByTestId("search-summary")).toHaveText(new RegExp(`^共 ${fromXundian + fromLuquan} 件商品`))
    const chipXundian = page.getByRole("link", { name: "移除筛选：寻甸", exact: true })
    const chipLuquan = page.getByRole("link", { name: "移除筛选：禄劝", exact: true })
    await expect(chipXundian).toBeVisible()
    await expect(chipLuquan).toBeVisible()
    const titles = await expectTitlesFrom(page, ["寻甸", "禄劝"])
    expect(titles.some((t) => t.includes("寻甸"))).toBe(true)
    expect(titles.some((t) => t.includes("禄劝"))).toBe(true)
    await expectAccessible(page)
    await shot(page, "search-two-counties-zh")

    await chipXundian.click()
    await expect(page).toHaveURL(/\/zh\/search\?q=%E5%B9%B2%E5%B7%B4&county=luquan$/)
    await expect(chipXundian).toHaveCount(0)
    await expect(chipLuquan).toBeVisible()
    await expect(page.getByTestId("search-summary")).toHaveText(new RegExp(`^共 ${fromLuquan} 件商品`))
    await expectTitlesFrom(page, ["禄劝"])

    await page.getByRole("link", { name: "清除全部", exact: true }).click()
    await expect(page).toHaveURL(/\/zh\/search\?q=%E5%B9%B2%E5%B7%B4$/)
    await expect(chipLuquan).toHaveCount(0)
  })

  test("gets a suggestion and popular products when nothing matches", async ({ page }) => {
    await page.goto(`/zh/search?q=${encodeURIComponent("苦荞面包")}`)
    await expect(page.getByText("没有找到与“苦荞面包”相关的商品")).toBeVisible()
    const suggestion = page.getByTestId("did-you-mean").getByRole("link")
    await expect(suggestion).toBeVisible()
    await expect(page.getByRole("heading", { name: "大家都在买" })).toBeVisible()
    await expect(page.getByRole("region", { name: "大家都在买" }).getByRole("article").first()).toBeVisible()
    await expectAccessible(page)
    await shot(page, "search-empty-zh")

    const proposed = await suggestion.innerText()
    await suggestion.click()
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`“${proposed}”的搜索结果`)
    await expect(results(page).first()).toBeVisible()
  })

  test("is told plainly when the query is too long", async ({ page }) => {
    const response = await page.goto(`/zh/search?q=${encodeURIComponent("牛".repeat(150))}`)
    expect(response?.status()).toBe(200)
    const alert = page.getByTestId("search-rejected")
    await expect(alert).toHaveAttribute("role", "alert")
    await expect(alert).toContainText("搜索词太长了")
    await expect(alert).toContainText("最多 100 个字")
  })

  test("uses the box on a 375 px phone without sideways scrolling", async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 667 })
    await open(page, "/zh")
    const { box, list } = headerSearch(page)
    await box.fill("干巴")
    await expect(list.getByRole("option").first()).toBeVisible()
    const rect = await list.boundingBox()
    expect(rect).not.toBeNull()
    expect(rect!.x).toBeGreaterThanOrEqual(0)
    expect(rect!.x + rect!.width).toBeLessThanOrEqual(375)
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375)
    await shot(page, "search-suggestions-375")
  })
})

test.describe("a shopper searching in English", () => {
  test("finds Xundian Dried Beef from the English box and results page", async ({ page }) => {
    await open(page, "/en")
    const { box, list } = headerSearch(page, "en")
    await box.fill("niuganba")
    await expect(list.getByRole("option").first()).toContainText("Xundian Dried Beef")
    await box.press("Enter")
    await expect(page).toHaveURL(/\/en\/search\?q=niuganba$/)
    await expect(page.locator("html")).toHaveAttribute("lang", "en")
    await expect(page.getByRole("heading", { level: 1 })).toHaveText('Results for "niuganba"')
    await expect(results(page, "en").first().getByRole("link")).toHaveText("Xundian Dried Beef")
    await expect(results(page, "en").first()).toContainText("¥68.00")
    await expect(page.getByTestId("search-summary")).toHaveText(/^\d+ products?, found in [\d.]+ ms$/)
    await expectAccessible(page)
    await shot(page, "search-results-en")

    await (await facets(page, "en")).getByRole("checkbox", { name: /Certified/ }).click()
    await expect(page).toHaveURL(/\/en\/search\?q=niuganba&certified=true$/)
    await expect(results(page, "en").first().getByRole("link")).toHaveText("Xundian Dried Beef")

    // the language switch keeps the search
    await page.getByRole("link", { name: "简体中文" }).click()
    await expect(page).toHaveURL(/\/zh\/search\?q=niuganba&certified=true$/)
    await expect(results(page).first().getByRole("link")).toHaveText("寻甸牛干巴")
  })
})

test.describe("a shopper browsing the catalogue", () => {
  /** The product cards of the browse page's list. */
  const cards = (page: Page) => page.getByRole("region", { name: "全部商品" }).getByRole("article")
  const count = async (page: Page) => Number(/(\d+)/.exec(await page.getByTestId("browse-count").innerText())?.[1])
  const prices = async (page: Page) =>
    (await cards(page).allInnerTexts()).map((text) => Number(/¥([\d,.]+)/.exec(text)?.[1]?.replace(/,/g, "")))

  test("narrows the catalogue with the facets search has, in the URL search uses", async ({ page }) => {
    await open(page, "/zh/products")
    const all = await count(page)
    expect(all).toBeGreaterThan(12)
    await expect(cards(page)).toHaveCount(12)

    // counties tick like search's: one, then a second beside it
    const xundian = (await facets(page)).getByRole("checkbox", { name: /^寻甸/ })
    const fromXundian = await facetCount(xundian)
    await xundian.click()
    await expect(page).toHaveURL(/\/zh\/products\?county=xundian$/)
    await expect.poll(() => count(page)).toBe(fromXundian)
    const luquan = (await facets(page)).getByRole("checkbox", { name: /^禄劝/ })
    const fromLuquan = await facetCount(luquan)
    await luquan.click()
    await expect(page).toHaveURL(/\/zh\/products\?county=xundian,luquan$/)
    await expect.poll(() => count(page)).toBe(fromXundian + fromLuquan)
    for (const title of await cards(page).getByRole("link").allInnerTexts()) {
      expect(["寻甸", "禄劝"].some((w) => title.includes(w)), `${title} is from 寻甸 or 禄劝`).toBe(true)
    }

    // cheapest first, in the same parameter as search's
    await page.getByRole("link", { name: "价格从低到高" }).click()
    await expect(page).toHaveURL(/\/zh\/products\?county=xundian,luquan&sort=price_asc$/)
    await expect(page.getByRole("link", { name: "价格从低到高" })).toHaveAttribute("aria-current", "true")
    const shown = await prices(page)
    expect(shown).toEqual([...shown].sort((a, b) => a - b))
    await expectAccessible(page)
    await shot(page, "browse-facets-zh")

    // the chip takes a county off again
    await page.getByRole("link", { name: "移除筛选：寻甸", exact: true }).click()
    await expect(page).toHaveURL(/\/zh\/products\?county=luquan&sort=price_asc$/)
    await expect.poll(() => count(page)).toBe(fromLuquan)
  })

  test("takes search's filters without a query to the same list on the browse page", async ({ page }) => {
    await page.goto("/zh/search?county=luquan&price=20-50")
    await expect(page).toHaveURL(/\/zh\/products\?county=luquan&price=20-50$/)
    await expect(page.getByRole("link", { name: "移除筛选：禄劝", exact: true })).toBeVisible()
    for (const price of await prices(page)) {
      expect(price).toBeGreaterThanOrEqual(20)
      expect(price).toBeLessThan(50)
    }
  })

  test("drills into a group's kinds with the category facet: the groups first, then the kinds of the one ticked", async ({ page }) => {
    await open(page, "/zh/products")
    const category = (await facets(page)).getByRole("group", { name: "分类" })
    const meat = category.getByRole("checkbox", { name: /^肉禽蛋品/ })
    const beef = category.getByRole("checkbox", { name: /^牛肉制品/ })
    // the groups only, not the 40-odd kinds
    await expect(meat).toBeVisible()
    await expect(beef).toHaveCount(0)
    await meat.click()
    await expect(page).toHaveURL(/\/zh\/products\?category=meat$/)
    await expect(meat).toHaveAttribute("aria-checked", "true")
    await shot(page, "browse-category-drill-zh")
    const fromBeef = await facetCount((await facets(page)).getByRole("group", { name: "分类" }).getByRole("checkbox", { name: /^牛肉制品/ }))
    // a kind of the ticked group narrows to it: the group gives way
    await (await facets(page)).getByRole("group", { name: "分类" }).getByRole("checkbox", { name: /^牛肉制品/ }).click()
    await expect(page).toHaveURL(/\/zh\/products\?category=beef-products$/)
    await expect.poll(() => count(page)).toBe(fromBeef)
    const again = (await facets(page)).getByRole("group", { name: "分类" })
    await expect(again.getByRole("checkbox", { name: /^肉禽蛋品/ })).toHaveAttribute("aria-checked", "false")
    await expect(again.getByRole("checkbox", { name: /^牛肉制品/ })).toHaveAttribute("aria-checked", "true")
    await expect(page.getByRole("link", { name: "移除筛选：牛肉制品", exact: true })).toBeVisible()
  })

  // each list state is its own page: the phone's closed panel would otherwise shut after every tick and every 清除
  test("keeps a phone's facets open from one tick to the next and after a facet is cleared", async ({ page }) => {
    await open(page, "/zh/products")
    const summary = page.locator("summary", { hasText: "筛选" })
    test.skip(!(await summary.isVisible()), "a wide screen shows the facets as a sidebar, never closed")
    const panel = page.locator("details.facets-panel")
    await expect(panel).not.toHaveAttribute("open")
    await summary.click()
    await panel.getByRole("checkbox", { name: /^寻甸/ }).click()
    await expect(page).toHaveURL(/\/zh\/products\?county=xundian$/)
    await expect(panel).toHaveAttribute("open")
    await panel.getByRole("checkbox", { name: /^禄劝/ }).click()
    await expect(page).toHaveURL(/\/zh\/products\?county=xundian,luquan$/)
    await expect(panel).toHaveAttribute("open")
    await panel.getByRole("link", { name: /^清除.*筛选$/ }).first().click()
    await expect(page).toHaveURL(/\/zh\/products$/)
    await expect(panel).toHaveAttribute("open")
    await expect(panel.getByRole("checkbox", { name: /^寻甸/ })).toHaveAttribute("aria-checked", "false")
    // a visit later, not a tick: closed again
    await page.goto("/zh/products?county=luquan")
    await expect(panel).not.toHaveAttribute("open")
  })

  // a filtered list is served from the cached page of its filters, under another path: its language link still keeps them
  test("switches a filtered, sorted list to English and keeps its filters", async ({ page }) => {
    await page.goto("/zh/products?county=xundian&sort=price_asc")
    await expect(page.getByRole("link", { name: "移除筛选：寻甸", exact: true })).toBeVisible()
    const english = page.getByRole("link", { name: "English", exact: true })
    await expect(english).toHaveAttribute("href", "/en/products?county=xundian&sort=price_asc")
    await english.click()
    await expect(page).toHaveURL(/\/en\/products\?county=xundian&sort=price_asc$/)
    await expect(page.getByRole("heading", { level: 1, name: "Shop certified products" })).toBeVisible()
    await expect(page.getByRole("link", { name: "Remove filter: Xundian", exact: true })).toBeVisible()
  })
})

test.describe("a shopper without JavaScript", () => {
  test.use({ javaScriptEnabled: false })

  // the cached page of a filtered list does not know the browser's query string: the route it was rendered under does
  test("links a filtered list to its English page with the filters kept", async ({ page }) => {
    await page.goto("/zh/categories/rice?sort=price_desc")
    await expect(page.getByRole("link", { name: "English", exact: true })).toHaveAttribute("href", "/en/categories/rice?sort=price_desc")
    await page.goto("/zh/products?county=xundian&sort=price_asc")
    const english = page.getByRole("link", { name: "English", exact: true })
    await expect(english).toHaveAttribute("href", "/en/products?county=xundian&sort=price_asc")
    await english.click()
    await page.waitForURL(/\/en\/products\?county=xundian&sort=price_asc$/)
    await expect(page.getByRole("link", { name: "Remove filter: Xundian", exact: true })).toBeVisible()
  })

  // each click loads a whole page: wait for it (waitForURL waits for "load") before reading it
  test("ticks two counties by following the facet links", async ({ page }) => {
    await page.goto("/zh/search?q=%E5%B9%B2%E5%B7%B4")
    await (await facets(page)).getByRole("checkbox", { name: /寻甸/ }).click()
    await page.waitForURL(/county=xundian$/)
    await (await facets(page)).getByRole("checkbox", { name: /禄劝/ }).click()
    await page.waitForURL(/\/zh\/search\?q=%E5%B9%B2%E5%B7%B4&county=xundian,luquan$/)
    await expect((await facets(page)).getByRole("checkbox", { name: /禄劝/ })).toBeChecked()
    await expectTitlesFrom(page, ["寻甸", "禄劝"])
    const chip = page.getByRole("link", { name: "移除筛选：禄劝", exact: true })
    await chip.click()
    await page.waitForURL(/\/zh\/search\?q=%E5%B9%B2%E5%B7%B4&county=xundian$/)
    await expect(chip).toHaveCount(0)
    await expect(page.getByRole("link", { name: "移除筛选：寻甸", exact: true })).toBeVisible()
    await expectTitlesFrom(page, ["寻甸"])
  })
})
