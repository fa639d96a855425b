#!/usr/bin/env node
/**
 * Benchmark of the institution portal's bulk order (a benchmark, not a test: it asserts nothing).
 *
 *   DB_HOST=localhost DB_PORT=5432 DB_USERNAME=postgres DB_PASSWORD= node tests/bench/bulk-order-bench.mjs
 *   (or DATABASE_URL=postgres://…/postgres; BULK_BENCH_VARIANTS=2000 BULK_BENCH_LINES=500 BULK_BENCH_PORT=9130)
 *
 * On a database of its own (BULK_BENCH_DB, default fupin_bulk_bench: a copy of
 * the HTTP tests' demo template FUPIN_DEMO_TEMPLATE_DB when there is one, else
 * the demo seeded afresh) it generates a catalogue of BULK_BENCH_VARIANTS
 * sellable variants (backend/src/scripts/bench/bulk-catalogue.ts), starts the
 * built backend (building it when needed) and, in the same run:
 *   bulk:       a purchaser of the demo school uploads a CSV of BULK_BENCH_LINES
 *               lines to POST /store/institution/pad/check, puts the good rows in
 *               an institution cart (POST …/carts/:id/lines), submits it, and the
 *               approver approves it: the order is placed server-side;
 *   sequential: the same variants and quantities added to a shopper's cart one
 *               POST /store/carts/:id/line-items at a time.
 * Prints both times and the ratio; drops its database afterwards (BULK_BENCH_KEEP=1 keeps it,
 * BULK_BENCH_REUSE=1 starts from a kept one; BULK_BENCH_BUILD=0 skips the cached build when built).
 * While iterating: BULK_BENCH_SEQUENTIAL=0 skips the sequential part (about 20 minutes; no ratio is
 * printed then), BULK_BENCH_LINES=100 makes a smaller order, BULK_BENCH_NODE_ARGS gives the backend's
 * node options NODE_OPTIONS refuses: "--cpu-prof --cpu-prof-dir=/tmp/prof" (the .cpuprofile is
 * written when the backend stops), or "--require $PWD/tests/bench/workflow-step-trace.cjs" (prints
 * the slow workflows and steps). Besides wall time it prints the backend's CPU time per phase
 * (steadier on a shared machine). The measurement that counts runs both parts, with the defaults, in one run.
 */
import { join } from "node:path"
import { existsSync, readFileSync } from "node:fs"
import { externalPostgres, serverUrlFromEnv } from "../../scripts/lib/postgres.mjs"
import { log, run, stopChildren } from "../../scripts/lib/proc.mjs"
import { BACKEND, BACKEND_SERVER_DIR, backendEnv, medusaBin, migrateAndSeed, startBackend, turbo } from "../../scripts/lib/stack.mjs"

const VARIANTS = Number(process.env.BULK_BENCH_VARIANTS ?? 2000)
const LINES = Number(process.env.BULK_BENCH_LINES ?? 500)
const PORT = Number(process.env.BULK_BENCH_PORT ?? 9130)
const SEQUENTIAL = process.env.BULK_BENCH_SEQUENTIAL !== "0"
const NODE_ARGS = (process.env.BULK_BENCH_NODE_ARGS ?? "").split(" ").filter(Boolean)
const DB_NAME = process.env.BULK_BENCH_DB ?? "fupin_bulk_bench"
const TEMPLATE = process.env.FUPIN_DEMO_TEMPLATE_DB ?? "fupin_demo_template"
const BASE = `http://localhost:${PORT}`
const PASSWORD = "fupin-demo"

const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`

/** CPU time the backend process has used so far, in ms (Linux /proc; null elsewhere): steadier than wall time on a shared machine. */
function cpuMs(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").replace(/^.*\) /, "").split(" ")
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100
  } catch {
    return null
  }
}

async function http(method, path, { body, headers = {}, form } = {}) {
  const res = await fetch(`${BASE}${path}`, {
    method,
    headers: { ...(body ? { "content-type": "application/json" } : {}), ...headers },
    body: form ?? (body ? JSON.stringify(body) : undefined),
  })
  const text = await res.text()
  const data = text ? JSON.parse(text) : null
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${text.slice(0, 400)}`)
  return data
}

async function main() {
  const db = externalPostgres(serverUrlFromEnv())
  const kept = process.env.BULK_BENCH_REUSE === "1" && (await db.query("postgres", "select 1 from pg_database where datname = $1", [DB_NAME])).length > 0
  if (kept) log(`bench database ${DB_NAME}: kept from an earlier run (BULK_BENCH_REUSE=1)`)
  else await db.dropDatabase(DB_NAME)
  if (kept) {
    // the catalogue script below finds its products there and adds nothing
  } else if (await db.copyDatabase(TEMPLATE, DB_NAME)) log(`bench database ${DB_NAME}: a copy of ${TEMPLATE}`)
  else {
    log(`no template ${TEMPLATE}: seeding the demo into ${DB_NAME} (several minutes)`)
    await db.ensureDatabase(DB_NAME)
    await migrateAndSeed(db.url(DB_NAME), { keyFile: join(BACKEND, ".medusa", `${DB_NAME}-publishable-key`), backendPort: PORT })
  }
  const databaseUrl = db.url(DB_NAME)
  log(`generating ${VARIANTS} sellable variants`)
  await run(medusaBin(), ["exec", "./src/scripts/bench/bulk-catalogue.ts"], {
    cwd: BACKEND,
    env: { ...backendEnv({ databaseUrl, port: PORT }), BULK_BENCH_VARIANTS: String(VARIANTS) },
    quiet: true,
    label: "bench catalogue (medusa exec bulk-catalogue)",
  })
  if (!existsSync(join(BACKEND_SERVER_DIR, "medusa-config.js")) || process.env.BULK_BENCH_BUILD !== "0") {
    log("building the backend (cached when unchanged)")
    await turbo(["run", "build", "--filter=@fupin/backend", "--output-logs=errors-only"])
  }
  const backend = await startBackend({ databaseUrl, port: PORT, nodeArgs: NODE_ARGS })

  const [key] = await db.query(DB_NAME, "select token from api_key where type = 'publishable' and revoked_at is null and deleted_at is null order by created_at limit 1")
  const pk = { "x-publishable-api-key": key.token }
  const adminToken = (await http("POST", "/auth/user/emailpass", { body: { email: "admin@fupin.local", password: PASSWORD } })).token
  const admin = { authorization: `Bearer ${adminToken}` }
  const customer = async (email, password = PASSWORD) => ({ ...pk, authorization: `Bearer ${(await http("POST", "/auth/customer/emailpass", { body: { email, password } })).token}` })

  // a purchaser of the demo school without a monthly budget (the demo purchaser's would stop a 500-line order), and the demo approver
  const { institutions } = await http("GET", `/admin/institutions?q=${encodeURIComponent("示例01")}&limit=5`, { headers: admin })
  const school = institutions.find((i) => i.name === "昆明市某中学（示例01）")
  const email = `bench-${process.pid}@bench.fupin.local`
  const reg = await http("POST", "/auth/customer/emailpass/register", { body: { email, password: PASSWORD } })
  const me = await http("POST", "/store/customers", { body: { email, first_name: "基准" }, headers: { ...pk, authorization: `Bearer ${reg.token}` } })
  await http("POST", `/admin/institutions/${school.id}/buyers`, { body: { customer_id: me.customer.id, roles: ["purchaser"] }, headers: admin })
  const purchaser = await customer(email)
  const approver = await customer("approver@school01.fupin.local")

  // the lines: LINES variants spread over the generated catalogue, each at its minimum × pack size (read before timing)
  const rows = await db.query(DB_NAME, "select id, sku from product_variant where sku like 'BULK-BENCH-%' and deleted_at is null order by sku")
  if (rows.length < VARIANTS) throw new Error(`only ${rows.length} generated variants`)
  const step = Math.max(1, Math.floor(rows.length / LINES))
  const chosen = Array.from({ length: LINES }, (_, i) => rows[(i * step) % rows.length])
  const info = new Map()
  for (let i = 0; i < chosen.length; i += 90) {
    const skus = chosen.slice(i, i + 90).map((r) => r.sku).join(",")
    for (const v of (await http("GET", `/store/institution/pad/variants?sku=${encodeURIComponent(skus)}`, { headers: purchaser })).variants) info.set(v.sku, v)
  }
  const lines = chosen.map((r) => {
    const v = info.get(r.sku)
    const pack = v?.pack_size ?? 1
    return { sku: r.sku, variant_id: r.id, quantity: Math.ceil((v?.min_quantity ?? 1) / pack) * pack }
  })
  const csv = "\ufeff商品编码/SKU,数量\r\n" + lines.map((l) => `${l.sku},${l.quantity}`).join("\r\n") + "\r\n"
  log(`${rows.length} generated variants; ${lines.length} lines, ${lines.reduce((s, l) => s + l.quantity, 0)} units`)

  // bulk: upload, check, fill the cart in one call, submit, approve → order placed
  const c0 = cpuMs(backend.pid)
  const t0 = performance.now()
  const cart = (await http("POST", "/store/institution/carts", { body: {}, headers: purchaser })).cart
  const form = new FormData()
  form.append("file", new Blob([csv], { type: "text/csv" }), "bench.csv")
  const report = await http("POST", "/store/institution/pad/check", { form, headers: purchaser })
  const t1 = performance.now()
  const c1 = cpuMs(backend.pid)
  const good = report.rows.filter((r) => r.ok).map((r) => ({ sku: r.sku, quantity: r.quantity }))
  await http("POST", `/store/institution/carts/${cart.id}/lines`, { body: { replace: true, lines: good }, headers: purchaser })
  const t2 = performance.now()
  const c2 = cpuMs(backend.pid)
  const submitted = await http("POST", `/store/institution/carts/${cart.id}/submit`, { body: {}, headers: purchaser })
  const t3 = performance.now()
  const c3 = cpuMs(backend.pid)
  let orderId = submitted.order?.id
  if (!orderId) {
    const approved = await http("POST", `/store/institution/approvals/${submitted.approval.id}/approve`, { body: {}, headers: approver })
    orderId = approved.order?.id ?? approved.approval?.order_id
  }
  const t4 = performance.now()
  const c4 = cpuMs(backend.pid)
  const bulkMs = t4 - t0
  const [{ n: orderLines }] = await db.query(DB_NAME, "select count(*)::int as n from order_item oi join \"order\" o on o.id = oi.order_id where o.id = $1 and oi.deleted_at is null", [orderId])

  // sequential: the same lines, one POST /store/carts/:id/line-items each
  let seqMs = null
  let seqCpu = null
  const each = []
  if (SEQUENTIAL) {
    const { regions } = await http("GET", "/store/regions", { headers: pk })
    const region = regions.find((r) => r.currency_code === "cny") ?? regions[0]
    const shopperCart = (await http("POST", "/store/carts", { body: { region_id: region.id }, headers: pk })).cart
    const sc0 = cpuMs(backend.pid)
    const s0 = performance.now()
    for (const l of lines) {
      const a = performance.now()
      await http("POST", `/store/carts/${shopperCart.id}/line-items`, { body: { variant_id: l.variant_id, quantity: l.quantity }, headers: pk })
      each.push(performance.now() - a)
    }
    seqMs = performance.now() - s0
    const sc1 = cpuMs(backend.pid)
    seqCpu = sc0 !== null && sc1 !== null ? sc1 - sc0 : null
  }

  console.log("")
  console.log(`bulk-order benchmark: ${rows.length} sellable variants, ${lines.length} lines`)
  console.log(`  bulk (upload + check + fill + submit + approve → order of ${orderLines} lines): ${seconds(bulkMs)}`)
  console.log(`      check ${seconds(t1 - t0)} · fill cart ${seconds(t2 - t1)} · submit ${seconds(t3 - t2)} · approve and place ${seconds(t4 - t3)}`)
  if (c0 !== null && c4 !== null) {
    console.log(`      backend CPU: ${seconds(c4 - c0)} (check ${seconds(c1 - c0)} · fill ${seconds(c2 - c1)} · submit ${seconds(c3 - c2)} · approve and place ${seconds(c4 - c3)})`)
  }
  if (seqMs === null) {
    console.log(`  sequential: skipped (BULK_BENCH_SEQUENTIAL=0): no ratio   (target: bulk < 5 s and ≥ 25×)`)
  } else {
    const first = each.slice(0, 20).reduce((s, v) => s + v, 0) / Math.min(20, each.length)
    const last = each.slice(-20).reduce((s, v) => s + v, 0) / Math.min(20, each.length)
    console.log(`  sequential (${lines.length} × POST /store/carts/:id/line-items): ${seconds(seqMs)} (first 20: ${first.toFixed(0)} ms each, last 20: ${last.toFixed(0)} ms each)`)
    if (seqCpu !== null) console.log(`      backend CPU: ${seconds(seqCpu)}`)
    console.log(`  ratio sequential / bulk: ${(seqMs / bulkMs).toFixed(1)}×   (target: bulk < 5 s and ≥ 25×)`)
  }
  await stopChildren()
  if (process.env.BULK_BENCH_KEEP !== "1") await db.dropDatabase(DB_NAME)
}

main().catch(async (e) => {
  process.stderr.write(`\n[bulk-bench] ${e.stack ?? e.message}\n`)
  await stopChildren()
  process.exit(1)
})
