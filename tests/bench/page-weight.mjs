#!/usr/bin/env node
/**
 * JavaScript a visitor downloads per storefront page (a benchmark, not a test: it asserts nothing
 * and `npm test` does not run it), against a running storefront:
 *
 *   STOREFRONT_URL=http://localhost:8000 node tests/bench/page-weight.mjs [/zh,/zh/cart,…]
 *
 * For each page, in Chromium (CHROME_PATH, default /usr/bin/chromium): the scripts loaded until the
 * network is idle, their size decoded and as transferred (compressed), and whether any of them
 * carries a UI dictionary (its skip-link string in both languages), which only the server should hold.
 */
import { chromium } from "@playwright/test"

const base = (process.env.STOREFRONT_URL ?? "http://localhost:8000").replace(/\/$/, "")
const paths = (process.argv[2] ?? "/zh,/zh/products,/zh/products/xundian-dried-beef,/zh/cart,/zh/account/login,/zh/supplier/login").split(",")
const DICTIONARY_MARKS = ["跳到主要内容", "Skip to main content"]

const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? "/usr/bin/chromium" })
console.log(`page                                   scripts  decoded kB  transferred kB  dictionary in a script`)
for (const path of paths) {
  const page = await browser.newPage()
  const pending = []
  page.on("response", (response) => {
    if (response.request().resourceType() !== "script") return
    pending.push(
      (async () => {
        const body = await response.body()
        const sizes = await response.request().sizes()
        return { decoded: body.length, transferred: sizes.responseBodySize, dictionary: DICTIONARY_MARKS.some((m) => body.includes(m)) }
      })().catch(() => null)
    )
  })
  await page.goto(base + path, { waitUntil: "networkidle" })
  const scripts = (await Promise.all(pending)).filter(Boolean)
  const kb = (n) => (n / 1024).toFixed(1)
  const decoded = scripts.reduce((s, x) => s + x.decoded, 0)
  const transferred = scripts.reduce((s, x) => s + x.transferred, 0)
  console.log(`${path.padEnd(38)} ${String(scripts.length).padStart(7)}  ${kb(decoded).padStart(10)}  ${kb(transferred).padStart(14)}  ${scripts.some((x) => x.dictionary) ? "yes" : "no"}`)
  await page.close()
}
await browser.close()
