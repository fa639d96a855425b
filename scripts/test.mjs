#!/usr/bin/env node
// `npm test`: lint, typecheck, unit tests, backend HTTP tests against real
// PostgreSQL, contract tests, and Playwright journeys in Chromium. Ends with
// one line "N passed, N failed".
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs"
import { join } from "node:path"
import { userInfo } from "node:os"
import { externalPostgres, ROOT, startEmbeddedPostgres } from "./lib/postgres.mjs"
import { assertPortFree, log, portFromEnv, run, stopChildren } from "./lib/proc.mjs"
import { playwrightCounts, Results, turboCounts, vitestCounts } from "./lib/results.mjs"

const REPORTS = join(ROOT, ".data", "test-reports")
const E2E_BACKEND_PORT = portFromEnv("E2E_BACKEND_PORT", 9100)
const E2E_STOREFRONT_PORT = portFromEnv("E2E_STOREFRONT_PORT", 8100)
const TEST_PG_PORT = portFromEnv("FUPIN_TEST_PG_PORT", 54339)
// the demo, seeded once per run by the HTTP tests' global setup; the journeys start from a copy
const DEMO_TEMPLATE_DB = "fupin_demo_template"
const DEMO_TEMPLATE_KEY = join(REPORTS, "demo-template-publishable-key")
const results = new Results()
let db

async function finish(code) {
  await stopChildren()
  if (db) await db.stop().catch(() => {})
  results.print()
  process.exit(code ?? (results.failed ? 1 : 0))
}
process.on("SIGINT", () => finish(130))
process.on("SIGTERM", () => finish(143))

const vitestBin = (dir) => join(dir, "node_modules", ".bin", "vitest")

/** Runs one vitest suite and records its counts. */
async function vitest(name, dir, args = [], env = {}) {
  const report = join(REPORTS, `${name.replace(/\W+/g, "-")}.json`)
  rmSync(report, { force: true })
  try {
    await run(vitestBin(dir), ["run", ...args, "--reporter=default", "--reporter=json", `--outputFile.json=${report}`], {
      cwd: dir,
      env,
      label: name,
    })
  } catch (e) {
    if (!existsSync(report)) return results.crashed(name, e)
  }
  results.add(name, vitestCounts(report))
}

async function ensureChromium() {
  const path = process.env.CHROME_PATH ?? "/usr/bin/chromium"
  const fonts = existsSync("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")
  if (existsSync(path) && fonts) return path
  const canApt = userInfo().uid === 0 && existsSync("/usr/bin/apt-get")
  if (!canApt) {
    throw new Error(
      `Chromium not found at ${path}. Install it (Debian/Ubuntu: sudo apt-get install chromium fonts-noto-cjk; elsewhere set CHROME_PATH to a Chromium/Chrome binary)`
    )
  }
  log("installing Debian's Chromium and CJK fonts for the browser tests (apt-get)")
  await run("apt-get", ["update", "-qq"], { quiet: true })
  await run("apt-get", ["install", "-y", "-qq", "chromium", "fonts-noto-cjk"], {
    quiet: true,
    env: { DEBIAN_FRONTEND: "noninteractive" },
  })
  return path
}

async function main() {
  const stack = await import("./lib/stack.mjs")
  stack.checkNode()
  mkdirSync(REPORTS, { recursive: true })
  await stack.install()

  // 1. lint + typecheck, every package, through turbo
  log("lint and typecheck")
  rmSync(join(ROOT, ".turbo", "runs"), { recursive: true, force: true })
  try {
    await stack.turbo(["run", "lint", "typecheck", "--continue", "--summarize", "--output-logs=errors-only"])
  } catch {
    /* counted from the summary below */
  }
  const checks = turboCounts(ROOT)
  if (checks) {
    results.add("lint + typecheck (turbo tasks)", {
      ...checks,
      note: checks.failedNames.length ? `failed: ${checks.failedNames.join(", ")}` : "",
    })
  } else results.crashed("lint + typecheck", new Error("turbo wrote no run summary"))

  // 2. the apps, built before anything that loads what the build writes
  //    (never beside the tests: on two cores that slows both, and a cache restore
  //    rewrites @fupin/shared's dist/ under a running test)
  let built = true
  try {
    await stack.buildApps()
  } catch (e) {
    built = false
    results.crashed("build (backend, storefront)", e)
  }

  // 3. unit and contract tests (no services)
  await vitest("unit: packages/shared", join(ROOT, "packages", "shared"))
  await vitest("unit: backend", join(ROOT, "backend"), ["--project", "unit"])
  await vitest("unit: storefront", join(ROOT, "storefront"))
  await vitest("contract: tests/", join(ROOT, "tests"))

  // 4. PostgreSQL: the one given, or an embedded one of our own
  if (process.env.DATABASE_URL) db = externalPostgres(process.env.DATABASE_URL)
  else if (process.env.DB_HOST) {
    const auth = process.env.DB_PASSWORD ? `:${encodeURIComponent(process.env.DB_PASSWORD)}` : ""
    db = externalPostgres(
      `postgres://${encodeURIComponent(process.env.DB_USERNAME ?? "postgres")}${auth}@${process.env.DB_HOST}:${process.env.DB_PORT ?? 5432}/postgres`
    )
  } else db = await startEmbeddedPostgres({ name: "postgres-test", port: TEST_PG_PORT, portVariable: "FUPIN_TEST_PG_PORT" })
  const dbEnv = {
    DB_HOST: db.host === "127.0.0.1" ? "localhost" : db.host,
    DB_PORT: String(db.port),
    DB_USERNAME: db.user,
    DB_PASSWORD: db.password,
  }

  // 5. backend HTTP tests, a fresh database per file (Medusa's test runner);
  //    files that need the whole demo copy a template seeded once (global-setup.ts)
  rmSync(DEMO_TEMPLATE_KEY, { force: true })
  await vitest("integration: backend HTTP", join(ROOT, "backend"), ["--project", "integration"], {
    ...dbEnv,
    ...stack.QUIET_ENV,
    FUPIN_DEMO_TEMPLATE_DB: DEMO_TEMPLATE_DB,
    FUPIN_DEMO_TEMPLATE_KEY_FILE: DEMO_TEMPLATE_KEY,
  })

  // 6. journeys in Chromium against the built apps, on a copy of the demo
  const e2e = "e2e: Playwright journeys"
  try {
    if (!built) throw new Error("the apps did not build (see above)")
    const chrome = await ensureChromium()
    await assertPortFree(E2E_BACKEND_PORT, "test backend", "E2E_BACKEND_PORT")
    await assertPortFree(E2E_STOREFRONT_PORT, "test storefront", "E2E_STOREFRONT_PORT")
    const dbName = "fupin_e2e"
    await db.dropDatabase(dbName)
    let publishableKey
    if (existsSync(DEMO_TEMPLATE_KEY) && (await db.copyDatabase(DEMO_TEMPLATE_DB, dbName))) {
      publishableKey = readFileSync(DEMO_TEMPLATE_KEY, "utf8").trim()
    } else {
      // the HTTP tests did not leave a template (e.g. they crashed): seed as `npm start` does
      await db.ensureDatabase(dbName)
      publishableKey = await stack.migrateAndSeed(db.url(dbName), { keyFile: join(REPORTS, "e2e-publishable-key") })
    }
    const databaseUrl = db.url(dbName)
    log("starting backend and storefront for the journeys")
    await stack.startBackend({ databaseUrl, port: E2E_BACKEND_PORT, storefrontPort: E2E_STOREFRONT_PORT })
    await stack.startStorefront({
      backendUrl: `http://localhost:${E2E_BACKEND_PORT}`,
      publishableKey,
      port: E2E_STOREFRONT_PORT,
    })
    const report = join(REPORTS, "playwright.json")
    rmSync(report, { force: true })
    try {
      await run(join(ROOT, "tests", "node_modules", ".bin", "playwright"), ["test"], {
        cwd: join(ROOT, "tests"),
        env: {
          CHROME_PATH: chrome,
          STOREFRONT_URL: `http://localhost:${E2E_STOREFRONT_PORT}`,
          BACKEND_URL: `http://localhost:${E2E_BACKEND_PORT}`,
          PLAYWRIGHT_JSON_OUTPUT_FILE: report,
        },
        label: "playwright test",
      })
    } catch (e) {
      if (!existsSync(report)) throw e
    }
    results.add(e2e, playwrightCounts(report))
  } catch (e) {
    process.stderr.write(`\n[fupin] ${e.message}\n`)
    results.crashed(e2e, e)
  }
}

main()
  .then(() => finish())
  .catch(async (e) => {
    process.stderr.write(`\n\x1b[31m[fupin] ${e.message}\x1b[0m\n`)
    results.crashed("npm test", e)
    await finish(1)
  })
