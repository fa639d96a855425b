import { expect, test } from "@playwright/test"
import { creditCodeCheckChar } from "@fupin/shared"
import { expectAccessible, shot } from "./support/shop"

// Issue 10, "Who and how they get in": the operator's activation link → the
// institution's admin sets a password → invites a purchaser → the purchaser
// accepts and is logged in with that role.

const backendUrl = process.env.BACKEND_URL ?? "http://localhost:9000"
const ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
const password = "fupin-test-123"

/** A fresh, valid credit code (GB 32100-2015) so that every run registers a new institution. */
function freshCreditCode(): string {
  let tail = ""
  for (let i = 0; i < 8; i++) tail += ALPHABET[Math.floor(Math.random() * ALPHABET.length)]
  const first17 = `12530100M${tail}`
  return first17 + creditCodeCheckChar(first17)
}

/** The operator, through the admin API: register and approve an institution, then ask for its admin's activation link. */
async function activationLinkFor(adminEmail: string): Promise<{ path: string; name: string }> {
  const login = await fetch(`${backendUrl}/auth/user/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: "admin@fupin.local", password: "fupin-demo" }),
  })
  const { token } = (await login.json()) as { token: string }
  const headers = { authorization: `Bearer ${token}`, "content-type": "application/json" }
  const name = `昆明市某测试小学（示例${Date.now() % 100000}）`
  const created = await fetch(`${backendUrl}/admin/institutions`, {
    method: "POST",
    headers,
    body: JSON.stringify({ name, credit_code: freshCreditCode(), kind: "school", contact_name: "联系人（示例）", contact_phone: "13800000001", address: "昆明市五华区 示例路1号" }),
  })
  expect(created.status, await created.clone().text()).toBe(201)
  const { institution } = (await created.json()) as { institution: { id: string } }
  expect((await fetch(`${backendUrl}/admin/institutions/${institution.id}/approve`, { method: "POST", headers, body: "{}" })).status).toBe(200)
  const link = await fetch(`${backendUrl}/admin/institutions/${institution.id}/activation`, { method: "POST", headers, body: JSON.stringify({ email: adminEmail }) })
  expect(link.status, await link.clone().text()).toBe(201)
  const { url } = (await link.json()) as { url: string }
  const parsed = new URL(url)
  return { path: parsed.pathname + parsed.search, name }
}

// The confirmation is /institution/joined: setting the login cookie re-renders the link's page, whose link is used by then.
test("an institution's admin activates the account, invites a purchaser, and the purchaser joins with that role", async ({ browser, page }) => {
  test.slow() // two people, two logins
  const stamp = `${Date.now()}-${Math.floor(Math.random() * 1e6)}`
  const adminEmail = `admin-${stamp}@onboard.example.com`
  const buyerEmail = `buyer-${stamp}@onboard.example.com`
  const { path, name } = await activationLinkFor(adminEmail)
  expect(path).toMatch(/^\/zh\/institution\/activate\?token=/)

  // the admin opens the link, sets a password
  await page.goto(path)
  await expect(page.getByRole("heading", { level: 1, name: "激活采购单位账户" })).toBeVisible()
  await expect(page.getByText(`您被设为「${name}」的管理员`)).toBeVisible()
  await expect(page.getByLabel("邮箱", { exact: true })).toHaveValue(adminEmail)
  await shot(page, "institution-activate-zh")
  await expectAccessible(page)
  await page.getByLabel("设置密码").fill("short")
  await page.getByRole("button", { name: "设置密码并加入" }).click()
  await expect(page.getByText("密码至少 8 位").first()).toBeVisible()
  // what was typed stays after the refusal: the name and the short password are still there to correct
  await expect(page.getByLabel("设置密码")).toHaveValue("short")
  await page.getByLabel("姓名").fill("张管理")
  await page.getByLabel("设置密码").fill(password)
  await expect(page.getByLabel("设置密码")).toHaveValue(password)
  await page.getByRole("button", { name: "设置密码并加入" }).click()
  await expect(page).toHaveURL(/\/zh\/institution\/joined$/)
  await expect(page.getByTestId("invite-accepted")).toContainText(`已加入「${name}」，角色：管理员`)
  // read from the membership, so a reload keeps it
  await page.reload()
  await expect(page.getByTestId("invite-accepted")).toContainText(`已加入「${name}」，角色：管理员`)

  // the link works once
  await page.goto(path)
  await expect(page.getByTestId("invite-problem")).toContainText("此链接已使用过")

  // logged in as the admin, who invites a purchaser
  await page.goto("/zh/institution/members")
  // inside the portal: its tabs, 成员 the current one
  await expect(page.getByRole("navigation", { name: "机构采购导航" }).getByRole("link", { name: "成员管理" })).toHaveAttribute("aria-current", "page")
  await expect(page.getByTestId("member-row")).toHaveCount(1)
  await expect(page.getByTestId("member-row").first()).toContainText("张管理（您）")
  await page.getByLabel("成员邮箱").fill(buyerEmail)
  // 采购员 is ticked by default
  await expect(page.locator("#invite-purchaser")).toBeChecked()
  await page.getByRole("button", { name: "发送邀请" }).click()
  const link = page.getByTestId("invite-link")
  await expect(link).toContainText("/zh/institution/invite?token=")
  const invitePath = new URL((await link.textContent())!.trim()).pathname + new URL((await link.textContent())!.trim()).search
  await expect(page.getByTestId("pending-invite")).toContainText(buyerEmail)
  await shot(page, "institution-members-zh")
  await expectAccessible(page)

  // the purchaser, in another browser, accepts
  const other = await browser.newContext()
  const buyer = await other.newPage()
  await buyer.goto(invitePath)
  await expect(buyer.getByText(`「${name}」邀请您以「采购员」身份加入机构采购。`)).toBeVisible()
  await buyer.getByLabel("设置密码").fill(password)
  await buyer.getByRole("button", { name: "设置密码并加入" }).click()
  await expect(buyer.getByTestId("invite-accepted")).toContainText("角色：采购员")
  await shot(buyer, "institution-invite-accepted-zh")

  // logged in: the account page knows them; as a purchaser, members are not theirs to manage
  await buyer.goto("/zh/account")
  await expect(buyer.getByText(buyerEmail, { exact: true })).toBeVisible()
  await buyer.goto("/zh/institution/members")
  await expect(buyer.getByTestId("members-refused")).toContainText("管理员")
  await other.close()

  // and the admin sees the new purchaser among the members
  await page.goto("/zh/institution/members")
  const row = page.locator(`[data-testid="member-row"][data-email="${buyerEmail}"]`)
  await expect(row.getByTestId("member-roles")).toHaveText("采购员")
  await expect(page.getByTestId("pending-invite")).toHaveCount(0)
})
