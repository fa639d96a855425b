import { expect, test } from "@playwright/test"
import { expectAccessible, shot, TEXT } from "./support/shop"

test.describe("the categories as a tree, and the shop's tab bar", () => {
  test("zh on a phone: home grid → 分类 → 牛肉制品 → 寻甸牛干巴, and 购物车 in the tab bar counts what was added", async ({ page }, info) => {
    test.skip(info.project.name !== "phone", "the tab bar is a phone's; the desktop check is the English one below")
    await page.goto("/zh")
    const tabs = page.getByRole("navigation", { name: "商城导航" })
    await expect(tabs.getByRole("link")).toHaveText(["首页", "分类", "购物车", "我的"])
    await expect(tabs.getByRole("link", { name: "首页" })).toHaveAttribute("aria-current", "page")
    await expect(tabs.getByRole("link", { name: "购物车，0 件商品" })).toBeVisible()

    // The home page's grid: the category groups, each with a picture
    const grid = page.getByTestId("home-category-grid")
    await expect(grid.getByRole("link")).toHaveCount(8)
    await expect(grid.getByRole("link", { name: "肉禽蛋品" })).toBeVisible()
    await grid.getByRole("link", { name: "肉禽蛋品" }).scrollIntoViewIfNeeded()
    await shot(page, "home-category-grid-zh")
    await grid.getByRole("link", { name: "肉禽蛋品" }).click()

    // 分类: the groups on the left, the chosen group's kinds as tiles on the right
    await expect(page).toHaveURL(/\/zh\/categories#meat$/)
    await expect(page.getByRole("tab", { name: "肉禽蛋品" })).toHaveAttribute("aria-selected", "true")
    await expect(tabs.getByRole("link", { name: "分类" })).toHaveAttribute("aria-current", "page")
    const meat = page.getByRole("tabpanel", { name: "肉禽蛋品" })
    await expect(meat.getByRole("link", { name: /牛肉制品/ })).toBeVisible()
    await expect(meat.getByRole("link", { name: /火腿腊肉/ })).toBeVisible()
    await page.getByRole("tab", { name: "水果坚果" }).click()
    const fruit = page.getByRole("tabpanel", { name: "水果坚果" })
    await expect(fruit.getByRole("link", { name: /干果坚果/ })).toBeVisible()
    await expect(meat).toBeHidden()
    await shot(page, "categories-fruit-zh")
    await page.getByRole("tab", { name: "肉禽蛋品" }).click()
    await shot(page, "categories-zh")
    await expectAccessible(page)

    // A kind's page: its products, the way back up, the group's other kinds
    await meat.getByRole("link", { name: /牛肉制品/ }).click()
    await expect(page).toHaveURL(/\/zh\/categories\/beef-products$/)
    await expect(page.getByRole("heading", { level: 1, name: "牛肉制品" })).toBeVisible()
    const crumbs = page.getByRole("navigation", { name: "所在分类" })
    await expect(crumbs.getByRole("link", { name: "肉禽蛋品" })).toHaveAttribute("href", "/zh/categories/meat")
    await expect(page.getByRole("link", { name: "全部肉禽蛋品" })).toBeVisible()
    await expect(page.getByRole("link", { name: "寻甸卤牛肉" })).toBeVisible()
    await shot(page, "category-beef-zh")
    await expectAccessible(page)

    await page.getByRole("link", { name: "寻甸牛干巴" }).click()
    await expect(page).toHaveURL(/\/zh\/products\/xundian-dried-beef$/)
    await page.getByRole("button", { name: TEXT.zh.addToCart }).click()
    await expect(page.getByText(TEXT.zh.added)).toBeVisible()
    await expect(tabs.getByRole("link", { name: "购物车，1 件商品" })).toBeVisible()
    await expect(page.getByTestId("cart-badge")).toHaveText("1")
    // the screen as the shopper holds it: the tab bar at its bottom, with the count
    await page.screenshot({ path: `artifacts/screenshots/${info.project.name}-product-tab-bar-zh.png` })
    // the kind and its group are links on the product's page
    await expect(page.getByRole("link", { name: "牛肉制品" })).toHaveAttribute("href", "/zh/categories/beef-products")
    await expect(page.getByRole("link", { name: "肉禽蛋品" })).toHaveAttribute("href", "/zh/categories/meat")

    await tabs.getByRole("link", { name: "购物车，1 件商品" }).click()
    await expect(page).toHaveURL(/\/zh\/cart$/)
    await expect(tabs.getByRole("link", { name: /购物车/ })).toHaveAttribute("aria-current", "page")
    // the checkout keeps the bottom of the screen for its own buttons
    await page.goto("/zh/checkout")
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible()
    await expect(page.getByRole("navigation", { name: "商城导航" })).toHaveCount(0)
    await page.screenshot({ path: `artifacts/screenshots/${info.project.name}-checkout-without-tab-bar-zh.png` })
  })

  test("en: the tab bar reads Home, Categories, Cart, Me on a phone and gives way to the header on a desktop; a group's page lists its kinds' products", async ({ page }, info) => {
    await page.goto("/en")
    const tabs = page.getByRole("navigation", { name: "Shop navigation" })
    if (info.project.name === "phone") {
      await expect(tabs.getByRole("link")).toHaveText(["Home", "Categories", "Cart", "Me"])
      await expect(tabs.getByRole("link", { name: "Cart, 0 items" })).toBeVisible()
      await tabs.getByRole("link", { name: "Categories" }).click()
    } else {
      await expect(tabs).toBeHidden()
      await page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Categories" }).click()
    }
    await expect(page).toHaveURL(/\/en\/categories$/)
    await expect(page.getByRole("heading", { level: 1, name: "Shop by category" })).toBeVisible()
    // the first group is chosen when none is named
    await expect(page.getByRole("tab", { name: "Rice, noodles & oil" })).toHaveAttribute("aria-selected", "true")
    await page.getByRole("tab", { name: "Meat, poultry & eggs" }).click()
    await shot(page, "categories-en")
    await page.getByRole("tabpanel", { name: "Meat, poultry & eggs" }).getByRole("link", { name: "All of Meat, poultry & eggs ›" }).click()

    await expect(page).toHaveURL(/\/en\/categories\/meat$/)
    await expect(page.getByRole("heading", { level: 1, name: "Meat, poultry & eggs" })).toBeVisible()
    // every product of its kinds: beef, pork, poultry, eggs… (寻甸牛干巴 among them, a page or two on)
    await expect(page.getByText(/^\d+ products$/)).toHaveText(/^(2\d|3\d) products$/)
    await expect(page.getByRole("link", { name: "Beef products" })).toBeVisible()
    await shot(page, "category-meat-en")
    await expectAccessible(page)
  })
})
