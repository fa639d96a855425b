#!/usr/bin/env node
/**
 * Catalogue serving benchmark (a benchmark, not a test: it asserts nothing, and is not
 * part of `npm test`).
 *
 *   DB_HOST=localhost DB_PORT=5432 DB_USERNAME=postgres DB_PASSWORD= node tests/bench/catalogue-bench.mjs
 *   (or DATABASE_URL=postgres://…/postgres; BENCH_PRODUCTS=10000 BENCH_SECONDS=10 BENCH_CONNECTIONS=10)
 *
 * On a database of its own (BENCH_DB, default fupin_catalogue_bench: a copy of the HTTP
 * tests' demo template FUPIN_DEMO_TEMPLATE_DB when there is one, else the demo seeded
 * afresh) it adds BENCH_PRODUCTS generated certified products of one size each (default
 * 10,000; backend/src/scripts/bench/bulk-catalogue.ts, every one filed under a demo kind
 * and in the search index), builds and starts the production backend and storefront
 * (BENCH_PORT, default 9140, and BENCH_STOREFRONT_PORT, 8140), and measures. BENCH_PRODUCTS=0
 * measures the demo's catalogue alone: the two runs' ratios say what a larger catalogue
 * costs a page. BENCH_KEEP=1 keeps the database, BENCH_REUSE=1 starts from a kept one.
 * Against a marketplace already running instead (`npm start`, the e2e stack):
 *   BENCH_BACKEND_URL=http://localhost:9000 BENCH_STOREFRONT_URL=http://localhost:8000 node tests/bench/catalogue-bench.mjs
 *
 * With autocannon at 10 connections it measures, one after the other: a bare Node
 * http server in this process (the machine's ceiling), the backend's /health, the
 * store's /store/products with prices (what a product read costs), /store/catalogue
 * (a browse page's filtered, sorted page of ids from the search index), and the
 * storefront's home, 分类, a group's page (bare, and sorted on its second page), the
 * browse page filtered by a county and by a group with a sort, a county and a product page
 * (all static: served from Next's cache after the first visit; a list's filters are
 * rewritten by proxy.ts to the cached page of their canonical state). Then it times a
 * price change reaching the product page (three changes, the page read every 50 ms).
 * Prints req/s, p50 and p95 latency of each, and each as a ratio to /health.
 * The publishable key is BENCH_PUBLISHABLE_KEY, else read with the demo operator login.
 */
import { createServer } from "node:http"
import { join } from "node:path"
import autocannon from "autocannon"
import { externalPostgres, serverUrlFromEnv } from "../../scripts/lib/postgres.mjs"
import { log, run, stopChildren } from "../../scripts/lib/proc.mjs"
import { BACKEND, backendEnv, buildApps, medusaBin, migrateAndSeed, startBackend, startStorefront } from "../../scripts/lib/stack.mjs"

const seconds = Number(process.env.BENCH_SECONDS ?? 10)
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10)
const OWN_STACK = !process.env.BENCH_BACKEND_URL
const PRODUCTS = Number(process.env.BENCH_PRODUCTS ?? 10_000)
const DB_NAME = process.env.BENCH_DB ?? "fupin_catalogue_bench"
const TEMPLATE = process.env.FUPIN_DEMO_TEMPLATE_DB ?? "fupin_demo_template"
const PORT = Number(process.env.BENCH_PORT ?? 9140)
const STOREFRONT_PORT = Number(process.env.BENCH_STOREFRONT_PORT ?? 8140)

/** The benchmark's own marketplace: the demo plus PRODUCTS generated products, production builds. */
async function ownStack() {
  const db = externalPostgres(serverUrlFromEnv())
  const kept = process.env.BENCH_REUSE === "1" && (await db.query("postgres", "select 1 from pg_database where datname = $1", [DB_NAME])).length > 0
  if (kept) log(`bench database ${DB_NAME}: kept from an earlier run (BENCH_REUSE=1)`)
  else {
    await db.dropDatabase(DB_NAME)
    if (await db.copyDatabase(TEMPLATE, DB_NAME)) log(`bench database ${DB_NAME}: a copy of ${TEMPLATE}`)
    else {
      log(`no template ${TEMPLATE}: seeding the demo into ${DB_NAME} (several minutes)`)
      await db.ensureDatabase(DB_NAME)
      await migrateAndSeed(db.url(DB_NAME), { keyFile: join(BACKEND, ".medusa", `${DB_NAME}-publishable-key`), backendPort: PORT })
    }
  }
  const databaseUrl = db.url(DB_NAME)
  if (PRODUCTS > 0) {
    log(`generating ${PRODUCTS} certified products (once per database; several minutes for 10,000)`)
    await run(medusaBin(), ["exec", "./src/scripts/bench/bulk-catalogue.ts"], {
      cwd: BACKEND,
      env: { ...backendEnv({ databaseUrl, port: PORT, storefrontPort: STOREFRONT_PORT }), BULK_BENCH_VARIANTS: String(PRODUCTS), BULK_BENCH_VARIANTS_PER_PRODUCT: "1" },
      quiet: true,
      label: "bench catalogue (medusa exec bulk-catalogue)",
    })
  }
  const [{ count }] = await db.query(DB_NAME, "select count(*)::int as count from product where status = 'published' and deleted_at is null")
  log(`${count} published products`)
  await buildApps()
  await startBackend({ databaseUrl, port: PORT, storefrontPort: STOREFRONT_PORT })
  const [key] = await db.query(DB_NAME, "select token from api_key where type = 'publishable' and revoked_at is null and deleted_at is null order by created_at limit 1")
  await startStorefront({ backendUrl: `http://localhost:${PORT}`, publishableKey: key.token, port: STOREFRONT_PORT })
  return {
    backend: `http://localhost:${PORT}`,
    storefront: `http://localhost:${STOREFRONT_PORT}`,
    key: key.token,
    products: count,
    async stop() {
      await stopChildren()
      if (process.env.BENCH_KEEP !== "1") await db.dropDatabase(DB_NAME)
    },
  }
}

async function json(url, init = {}) {
  const res = await fetch(url, init)
  if (!res.ok) throw new Error(`${url}: ${res.status} ${await res.text()}`)
  return res.json()
}

async function publishableKey(backend) {
  if (process.env.BENCH_PUBLISHABLE_KEY) return process.env.BENCH_PUBLISHABLE_KEY
  const { token } = await json(`${backend}/auth/user/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: "admin@fupin.local", password: "fupin-demo" }),
  })
  const { api_keys } = await json(`${backend}/admin/api-keys?type=publishable`, { headers: { authorization: `Bearer ${token}` } })
  return api_keys.find((k) => !k.revoked_at).token
}

function percentile(sorted, p) {
  if (!sorted.length) return NaN
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
}

/** One autocannon run; latencies are collected per response so p95 is exact. */
async function measure(name, url, headers = {}) {
  const warm = await fetch(url, { headers })
  if (!warm.ok) throw new Error(`${name}: ${url} answered ${warm.status}`)
  await warm.arrayBuffer()
  const times = []
  const instance = autocannon({ url, connections, duration: seconds, headers })
  instance.on("response", (_client, _status, _bytes, responseTime) => times.push(responseTime))
  const result = await instance
  times.sort((a, b) => a - b)
  const errors = result.errors + result.timeouts + (result.non2xx ?? 0)
  return { name, url, rps: result.requests.average, p50: percentile(times, 50), p95: percentile(times, 95), errors }
}

const stack = OWN_STACK
  ? await ownStack().catch(async (e) => {
      console.error(e)
      await stopChildren()
      process.exit(1)
    })
  : null
const backend = (stack?.backend ?? process.env.BENCH_BACKEND_URL).replace(/\/+$/, "")
const storefront = (stack?.storefront ?? process.env.BENCH_STOREFRONT_URL ?? "http://localhost:8000").replace(/\/+$/, "")

const bare = createServer((_req, res) => {
  res.writeHead(200, { "content-type": "text/plain" })
  res.end("ok")
})
await new Promise((resolve) => bare.listen(0, "127.0.0.1", resolve))
const barePort = bare.address().port

let results, catalogue, priceChanges
try {
  ;({ results, catalogue, priceChanges } = await bench())
} finally {
  await stack?.stop()
}

async function bench() {
  const key = stack?.key ?? (await publishableKey(backend))
  const { regions } = await json(`${backend}/store/regions?fields=id,currency_code`, { headers: { "x-publishable-api-key": key } })
  const region = regions.find((r) => r.currency_code === "cny")
  const { products } = await json(`${backend}/store/products?limit=1&fields=handle&region_id=${region.id}`, { headers: { "x-publishable-api-key": key } })
  const { product_categories } = await json(`${backend}/store/product-categories?fields=handle,parent_category_id&limit=200`, {
    headers: { "x-publishable-api-key": key },
  })
  const group = product_categories.find((c) => !c.parent_category_id)
  const { counties } = await json(`${backend}/store/counties?limit=50`, { headers: { "x-publishable-api-key": key } })
  const county = counties.find((c) => c.handle === "xundian") ?? counties[0]
  const product = products[0]

  const targets = [
    ["bare Node http", `http://127.0.0.1:${barePort}/`],
    ["backend /health", `${backend}/health`],
    ["/store/products with prices", `${backend}/store/products?limit=24&region_id=${region.id}&fields=*variants.calculated_price,+variants.inventory_quantity`, { "x-publishable-api-key": key }],
    [`/store/catalogue?county=${county.handle}`, `${backend}/store/catalogue?county=${county.handle}&limit=12`, { "x-publishable-api-key": key }],
    ["storefront home /zh", `${storefront}/zh`],
    ["storefront 分类 /zh/categories", `${storefront}/zh/categories`],
    [`storefront group /zh/categories/${group.handle}`, `${storefront}/zh/categories/${group.handle}`],
    [`storefront group /zh/categories/${group.handle}?sort=price_asc&page=2`, `${storefront}/zh/categories/${group.handle}?sort=price_asc&page=2`],
    [`storefront browse /zh/products?county=${county.handle}`, `${storefront}/zh/products?county=${county.handle}`],
    [`storefront browse /zh/products?category=${group.handle}&sort=price_asc`, `${storefront}/zh/products?category=${group.handle}&sort=price_asc`],
    [`storefront county /zh/counties/${county.handle}`, `${storefront}/zh/counties/${county.handle}`],
    [`storefront product /zh/products/${product.handle}`, `${storefront}/zh/products/${encodeURIComponent(product.handle)}`],
  ]

  const results = []
  for (const [name, url, headers] of targets) {
    process.stderr.write(`measuring ${name} for ${seconds}s at ${connections} connections …\n`)
    results.push(await measure(name, url, headers))
  }
  bare.close()
  const catalogue = await json(`${backend}/store/catalogue?limit=1`, { headers: { "x-publishable-api-key": key } })
  const priceChanges = await timePriceChanges(product.handle)
  return { results, catalogue, priceChanges }
}

/**
 * How long a price change takes to reach the cached product page: the operator changes the
 * product's CNY price (admin API), then the page is read every 50 ms until it shows the new
 * price; three times, the price put back after each.
 */
async function timePriceChanges(handle) {
  const { token } = await json(`${backend}/auth/user/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: "admin@fupin.local", password: "fupin-demo" }),
  })
  const admin = { authorization: `Bearer ${token}`, "content-type": "application/json" }
  const { products } = await json(`${backend}/admin/products?handle=${encodeURIComponent(handle)}&fields=id,variants.id`, { headers: admin })
  const { id, variants } = products[0]
  const variantPath = `${backend}/admin/products/${id}/variants/${variants[0].id}`
  const setCny = async (prices, amount) =>
    json(variantPath, {
      method: "POST",
      headers: admin,
      body: JSON.stringify({ prices: prices.map((p) => ({ id: p.id, currency_code: p.currency_code, amount: p.currency_code === "cny" ? amount : p.amount })) }),
    })
  const page = `${storefront}/zh/products/${encodeURIComponent(handle)}`
  const delays = []
  for (let i = 1; i <= 3; i++) {
    const { variant } = await json(`${variantPath}?fields=id,*prices`, { headers: admin })
    const old = variant.prices.find((p) => p.currency_code === "cny").amount
    const next = Math.round((old + i * 1.11) * 100) / 100
    const shown = new Intl.NumberFormat("zh-CN", { style: "currency", currency: "CNY" }).format(next)
    const start = performance.now()
    await setCny(variant.prices, next)
    let elapsed = NaN
    while (performance.now() - start < 30_000) {
      if ((await (await fetch(page)).text()).includes(shown)) {
        elapsed = (performance.now() - start) / 1000
        break
      }
      await new Promise((r) => setTimeout(r, 50))
    }
    delays.push(elapsed)
    await setCny(variant.prices, old)
  }
  return { handle, delays }
}

const health = results[1]
const pad = (s, n) => String(s).padEnd(n)
const num = (n, d = 1) => (Number.isFinite(n) ? n.toFixed(d) : "–")
console.log(
  `\n${catalogue.count} products on sale (search engine: ${catalogue.engine}); ${connections} connections, ${seconds} s each; ratios are to backend /health (req/s: higher is better; latency: lower is better)\n`
)
console.log(`${pad("target", 76)}${pad("req/s", 10)}${pad("p50 ms", 9)}${pad("p95 ms", 9)}${pad("req/s ÷ health", 16)}${pad("p50 ÷ health", 14)}${pad("p95 ÷ health", 14)}errors`)
for (const r of results) {
  console.log(
    `${pad(r.name, 76)}${pad(num(r.rps), 10)}${pad(num(r.p50), 9)}${pad(num(r.p95), 9)}${pad(num(r.rps / health.rps, 2), 16)}${pad(num(r.p50 / health.p50, 2), 14)}${pad(num(r.p95 / health.p95, 2), 14)}${r.errors}`
  )
}
console.log(
  `\nprice change → product page /zh/products/${priceChanges.handle}: ${priceChanges.delays.map((d) => (Number.isFinite(d) ? `${d.toFixed(2)} s` : "not within 30 s")).join(", ")}`
)
