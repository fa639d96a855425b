import { type Browser, devices, expect, type Page } from "@playwright/test"

/**
 * The journeys' way to the backend's API, for what a journey does not do in the browser
 * (placing an order through the pad's API, shipping from a supplier's login, recording a
 * transfer as the operator), and the institution member's login in the browser.
 */

export const DEMO_PASSWORD = "fupin-demo"
export const backendUrl = process.env.BACKEND_URL ?? "http://localhost:9000"

export type ApiInit = { method?: string; token?: string; key?: string; body?: unknown }

export function callBackend(path: string, init: ApiInit = {}): Promise<Response> {
  return fetch(`${backendUrl}${path}`, {
    method: init.method ?? (init.body ? "POST" : "GET"),
    headers: {
      "content-type": "application/json",
      ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
      ...(init.key ? { "x-publishable-api-key": init.key } : {}),
    },
    ...(init.body ? { body: JSON.stringify(init.body) } : {}),
  })
}

/** The answer's JSON; fails the journey, naming the path and the answer, when it is not 2xx. */
export async function api<T>(path: string, init: ApiInit = {}): Promise<T> {
  const res = await callBackend(path, init)
  const text = await res.text()
  expect(res.ok, `${path}: ${res.status} ${text}`).toBe(true)
  return JSON.parse(text) as T
}

export const login = async (actor: "user" | "customer" | "supplier", email: string) =>
  (await api<{ token: string }>(`/auth/${actor}/emailpass`, { body: { email, password: DEMO_PASSWORD } })).token

/** The demo's publishable key (the store routes need it). */
export async function publishableKey(): Promise<string> {
  const admin = await login("user", "admin@fupin.local")
  const { api_keys } = await api<{ api_keys: Array<{ token: string; revoked_at: string | null }> }>("/admin/api-keys?type=publishable", { token: admin })
  return api_keys.find((k) => !k.revoked_at)!.token
}

/** Logs a shopper (an institution member) in through the storefront and lands on `path`. */
export async function loginInBrowser(page: Page, email: string, path: string) {
  await page.goto(`/zh/account/login?next=${encodeURIComponent(path)}`)
  await page.getByLabel("电子邮箱", { exact: true }).fill(email)
  await page.getByLabel("密码", { exact: true }).fill(DEMO_PASSWORD)
  await page.getByRole("button", { name: "登录", exact: true }).click()
  await expect(page).toHaveURL(new RegExp(`${path}$`))
}

/** The operator's dashboard at a desk, logged in, on `path` (e.g. /review-inbox) showing its h1. */
export async function openAdmin(browser: Browser, path: string, heading: RegExp) {
  const context = await browser.newContext({ ...devices["Desktop Chrome"], locale: "zh-CN" })
  const page = await context.newPage()
  await page.goto(`${backendUrl}/app${path}`)
  await page.locator('input[name="email"]').fill("admin@fupin.local")
  await page.locator('input[name="password"]').fill(DEMO_PASSWORD)
  await page.locator('button[type="submit"]').click()
  await expect(page).toHaveURL(new RegExp(`/app${path}$`))
  await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible()
  return { context, page }
}

/** The operator's dashboard at a desk, on the review inbox. */
export const openReviewInbox = (browser: Browser) => openAdmin(browser, "/review-inbox", /审核收件箱/)
