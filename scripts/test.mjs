#!/usr/bin/env node
// `npm test`: lint, typecheck, unit tests, backend HTTP tests against real
// PostgreSQL, contract tests, and Playwright journeys in Chromium. Ends with
// one line "N passed, N failed".
import { cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync } from "node:fs"
import { join } from "node:path"
import { availableParallelism, userInfo } from "node:os"
import { externalPostgres, ROOT, serverUrlFromEnv, startEmbeddedPostgres } from "./lib/postgres.mjs"
import { assertPortFree, log, portFromEnv, run, stopChildren } from "./lib/proc.mjs"
import { flushRedisDb, redisAnswers } from "./lib/redis.mjs"
import { playwrightCounts, Results, turboCounts, vitestCounts } from "./lib/results.mjs"

const REPORTS = join(ROOT, ".data", "test-reports")
const E2E_BACKEND_PORT = portFromEnv("E2E_BACKEND_PORT", 9100)
const E2E_STOREFRONT_PORT = portFromEnv("E2E_STOREFRONT_PORT", 8100)
const TEST_PG_PORT = portFromEnv("FUPIN_TEST_PG_PORT", 54339)
// the production shape: two servers on PROCS_PORT and +1, the worker on +2
const PROCS_PORT = portFromEnv("FUPIN_PROCS_PORT", 9110)
// a Redis database index of its own, emptied before the stage (never the others)
const PROCS_REDIS_URL = process.env.FUPIN_PROCS_REDIS_URL ?? "redis://127.0.0.1:6379/7"
// `node scripts/test.mjs --only processes`: just that stage (after a build);
// `node scripts/test.mjs --only e2e [-- <playwright args>]`: build, then the journeys alone
const only = process.argv.includes("--only") ? process.argv[process.argv.indexOf("--only") + 1] : undefined
// the demo, seeded once per run by the HTTP tests' global setup; the journeys start from a copy
// both names can be changed so that two checkouts can test side by side on one PostgreSQL
const DEMO_TEMPLATE_DB = process.env.FUPIN_DEMO_TEMPLATE_DB ?? "fupin_demo_template"
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

/** PostgreSQL: the one given (DATABASE_URL or DB_HOST), or an embedded one of our own. */
async function startDatabase() {
  if (process.env.DATABASE_URL || process.env.DB_HOST) db = externalPostgres(serverUrlFromEnv())
  else db = await startEmbeddedPostgres({ name: "postgres-test", port: TEST_PG_PORT, portVariable: "FUPIN_TEST_PG_PORT" })
  return {
    DB_HOST: db.host === "127.0.0.1" ? "localhost" : db.host,
    DB_PORT: String(db.port),
    DB_USERNAME: db.user,
    DB_PASSWORD: db.password,
  }
}

/** A fresh database dbName holding the demo: a copy of the template, or seeded as `npm start` does. Returns the publishable key. */
async function demoDatabase(stack, dbName) {
  await db.dropDatabase(dbName)
  if (existsSync(DEMO_TEMPLATE_KEY) && (await db.copyDatabase(DEMO_TEMPLATE_DB, dbName))) {
    return readFileSync(DEMO_TEMPLATE_KEY, "utf8").trim()
  }
  // the HTTP tests did not leave a template (e.g. they crashed, or ran not at all)
  await db.ensureDatabase(dbName)
  return stack.migrateAndSeed(db.url(dbName), { keyFile: join(REPORTS, `${dbName}-publishable-key`), backendPort: E2E_BACKEND_PORT })
}

/**
 * How many copies of the stack the journeys run on side by side: each has its own database
 * (a copy of the demo), backend and storefront, and one Playwright worker drives it
 * (tests/playwright.config.ts picks the stack by the worker's TEST_PARALLEL_INDEX), so no
 * journey sees another's data and a worker that finishes early takes the next file. Two on
 * two cores; FUPIN_E2E_STACKS=1 runs them all on one stack. A run of chosen files uses one unless told.
 */
function e2eStacks(playwrightArgs) {
  const given = process.env.FUPIN_E2E_STACKS
  if (given !== undefined) {
    const n = Number(given)
    if (!Number.isInteger(n) || n < 1 || n > 8) throw new Error(`FUPIN_E2E_STACKS=${given} is not a number from 1 to 8`)
    return n
  }
  return playwrightArgs.length ? 1 : Math.min(2, availableParallelism())
}

/** Stack k's storefront serves from its own copy of the build (inside .next, without its build cache). */
function storefrontCopy(k) {
  if (k === 0) return {}
  const dist = join(".next", `e2e-${k + 1}`)
  const target = join(ROOT, "storefront", dist)
  // copied beside .next first: a folder cannot be copied into itself
  const staging = join(ROOT, "storefront", `.next-e2e-${k + 1}-staging`)
  for (const dir of [target, staging]) rmSync(dir, { recursive: true, force: true })
  cpSync(join(ROOT, "storefront", ".next"), staging, {
    recursive: true,
    filter: (src) => !/[/\\]\.next[/\\](cache|types|e2e-\d+)([/\\]|$)/.test(src),
  })
  renameSync(staging, target)
  return { FUPIN_NEXT_DIST_DIR: dist }
}

/**
 * The journeys in Chromium against the built apps, on copies of the demo (or the
 * demo seeded afresh when no template was left), on stacks side by side (e2eStacks).
 * `--only e2e -- <playwright args>` runs this stage alone, e.g. one file on one project.
 */
async function e2eStage(stack, built, playwrightArgs = []) {
  const e2e = "e2e: Playwright journeys"
  try {
    if (!built) throw new Error("the apps did not build (see above)")
    const chrome = await ensureChromium()
    const n = e2eStacks(playwrightArgs)
    // stack k: ports E2E_BACKEND_PORT + k and E2E_STOREFRONT_PORT + k, database <FUPIN_E2E_DB>[_<k+1>]
    const stacks = Array.from({ length: n }, (_, k) => ({
      k,
      backendPort: E2E_BACKEND_PORT + k,
      storefrontPort: E2E_STOREFRONT_PORT + k,
      dbName: (process.env.FUPIN_E2E_DB ?? "fupin_e2e") + (n > 1 ? `_${k + 1}` : ""),
    }))
    for (const s of stacks) {
      await assertPortFree(s.backendPort, "test backend", "E2E_BACKEND_PORT")
      await assertPortFree(s.storefrontPort, "test storefront", "E2E_STOREFRONT_PORT")
    }
    log(n > 1 ? `starting ${n} backends and storefronts for the journeys, each on its own copy of the demo` : "starting backend and storefront for the journeys")
    await Promise.all(
      stacks.map(async (s) => {
        const publishableKey = await demoDatabase(stack, s.dbName)
        const suffix = n > 1 ? `-${s.k + 1}` : ""
        await stack.startBackend({ databaseUrl: db.url(s.dbName), port: s.backendPort, storefrontPort: s.storefrontPort, name: `backend${suffix}` })
        await stack.startStorefront({
          backendUrl: `http://localhost:${s.backendPort}`,
          publishableKey,
          port: s.storefrontPort,
          name: `storefront${suffix}`,
          env: storefrontCopy(s.k),
        })
      })
    )
    const report = join(REPORTS, "playwright.json")
    rmSync(report, { force: true })
    try {
      await run(join(ROOT, "tests", "node_modules", ".bin", "playwright"), ["test", `--workers=${n}`, ...playwrightArgs], {
        cwd: join(ROOT, "tests"),
        env: {
          CHROME_PATH: chrome,
          // worker i drives stack i (tests/playwright.config.ts)
          STOREFRONT_URLS: stacks.map((s) => `http://localhost:${s.storefrontPort}`).join(","),
          BACKEND_URLS: stacks.map((s) => `http://localhost:${s.backendPort}`).join(","),
          PLAYWRIGHT_JSON_OUTPUT_FILE: report,
        },
        label: "playwright test",
      })
    } catch (e) {
      if (!existsSync(report)) throw e
    }
    const counts = playwrightCounts(report)
    if (!counts) throw new Error("Playwright wrote no report (see above)")
    results.add(e2e, { ...counts, note: n > 1 ? `${n} stacks side by side` : "" })
  } catch (e) {
    process.stderr.write(`\n[fupin] ${e.message}\n`)
    results.crashed(e2e, e)
  }
  await stopChildren()
}

/**
 * The production shape (docker-compose's): two `medusa start` servers and one
 * worker sharing PostgreSQL and Redis; tests/processes checks locks and
 * idempotent counters across them. Skipped, never passed, without Redis.
 */
async function processesStage(stack) {
  const name = "processes: 2 servers + worker"
  try {
    if (!(await redisAnswers(PROCS_REDIS_URL))) {
      log(`skipping the processes stage: Redis at ${PROCS_REDIS_URL} did not answer`)
      return results.add(name, { skipped: 1, note: `skipped: Redis at ${PROCS_REDIS_URL} did not answer` })
    }
    const ports = [PROCS_PORT, PROCS_PORT + 1, PROCS_PORT + 2]
    for (const port of ports) await assertPortFree(port, "processes-stage backend", "FUPIN_PROCS_PORT")
    await flushRedisDb(PROCS_REDIS_URL)
    const publishableKey = await demoDatabase(stack, "fupin_procs")
    const databaseUrl = db.url("fupin_procs")
    // three processes at info drown the summary; LOG_LEVEL=info brings their lines back
    const shared = { MEDUSA_ADMIN_DISABLED: "true", REDIS_URL: PROCS_REDIS_URL, LOG_LEVEL: process.env.LOG_LEVEL ?? "warn" }
    log("starting two backend servers and one worker on one database and one Redis")
    const roles = [
      ["server-a", "server"],
      ["server-b", "server"],
      ["worker", "worker"],
    ]
    await Promise.all(
      roles.map(([label, mode], i) =>
        stack.startBackend({ databaseUrl, port: ports[i], name: label, env: { ...shared, MEDUSA_WORKER_MODE: mode } })
      )
    )
    // the test's own `medusa exec` (replaying events) runs as the servers do and leaves the queue to the worker
    const execEnv = stack.backendEnv({ databaseUrl, port: PROCS_PORT, env: { ...shared, MEDUSA_WORKER_MODE: "server" } })
    await vitest(name, join(ROOT, "tests"), ["--config", "vitest.processes.config.ts"], {
      ...execEnv,
      FUPIN_PROCS_SERVERS: `http://localhost:${ports[0]},http://localhost:${ports[1]}`,
      FUPIN_PROCS_PUBLISHABLE_KEY: publishableKey,
      FUPIN_BACKEND_SERVER_DIR: stack.BACKEND_SERVER_DIR,
      FUPIN_MEDUSA_BIN: stack.medusaBin(),
    })
  } catch (e) {
    process.stderr.write(`\n[fupin] ${e.message}\n`)
    results.crashed(name, e)
  } finally {
    await stopChildren()
  }
}

async function main() {
  const stack = await import("./lib/stack.mjs")
  stack.checkNode()
  mkdirSync(REPORTS, { recursive: true })
  if (only === "processes") {
    await startDatabase()
    return processesStage(stack)
  }
  if (only === "e2e") {
    await stack.buildApps()
    await startDatabase()
    const dashes = process.argv.indexOf("--")
    await e2eStage(stack, true, dashes >= 0 ? process.argv.slice(dashes + 1) : [])
    return stopChildren()
  }
  if (only) throw new Error(`--only ${only}: the stages that run alone are "processes" and "e2e"`)
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
  const dbEnv = await startDatabase()

  // 5. backend HTTP tests, a fresh database per file (Medusa's test runner);
  //    files that need the whole demo copy a template seeded once (global-setup.ts)
  rmSync(DEMO_TEMPLATE_KEY, { force: true })
  await vitest("integration: backend HTTP", join(ROOT, "backend"), ["--project", "integration"], {
    ...dbEnv,
    ...stack.QUIET_ENV,
    FUPIN_DEMO_TEMPLATE_DB: DEMO_TEMPLATE_DB,
    FUPIN_DEMO_TEMPLATE_KEY_FILE: DEMO_TEMPLATE_KEY,
    // the journeys' backend serves the demo pictures the template's seed uploaded
    FILE_BACKEND_URL: stack.fileBackendUrl(E2E_BACKEND_PORT),
  })

  // 6. journeys in Chromium against the built apps, on a copy of the demo
  await e2eStage(stack, built)

  // 7. the production shape: two servers and a worker on one database and one Redis
  if (built) await processesStage(stack)
  else results.crashed("processes: 2 servers + worker", new Error("the apps did not build (see above)"))
}

main()
  .then(() => finish())
  .catch(async (e) => {
    process.stderr.write(`\n\x1b[31m[fupin] ${e.message}\x1b[0m\n`)
    results.crashed("npm test", e)
    await finish(1)
  })
