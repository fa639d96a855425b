import { expect, test, type Page } from "@playwright/test"
import { expectAccessible, register, shot, uniqueEmail } from "./support/shop"

/**
 * The institution portal (机构采购) of 昆明市某中学（示例01）: its purchaser uploads an order
 * file with two bad rows and sees exactly those rows named, fixes them, submits an order
 * above the school's ¥5,000 approval amount; its approver approves; the agreements grow by
 * exactly what the order bought from each county. Plain shoppers are refused.
 *
 * Products: certified-catalogue items no other journey orders (checkout and account buy
 * 东川面条 and 寻甸牛干巴), a few packs each, so stock stays far from zero for the others.
 */

const PASSWORD = "fupin-demo"
const PURCHASER = "purchaser@school01.fupin.local"
const APPROVER = "approver@school01.fupin.local"
const LINES = [
  { sku: "XUNDIAN-HAM-1", county: "xundian" },
  { sku: "XUNDIAN-BEEF-RIBS-1", county: "xundian" },
  { sku: "XUNDIAN-YELLOW-CATTLE-BEEF-1", county: "xundian" },
  { sku: "LUQUAN-BLACK-GOAT-1", county: "luquan" },
] as const

interface PadVariant {
  sku: string
  unit_price: number
  min_quantity: number
  pack_size: number
  stock: number | null
  county_handle: string | null
}

async function logIn(page: Page, email: string, next = "/zh/institution") {
  await page.goto(`/zh/account/login?next=${encodeURIComponent(next)}`)
  await page.getByLabel("电子邮箱", { exact: true }).fill(email)
  await page.getByLabel("密码", { exact: true }).fill(PASSWORD)
  await page.getByRole("button", { name: "登录", exact: true }).click()
  await expect(page).toHaveURL(new RegExp(`${next}$`))
}

/** What the pad knows of a SKU (price, minimum, pack size), read with the member's login. */
async function padVariant(page: Page, sku: string): Promise<PadVariant> {
  const res = await page.request.get(`/api/institution/pad/variants?sku=${encodeURIComponent(sku)}`)
  expect(res.status(), await res.text()).toBe(200)
  const { variants } = (await res.json()) as { variants: PadVariant[] }
  const variant = variants.find((v) => v.sku === sku)
  expect(variant, sku).toBeTruthy()
  return variant!
}

/** The ¥ amount a dashboard agreement card shows as ordered. */
async function orderedOf(page: Page, county: string): Promise<number> {
  const text = await page.getByTestId(`agreement-${county}`).getByTestId("agreement-ordered").innerText()
  return Number(text.replace(/[^\d.]/g, ""))
}

function csv(rows: Array<[string, string]>): Buffer {
  return Buffer.from(["商品编码/SKU,数量", ...rows.map((r) => r.join(","))].join("\n") + "\n", "utf8")
}

async function uploadFile(page: Page, name: string, body: Buffer) {
  await page.getByLabel("选择文件").setInputFiles({ name, mimeType: "text/csv", buffer: body })
  await page.getByRole("button", { name: "上传并检查" }).click()
  await expect(page.getByTestId("upload-report")).toBeVisible()
}

test.describe("the institution portal", () => {
  test("a purchaser's file with bad rows, an order above the approval amount, the approver's yes, and the agreements grow", async ({ browser }) => {
    // two people, two logins, two uploads, a submit and an approval: longer than one page's 60 s
    test.slow()
    const purchaserContext = await browser.newContext()
    const page = await purchaserContext.newPage()

    // Anonymous: the portal sends to the login and back.
    await page.goto("/zh/institution/pad")
    await expect(page).toHaveURL(/\/zh\/account\/login\?next=%2Fzh%2Finstitution%2Fpad$/)

    // The account page offers the portal to members.
    await logIn(page, PURCHASER, "/zh/account")
    await page.getByTestId("institution-entry").click()
    await expect(page).toHaveURL(/\/zh\/institution$/)
    await expect(page.getByTestId("portal-member")).toContainText("昆明市某中学（示例01）")
    await expect(page.getByTestId("portal-member")).toContainText("采购员")
    const before = { xundian: await orderedOf(page, "xundian"), luquan: await orderedOf(page, "luquan") }
    await shot(page, "institution-dashboard-zh")
    await expectAccessible(page)

    // The order: two packs over the minimum of each product, priced as the pad will charge.
    const variants = await Promise.all(LINES.map((l) => padVariant(page, l.sku)))
    const quantities = variants.map((v) => {
      const pack = Math.max(1, v.pack_size)
      return Math.ceil(Math.max(v.min_quantity, 1) / pack) * pack + 2 * pack
    })
    // enough units to pass the approval amount (¥5,000): scale every line alike
    const base = variants.reduce((sum, v, i) => sum + v.unit_price * quantities[i]!, 0)
    const factor = Math.max(1, Math.ceil(5_200 / base))
    const final = quantities.map((q) => q * factor)
    variants.forEach((v, i) => expect(v.stock === null || v.stock >= final[i]!, `${v.sku} has stock for the journey`).toBe(true))
    const expected = { xundian: 0, luquan: 0 }
    variants.forEach((v, i) => (expected[LINES[i]!.county] += Math.round(v.unit_price * final[i]! * 100)))

    await page.getByRole("link", { name: "批量下单" }).click()
    await expect(page).toHaveURL(/\/zh\/institution\/pad$/)
    await expect(page.getByRole("heading", { level: 1, name: "批量下单" })).toBeVisible()
    if (await page.getByRole("button", { name: "清空清单" }).isVisible()) {
      page.once("dialog", (d) => void d.accept())
      await page.getByRole("button", { name: "清空清单" }).click()
    }

    // A file of six rows (header = row 1): rows 3 and 6 are bad.
    const good = LINES.map((l, i) => [l.sku, String(final[i])] as [string, string])
    await uploadFile(
      page,
      "食堂采购.csv",
      csv([good[0]!, ["NO-SUCH-SKU-01", "5"], good[1]!, good[2]!, [LINES[3].sku, "abc"]])
    )
    const report = page.getByTestId("upload-report")
    await expect(report).toContainText("共 5 行，3 行可以采购，2 行有问题")
    const bad = page.getByTestId("upload-bad-rows").getByRole("listitem")
    await expect(bad).toHaveCount(2)
    await expect(bad.nth(0)).toContainText("第 3 行")
    await expect(bad.nth(0)).toContainText("NO-SUCH-SKU-01")
    await expect(bad.nth(1)).toContainText("第 6 行")
    await expect(bad.nth(1)).toContainText(LINES[3].sku)
    await shot(page, "institution-upload-report-zh")

    // Take the three good rows, fix the file, upload it again: the pad ends with the four lines.
    await page.getByRole("button", { name: "采用 3 行正确的" }).click()
    await expect(page.getByTestId("pad-line")).toHaveCount(3)
    await uploadFile(page, "食堂采购-改.csv", csv(good))
    await expect(report).toContainText("全部 4 行都可以采购。")
    await page.getByRole("button", { name: "全部加入清单" }).click()
    await expect(page.getByTestId("pad-line")).toHaveCount(4)

    // A bad quantity typed in the grid is named, not capped, and blocks the submit until fixed.
    const ham = page.locator(`[data-testid="pad-line"][data-sku="${LINES[0].sku}"]`).getByRole("textbox")
    await ham.fill("0")
    await expect(page.getByTestId("pad-line-problem").first()).toHaveText("数量应为正整数")
    await expect(page.getByRole("button", { name: "提交订单" })).toBeDisabled()
    await ham.fill(String(final[0]))
    await expect(page.getByTestId("pad-line-problem")).toHaveCount(0)

    // Nothing typed is lost: a reload keeps the four lines.
    await page.reload()
    await expect(page.getByTestId("pad-line")).toHaveCount(4)

    // The pad shows the goods as the server prices them, and home delivery's fee for them (the
    // server's estimate, before any cart exists), so the total is known before submitting.
    const goods = (expected.xundian + expected.luquan) / 100
    const yuan = (v: number) => `¥${v.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`
    const amount = yuan(goods)
    const padAmounts = page.getByTestId("pad-amounts")
    await expect(padAmounts.getByTestId("amount-goods")).toHaveText(amount)
    await expect(padAmounts.getByTestId("amount-shipping")).toHaveText(/^¥\d[\d,]*\.\d{2}$/)
    const padShipping = Number((await padAmounts.getByTestId("amount-shipping").innerText()).replace(/[^\d.]/g, ""))
    await expect(padAmounts.getByTestId("amount-total")).toHaveText(yuan(goods + padShipping))
    await expect(page.getByTestId("pad-shipping-note")).toContainText("预估")
    // below the bulk rule's ¥10,000 (demo data) the pad says how much more would make delivery free
    expect(goods).toBeLessThan(10_000)
    await expect(page.getByTestId("pad-shipping-gap")).toHaveText(`再采购 ${yuan(10_000 - goods)} 即可免运费（满 ¥10,000.00 免运费）。`)
    await expect(page.getByTestId("pad-counties")).toContainText("本单可完成您与寻甸协议")
    // the threshold compares the goods, and says so
    await expect(page.getByText("本单超过 ¥5,000.00（商品金额）需审批，提交后等待审批人批准。")).toBeVisible()
    await shot(page, "institution-pad-zh")
    await expectAccessible(page)

    await page.getByRole("button", { name: "提交订单" }).click()
    await expect(page.getByTestId("pad-done")).toContainText("已提交，等待审批")
    await shot(page, "institution-awaiting-zh")

    // The approver approves it.
    const approverContext = await browser.newContext()
    const approver = await approverContext.newPage()
    await logIn(approver, APPROVER, "/zh/institution/approvals")
    // The card shows what will be charged: the same goods as the pad, the shipping now chosen, and their sum.
    const card = approver.getByTestId("approvals-pending").getByTestId("approval").filter({ hasText: amount }).first()
    await expect(card.getByTestId("amount-goods")).toHaveText(amount)
    await expect(card.getByTestId("amount-shipping")).toHaveText(/^¥\d[\d,]*\.\d{2}$/)
    const shipping = Number((await card.getByTestId("amount-shipping").innerText()).replace(/[^\d.]/g, ""))
    // what the pad said it would cost
    expect(shipping).toBe(padShipping)
    const charged = yuan(goods + shipping)
    await expect(card.getByTestId("amount-total")).toHaveText(charged)
    await expect(card.getByTestId("approval-total")).toHaveText(charged)
    await expect(card).toContainText("（示例01）采购员")
    await expect(card).toContainText("寻甸")
    // and what it buys, line by line: the purchaser's four SKUs at the quantities in the file
    const ordered = card.getByTestId("approval-lines")
    await expect(ordered).toContainText("商品明细（4 行）")
    await expect(ordered.getByTestId("approval-line")).toHaveCount(LINES.length)
    for (const [i, line] of LINES.entries()) {
      await expect(ordered.locator(`[data-sku="${line.sku}"]`)).toContainText(String(final[i]))
    }
    await shot(approver, "institution-approvals-zh")
    await expectAccessible(approver)
    await card.getByRole("button", { name: "批准" }).click()
    await expect(approver.getByText("已批准，订单已下达。")).toBeVisible()

    // The agreements grew by exactly what the order bought from each county.
    await approver.goto("/zh/institution")
    await expect(async () => {
      await approver.reload()
      expect(Math.round((await orderedOf(approver, "xundian")) * 100)).toBe(Math.round(before.xundian * 100) + expected.xundian)
      expect(Math.round((await orderedOf(approver, "luquan")) * 100)).toBe(Math.round(before.luquan * 100) + expected.luquan)
    }).toPass({ timeout: 30_000 })
    await shot(approver, "institution-dashboard-after-zh")

    // The purchaser sees the order among the institution's orders.
    await page.goto("/zh/institution/orders")
    const placed = page.getByTestId("institution-orders").getByRole("listitem").first()
    await expect(placed.getByTestId("amount-goods")).toHaveText(amount)
    await expect(placed.getByTestId("amount-total")).toHaveText(charged)

    // English works too.
    await approver.goto("/en/institution")
    await expect(approver.getByRole("heading", { name: "Intent purchase agreements" })).toBeVisible()
    await expect(approver.getByRole("navigation", { name: "Institution purchasing navigation" }).getByRole("link", { name: "Approvals" })).toBeVisible()
    await shot(approver, "institution-dashboard-en")
    await approverContext.close()
    await purchaserContext.close()
  })

  test("a plain shopper is refused the portal with what to do", async ({ page }) => {
    await register(page, "en", uniqueEmail("not-a-member"))
    await expect(page.getByTestId("institution-entry")).toHaveCount(0)
    const res = await page.goto("/en/institution")
    expect(res?.status()).toBe(403)
    await expect(page.getByRole("heading", { level: 1, name: "Institution purchasing is for members of an institution" })).toBeVisible()
    await expect(page.getByText(/ask your institution's admin for an invitation/)).toBeVisible()
    const pad = await page.goto("/zh/institution/pad")
    expect(pad?.status()).toBe(403)
    await expect(page.getByRole("heading", { level: 1, name: "机构采购仅对机构成员开放" })).toBeVisible()
    await shot(page, "institution-refused-zh")
    await expectAccessible(page)
  })
})
