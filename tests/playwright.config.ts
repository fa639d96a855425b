import { defineConfig, devices } from "@playwright/test"

// The stacks are started by `npm test` (scripts/test.mjs) and their URLs handed over here:
// STOREFRONT_URLS and BACKEND_URLS list one stack per worker, and worker i (TEST_PARALLEL_INDEX,
// set by Playwright in each worker process, which loads this file too) drives stack i alone, so
// no journey sees another's data. The specs read BACKEND_URL and STOREFRONT_URL, set here for
// the worker's stack; with one stack (or run by hand) they are simply the given ones.
const pick = (list: string | undefined) => {
  const urls = (list ?? "").split(",").filter(Boolean)
  return urls.length ? urls[Number(process.env.TEST_PARALLEL_INDEX ?? 0) % urls.length] : undefined
}
process.env.STOREFRONT_URL = pick(process.env.STOREFRONT_URLS) ?? process.env.STOREFRONT_URL ?? "http://localhost:8000"
process.env.BACKEND_URL = pick(process.env.BACKEND_URLS) ?? process.env.BACKEND_URL ?? "http://localhost:9000"
const storefrontUrl = process.env.STOREFRONT_URL
const chromium = process.env.CHROME_PATH ?? "/usr/bin/chromium"

const launchOptions = {
  executablePath: chromium,
  args: [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
    "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1",
  ],
}

export default defineConfig({
  testDir: "./e2e",
  outputDir: "./artifacts/test-results",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [["list"], ["json", { outputFile: process.env.PLAYWRIGHT_JSON_OUTPUT_FILE ?? "./artifacts/playwright.json" }]],
  use: {
    baseURL: storefrontUrl,
    locale: "zh-CN",
    screenshot: "only-on-failure",
    trace: "off",
    launchOptions,
  },
  projects: [
    { name: "phone", use: { ...devices["Pixel 7"], launchOptions } },
    { name: "desktop", use: { ...devices["Desktop Chrome"], launchOptions } },
  ],
})
