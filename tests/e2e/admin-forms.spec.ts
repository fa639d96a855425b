import { expect, test, type Page } from "@playwright/test"
import { creditCodeCheckChar } from "@fupin/shared"
import { shot } from "./support/shop"

// The admin dashboard is served by the backend under /app (started by scripts/test.mjs).
const backendUrl = process.env.BACKEND_URL ?? "http://localhost:9000"

async function openAsOperator(page: Page, path: string) {
  await page.goto(`${backendUrl}/app${path}`)
  await page.locator('input[name="email"]').fill("admin@fupin.local")
  await page.locator('input[name="password"]').fill("fupin-demo")
  await page.locator('button[type="submit"]').click()
  await expect(page).toHaveURL(new RegExp(`/app${path}$`))
}

/** A well-formed 统一社会信用代码 no supplier has yet (unique per run and project), and the same with its check character wrong. */
function freshCreditCode(salt: number) {
  const first17 = `93530129MA${String((Date.now() + salt) % 10_000_000).padStart(7, "0")}`
  const check = creditCodeCheckChar(first17)
  return { valid: first17 + check, mistyped: first17 + (check === "1" ? "2" : "1") }
}

test.describe("the operator's supplier form", () => {
  test("names the mistyped credit code in Chinese, then the one already registered, and saves the corrected supplier", async ({ page }, info) => {
    await openAsOperator(page, "/suppliers")
    const code = freshCreditCode(info.project.name === "phone" ? 1 : 2)
    const name = `寻甸县柯渡镇示例肉牛合作社（测试${code.valid.slice(-6)}）`
    // a code the demo already registered: the browser cannot know, the API says so
    const taken = await page.request.get(`${backendUrl}/admin/suppliers?limit=1&fields=credit_code,legal_name`)
    const registered = (await taken.json()).suppliers[0] as { credit_code: string; legal_name: string }

    await page.getByRole("button", { name: "新建供应商" }).click()
    const form = page.getByRole("dialog")
    await expect(form.getByRole("heading", { name: "新建供应商" })).toBeVisible()
    await form.getByLabel("法定名称").fill(name)
    await form.getByLabel("统一社会信用代码").fill(code.mistyped)
    await form.getByRole("combobox", { name: "所在县区" }).click()
    await page.getByRole("option", { name: "寻甸回族彝族自治县" }).click()
    await form.getByRole("combobox", { name: "乡镇（街道）" }).click()
    await page.getByRole("option", { name: "柯渡镇" }).click()
    await form.getByLabel("联结建档立卡贫困户（户）").fill("12")
    await form.getByLabel("联结人口（人）").fill("40")
    await form.getByRole("button", { name: "保存" }).click()

    // the form's own check, in Chinese, on the field it is about
    const codeError = form.locator("#field-credit_code-error")
    await expect(codeError).toHaveText("统一社会信用代码：第 18 位校验码与前 17 位不符，请核对是否输错")
    await expect(form.getByLabel("统一社会信用代码")).toHaveAttribute("aria-invalid", "true")
    await expect(form.locator("#field-mechanisms-error")).toHaveText("联结方式：有联结户时请至少选一种")
    await shot(page, "admin-supplier-form-errors")

    await form.getByLabel("统一社会信用代码").fill(registered.credit_code)
    await form.getByRole("checkbox", { name: "务工就业" }).click()
    await form.getByRole("button", { name: "保存" }).click()
    // the API's 400 (credit_code: … is already registered …), shown next to that field
    await expect(codeError).toContainText(`统一社会信用代码：${registered.credit_code} 已登记给「${registered.legal_name}」`)
    await expect(codeError).toContainText("服务器校验")

    await form.getByLabel("统一社会信用代码").fill(code.valid)
    await form.getByRole("button", { name: "保存" }).click()
    await expect(form).toBeHidden()

    // listed, waiting for review
    await page.getByPlaceholder("搜索名称 (search name)").fill(code.valid.slice(-6))
    const row = page.getByRole("row", { name: new RegExp(name.replace(/[()（）]/g, ".")) })
    await expect(row).toBeVisible()
    await expect(row).toContainText("待审核")
    await expect(row).toContainText("寻甸县")
    await shot(page, "admin-supplier-created")

    // the new supplier waits in the review inbox (入驻申请); the operator approves it there
    await page.goto(`${backendUrl}/app/review-inbox`)
    const applications = page.getByRole("region", { name: "入驻申请" })
    await expect(applications.getByRole("link", { name })).toBeVisible()
    await shot(page, "admin-review-inbox")
    await applications.getByRole("button", { name: `通过：${name}` }).click()
    await expect(applications.getByRole("link", { name })).toHaveCount(0)
    await page.goto(`${backendUrl}/app/suppliers`)
    await page.getByPlaceholder("搜索名称 (search name)").fill(code.valid.slice(-6))
    await expect(page.getByRole("row", { name: new RegExp(name.replace(/[()（）]/g, ".")) })).toContainText("已通过")
  })
})
