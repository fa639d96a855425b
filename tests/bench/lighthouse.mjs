#!/usr/bin/env node
/**
 * Lighthouse benchmark of the production storefront (a benchmark, not a test: it
 * asserts nothing and `npm test` does not run it).
 *
 *   node tests/bench/lighthouse.mjs                     # builds and starts its own stack
 *   STOREFRONT_URL=http://localhost:8000 node tests/bench/lighthouse.mjs   # measures a running storefront
 *   node tests/bench/lighthouse.mjs --force             # run even when the machine is busy
 *
 * Lighthouse 12 (mobile form factor, default simulated mobile throttling, performance
 * category only) in Chromium (CHROME_PATH, default /usr/bin/chromium) on the home page,
 * a category page and a product page; each page 3 times (LIGHTHOUSE_RUNS), median reported.
 * Target: performance score >= 95 on every page.
 *
 * Without STOREFRONT_URL it starts what `npm test` starts for its browser journeys:
 * PostgreSQL (DATABASE_URL, or an embedded one in .data/postgres-bench), the built apps,
 * a fresh `fupin_bench` database with migrations and demo data, the backend on 9200 and
 * the storefront on 8200; everything is stopped at the end.
 *
 * Results on a loaded machine are meaningless: it refuses to run when the 1-minute load
 * average is above 1.5, unless --force.
 */
import { existsSync, mkdirSync } from "node:fs"
import { loadavg } from "node:os"
import { join } from "node:path"
import * as chromeLauncher from "chrome-launcher"
import lighthouse from "lighthouse"
import { externalPostgres, ROOT, startEmbeddedPostgres } from "../../scripts/lib/postgres.mjs"
import { assertPortFree, log, stopChildren } from "../../scripts/lib/proc.mjs"

const FORCE = process.argv.includes("--force")
const MAX_LOAD = 1.5
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3)
const TARGET = 95
const CHROME_PATH = process.env.CHROME_PATH ?? "/usr/bin/chromium"
const CHROME_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"]
const BACKEND_PORT = Number(process.env.FUPIN_BENCH_BACKEND_PORT ?? 9200)
const STOREFRONT_PORT = Number(process.env.FUPIN_BENCH_STOREFRONT_PORT ?? 8200)
const PG_PORT = Number(process.env.FUPIN_BENCH_PG_PORT ?? 54349)
const DB_NAME = "fupin_bench"

// "meat" is a demo category (backend/src/scripts/demo/catalogue.ts); the browse page
// reads it from ?category=<handle> (storefront/src/modules/search/lib/search-url.ts).
const PAGES = [
  { name: "home", path: "/zh" },
  { name: "category (meat)", path: "/zh/products?category=meat" },
  { name: "product", path: "/zh/products/xundian-dried-beef" },
]

let db
let stopping = false

async function cleanUp() {
  if (stopping) return
  stopping = true
  await stopChildren()
  if (db) await db.stop().catch(() => {})
}
for (const [signal, code] of [["SIGINT", 130], ["SIGTERM", 143]]) {
  process.on(signal, () => cleanUp().finally(() => process.exit(code)))
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

/** Starts PostgreSQL, a fresh database with the demo data, the backend and the storefront. */
async function startStack() {
  const stack = await import("../../scripts/lib/stack.mjs")
  stack.checkNode()
  await assertPortFree(BACKEND_PORT, "bench backend")
  await assertPortFree(STOREFRONT_PORT, "bench storefront")
  await stack.buildApps()
  db = process.env.DATABASE_URL
    ? externalPostgres(process.env.DATABASE_URL)
    : await startEmbeddedPostgres({ name: "postgres-bench", port: PG_PORT })
  await db.dropDatabase(DB_NAME)
  await db.ensureDatabase(DB_NAME)
  const databaseUrl = db.url(DB_NAME)
  const dataDir = join(ROOT, ".data", "bench")
  mkdirSync(dataDir, { recursive: true })
  const publishableKey = await stack.migrateAndSeed(databaseUrl, { keyFile: join(dataDir, "publishable-key"), backendPort: BACKEND_PORT })
  log(`starting backend (:${BACKEND_PORT}) and storefront (:${STOREFRONT_PORT})`)
  await stack.startBackend({ databaseUrl, port: BACKEND_PORT, storefrontPort: STOREFRONT_PORT })
  await stack.startStorefront({ backendUrl: `http://localhost:${BACKEND_PORT}`, publishableKey, port: STOREFRONT_PORT })
  return `http://localhost:${STOREFRONT_PORT}`
}

/** One Lighthouse run in a fresh Chromium; returns the score (0-100) and the three metrics. */
async function measure(url) {
  const chrome = await chromeLauncher.launch({ chromePath: CHROME_PATH, chromeFlags: CHROME_FLAGS, logLevel: "silent" })
  try {
    // lighthouse's default config: mobile form factor, simulated mobile throttling
    const result = await lighthouse(url, { port: chrome.port, onlyCategories: ["performance"], logLevel: "error", output: "json" })
    const { lhr } = result
    if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`)
    const score = lhr.categories.performance.score
    return {
      score: score === null ? NaN : Math.round(score * 100),
      lcp: lhr.audits["largest-contentful-paint"].numericValue,
      cls: lhr.audits["cumulative-layout-shift"].numericValue,
      tbt: lhr.audits["total-blocking-time"].numericValue,
    }
  } finally {
    await chrome.kill()
  }
}

function printTable(rows, { underLoad }) {
  const header = ["page", "perf (median)", "runs", "LCP", "CLS", "TBT", `>= ${TARGET}`]
  const lines = rows.map((r) => [
    r.name,
    String(r.score),
    r.runs.map((x) => x.score).join(" / "),
    `${(r.lcp / 1000).toFixed(2)} s`,
    r.cls.toFixed(3),
    `${Math.round(r.tbt)} ms`,
    r.score >= TARGET ? "yes" : "NO",
  ])
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)))
  const fmt = (cells) => cells.map((c, i) => c.padEnd(widths[i])).join("  ")
  console.log("")
  console.log(`Lighthouse ${RUNS}x per page, mobile, simulated throttling; medians (each metric on its own)${underLoad ? " -- TAKEN UNDER LOAD, NOT VALID" : ""}`)
  console.log(fmt(header))
  console.log(widths.map((w) => "-".repeat(w)).join("  "))
  for (const l of lines) console.log(fmt(l))
  const missed = rows.filter((r) => r.score < TARGET).map((r) => r.name)
  console.log(`target: performance >= ${TARGET} on every page: ${missed.length ? `missed on ${missed.join(", ")}` : "met"}`)
}

async function main() {
  const load = loadavg()[0]
  const underLoad = load > MAX_LOAD
  console.log(
    `Warning: Lighthouse numbers on a loaded machine are meaningless; 1-minute load average now ${load.toFixed(2)} (limit ${MAX_LOAD}${underLoad && FORCE ? ", overridden by --force" : ""}).`
  )
  if (underLoad && !FORCE) {
    console.error(`Refusing to measure: load average ${load.toFixed(2)} > ${MAX_LOAD}. Wait for the machine to be idle, or pass --force.`)
    process.exitCode = 2
    return
  }
  if (!existsSync(CHROME_PATH)) throw new Error(`Chromium not found at ${CHROME_PATH}: install it or set CHROME_PATH`)

  const base = (process.env.STOREFRONT_URL ?? (await startStack())).replace(/\/$/, "")
  log(`measuring ${base}`)
  // one request per page first, so that no run pays for a cold server render
  for (const page of PAGES) {
    const res = await fetch(base + page.path)
    if (!res.ok) throw new Error(`${base}${page.path} answered ${res.status}`)
    await res.arrayBuffer()
  }

  const rows = []
  for (const page of PAGES) {
    const runs = []
    for (let i = 1; i <= RUNS; i++) {
      const r = await measure(base + page.path)
      log(`${page.name} run ${i}/${RUNS}: perf ${r.score}, LCP ${Math.round(r.lcp)} ms, CLS ${r.cls.toFixed(3)}, TBT ${Math.round(r.tbt)} ms`)
      runs.push(r)
    }
    rows.push({
      name: `${page.name}  ${page.path}`,
      runs,
      score: median(runs.map((r) => r.score)),
      lcp: median(runs.map((r) => r.lcp)),
      cls: median(runs.map((r) => r.cls)),
      tbt: median(runs.map((r) => r.tbt)),
    })
  }
  printTable(rows, { underLoad: underLoad || loadavg()[0] > MAX_LOAD })
}

main()
  .catch((e) => {
    console.error(`\n[lighthouse bench] ${e.message}`)
    process.exitCode = 1
  })
  .finally(cleanUp)
