import { defineConfig, devices } from "@playwright/test"

// The stack is started by `npm test` (scripts/test.mjs) and its URLs handed over here.
const storefrontUrl = process.env.STOREFRONT_URL ?? "http://localhost:8000"
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
