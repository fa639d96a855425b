#!/usr/bin/env node
/**
 * Catalogue serving benchmark (a benchmark, not a test: it asserts nothing, and is not
 * part of `npm test`). Against a running marketplace (`npm start`, or the e2e stack):
 *
 *   node tests/bench/catalogue-bench.mjs
 *   BENCH_BACKEND_URL=http://localhost:9000 BENCH_STOREFRONT_URL=http://localhost:8000 \
 *   BENCH_SECONDS=10 BENCH_CONNECTIONS=10 node tests/bench/catalogue-bench.mjs
 *
 * With autocannon at 10 connections it measures, one after the other: a bare Node
 * http server in this process (the machine's ceiling), the backend's /health, the
 * store's /store/products with prices (what every catalogue page reads), and the
 * storefront's home, 分类, a group's page (per request: it reads sort and page), a
 * county and a product page (static: served from Next's cache after the first visit).
 * Prints req/s, p50 and p95 latency of each, and each as a ratio to /health.
 * The publishable key is BENCH_PUBLISHABLE_KEY, else read with the demo operator login.
 */
import { createServer } from "node:http"
import autocannon from "autocannon"

const backend = (process.env.BENCH_BACKEND_URL ?? "http://localhost:9000").replace(/\/+$/, "")
const storefront = (process.env.BENCH_STOREFRONT_URL ?? "http://localhost:8000").replace(/\/+$/, "")
const seconds = Number(process.env.BENCH_SECONDS ?? 10)
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10)

async function json(url, init = {}) {
  const res = await fetch(url, init)
  if (!res.ok) throw new Error(`${url}: ${res.status} ${await res.text()}`)
  return res.json()
}

async function publishableKey() {
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

const bare = createServer((_req, res) => {
  res.writeHead(200, { "content-type": "text/plain" })
  res.end("ok")
})
await new Promise((resolve) => bare.listen(0, "127.0.0.1", resolve))
const barePort = bare.address().port

const key = await publishableKey()
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
  ["storefront home /zh", `${storefront}/zh`],
  ["storefront 分类 /zh/categories", `${storefront}/zh/categories`],
  [`storefront group /zh/categories/${group.handle} (per request)`, `${storefront}/zh/categories/${group.handle}`],
  [`storefront county /zh/counties/${county.handle}`, `${storefront}/zh/counties/${county.handle}`],
  [`storefront product /zh/products/${product.handle}`, `${storefront}/zh/products/${encodeURIComponent(product.handle)}`],
]

const results = []
for (const [name, url, headers] of targets) {
  process.stderr.write(`measuring ${name} for ${seconds}s at ${connections} connections …\n`)
  results.push(await measure(name, url, headers))
}
bare.close()

const health = results[1]
const pad = (s, n) => String(s).padEnd(n)
const num = (n, d = 1) => (Number.isFinite(n) ? n.toFixed(d) : "–")
console.log(`\n${connections} connections, ${seconds} s each; ratios are to backend /health (req/s: higher is better; latency: lower is better)\n`)
console.log(`${pad("target", 64)}${pad("req/s", 10)}${pad("p50 ms", 9)}${pad("p95 ms", 9)}${pad("req/s ÷ health", 16)}${pad("p50 ÷ health", 14)}${pad("p95 ÷ health", 14)}errors`)
for (const r of results) {
  console.log(
    `${pad(r.name, 64)}${pad(num(r.rps), 10)}${pad(num(r.p50), 9)}${pad(num(r.p95), 9)}${pad(num(r.rps / health.rps, 2), 16)}${pad(num(r.p50 / health.p50, 2), 14)}${pad(num(r.p95 / health.p95, 2), 14)}${r.errors}`
  )
}
