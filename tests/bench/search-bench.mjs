#!/usr/bin/env node
/**
 * Benchmark of the embedded search engine (a benchmark, not a test: it asserts nothing).
 *
 *   node tests/bench/search-bench.mjs            # DATABASE_URL, default postgres://postgres@localhost:5432/postgres
 *   SEARCH_BENCH_PRODUCTS=10000 SEARCH_BENCH_QUERIES=200 node tests/bench/search-bench.mjs
 *
 * Creates a scratch database, runs the product_search migration, generates a
 * deterministic catalogue of 10,000 products (plus the demo's), indexes it with
 * the engine (pinyin, grams, upsert) and times 200 mixed queries (Chinese infix,
 * titles, pinyin, initials, typos, English, mixed, synonyms) against the engine
 * and against a plain `ILIKE '%q%'` over the same rows, in the same run. One
 * query in four carries facet filters (county, price bands, category).
 * Prints indexing time, p50/p95 and the ratios, and how many queries each finds anything for.
 */
import { createRequire } from "node:module"
import { fileURLToPath } from "node:url"
import { dirname, join } from "node:path"
import { readdirSync } from "node:fs"

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..")
const backend = join(root, "backend")
const requireBackend = createRequire(join(backend, "package.json"))
requireBackend("ts-node").register({ transpileOnly: true, project: join(backend, "tsconfig.json") })
const pg = createRequire(join(root, "package.json"))("pg")

const { PostgresSearchEngine } = requireBackend("./src/modules/product-search/engines/postgres.ts")
const { toSearchDocument } = requireBackend("./src/modules/product-search/lib/document.ts")
const { demoDocuments } = requireBackend("./src/modules/product-search/__tests__/demo-documents.ts")

const PRODUCTS = Number(process.env.SEARCH_BENCH_PRODUCTS ?? 10_000)
const QUERIES = Number(process.env.SEARCH_BENCH_QUERIES ?? 200)
const adminUrl = process.env.DATABASE_URL ?? "postgres://postgres@localhost:5432/postgres"
const dbName = `fupin_search_bench_${process.pid}`

// deterministic generator (mulberry32, fixed seed)
let seed = 20201126
function random() {
  seed |= 0
  seed = (seed + 0x6d2b79f5) | 0
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296
}
const pick = (list) => list[Math.floor(random() * list.length)]

const COUNTIES = [
  ["xundian", "寻甸", "Xundian"], ["luquan", "禄劝", "Luquan"], ["dongchuan", "东川", "Dongchuan"], ["jinning", "晋宁", "Jinning"],
  ["yiliang", "宜良", "Yiliang"], ["shilin", "石林", "Shilin"], ["songming", "嵩明", "Songming"], ["fumin", "富民", "Fumin"],
]
const ADJ = [["高原", "Highland"], ["高山", "Mountain"], ["手工", "Handmade"], ["有机", "Organic"], ["农家", "Farmhouse"], ["生态", "Eco"], ["红土地", "Red-Soil"], ["野生", "Wild"], ["精选", "Select"], ["老树", "Old-Tree"]]
const NOUNS = [
  ["牛干巴", "Dried Beef", "meat"], ["面条", "Noodles", "noodles-grain"], ["洋芋", "Potatoes", "vegetables"], ["苦荞米", "Tartary Buckwheat", "coarse-grain"],
  ["核桃", "Walnuts", "nuts"], ["蜂蜜", "Honey", "bee-products"], ["干巴菌", "Ganba Mushrooms", "mushrooms"], ["玫瑰", "Roses", "flowers"],
  ["小米辣", "Bird's-Eye Chili", "condiments"], ["大米", "Rice", "noodles-grain"], ["火腿", "Ham", "meat"], ["红糖", "Brown Sugar", "condiments"],
  ["茶叶", "Tea", "tea"], ["魔芋", "Konjac", "vegetables"], ["花椒", "Sichuan Pepper", "condiments"], ["米线", "Rice Noodles", "noodles-grain"],
]
const CATEGORY_NAMES = {
  meat: ["肉类制品", "Meat products"], "noodles-grain": ["米面粮油", "Rice, noodles & oil"], vegetables: ["蔬菜", "Vegetables"],
  "coarse-grain": ["杂粮", "Coarse grains"], nuts: ["干果坚果", "Nuts"], "bee-products": ["蜂产品", "Bee products"], mushrooms: ["食用菌", "Mushrooms"],
  flowers: ["鲜切花", "Cut flowers"], condiments: ["调味品", "Condiments"], tea: ["茶叶", "Tea"],
}

function generate(n) {
  const out = []
  for (let i = 0; i < n; i++) {
    const [countyHandle, countyZh, countyEn] = pick(COUNTIES)
    const [adjZh, adjEn] = pick(ADJ)
    const [nounZh, nounEn, category] = pick(NOUNS)
    const price = Math.round((5 + random() * 200) * 10) / 10
    const title = `${countyZh}${adjZh}${nounZh}${i % 7 === 0 ? "礼盒" : ""}（示例${String(i).padStart(5, "0")}）`
    out.push(
      toSearchDocument({
        id: `prod_bench_${i}`,
        handle: `bench-${i}`,
        title,
        title_en: `${countyEn} ${adjEn} ${nounEn} (demo ${i})`,
        subtitle: `${adjZh} · 示例商品`,
        description: `${countyZh}${adjZh}${nounZh}，产地直供，示例数据第${i}号。`,
        description_en: `${adjEn} ${nounEn.toLowerCase()} from ${countyEn}. Demo product ${i}.`,
        thumbnail: null,
        county: { handle: countyHandle, name_zh: countyZh, name_en: countyEn },
        township: null,
        supplier: { id: `sup_${i % 500}`, name: `${countyZh}示例合作社${i % 500}` },
        categories: [{ handle: category, name: CATEGORY_NAMES[category][0], name_en: CATEGORY_NAMES[category][1] }],
        variants: [{ id: `var_bench_${i}`, title: "默认", price, in_stock: true }],
        certificate: { number: `BENCH-${i}`, status: "certified", issued_at: "2020-01-01", expires_at: "2099-01-01" },
        popularity: i % 50 === 0 ? 1 : 0,
      })
    )
  }
  return out
}

const QUERY_MIX = [
  "干巴", "牛干巴", "寻甸牛干巴", "面条", "东川面条", "洋芋", "苦荞", "核桃", "蜂蜜", "玫瑰", "礼盒", "火腿", "红糖", "面",
  "niuganba", "ngb", "dongchuan mian", "xundian 牛干巴", "niuganab", "dongchaun", "mianitao", "hetao", "fengmi", "kuqiao",
  "tudou", "土豆", "马铃薯", "荞麦", "dried beef", "noodles", "walnuts", "honey", "organic tea", "luquan", "寻甸", "高原洋芋",
  "dcmt", "xdngb", "gaoyuan", "手工面条", "野生菌", "sichuan pepper", "red soil potatoes", "晋宁玫瑰",
]
// one query in four narrowed as a shopper does: a county, two price bands, a category (facets then count under the other filters)
const FILTERS = [{ county: ["xundian"] }, { price_band: ["20-50", "50-100"] }, { county: ["dongchuan", "luquan"], certified: true }, { category: ["noodles-grain"] }]
const queries = Array.from({ length: QUERIES }, (_, i) => ({ q: QUERY_MIX[i % QUERY_MIX.length], ...(i % 4 === 3 ? FILTERS[(i >> 2) % FILTERS.length] : {}) }))

const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]
const ms = (ns) => Number(ns) / 1e6
const fmt = (v) => v.toFixed(2).padStart(8)

async function main() {
  const admin = new pg.Client({ connectionString: adminUrl })
  await admin.connect()
  await admin.query(`CREATE DATABASE ${dbName}`)
  const url = new URL(adminUrl)
  url.pathname = `/${dbName}`
  const client = new pg.Client({ connectionString: url.toString() })
  await client.connect()
  const execute = async (sql, params = []) => {
    let i = 0
    return (await client.query(sql.replace(/\?/g, () => `$${++i}`), params)).rows
  }
  try {
    // the module's own migration
    const dir = join(backend, "src/modules/product-search/migrations")
    for (const file of readdirSync(dir).filter((f) => f.endsWith(".ts"))) {
      const mod = requireBackend(join(dir, file))
      const Migration = Object.values(mod)[0]
      const statements = []
      const m = Object.create(Migration.prototype)
      m.addSql = (sql) => statements.push(sql)
      await m.up()
      for (const sql of statements) await client.query(sql)
    }
    await client.query(`CREATE TABLE plain_product (id text primary key, title text, title_en text, description text, price numeric)`)

    const engine = new PostgresSearchEngine(execute)
    const started = process.hrtime.bigint()
    const documents = [...generate(PRODUCTS), ...demoDocuments()]
    const built = process.hrtime.bigint()
    await engine.upsert(documents)
    // steady state: GIN pending lists flushed, statistics fresh
    await client.query("VACUUM ANALYZE search_document")
    const indexed = process.hrtime.bigint()
    for (let i = 0; i < documents.length; i += 1000) {
      const chunk = documents.slice(i, i + 1000)
      const params = []
      const rows = chunk.map((d, j) => {
        params.push(d.id, d.title, d.title_en, d.description, d.price_min)
        return `($${j * 5 + 1}, $${j * 5 + 2}, $${j * 5 + 3}, $${j * 5 + 4}, $${j * 5 + 5})`
      })
      await client.query(`INSERT INTO plain_product VALUES ${rows.join(", ")}`, params)
    }
    await client.query("ANALYZE plain_product")

    const ilike = async (q) =>
      (await client.query(
        `SELECT id, title, price, count(*) OVER () AS total FROM plain_product
          WHERE title ILIKE $1 OR title_en ILIKE $1 OR description ILIKE $1 ORDER BY title LIMIT 20`,
        [`%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`]
      )).rows

    // warm-up
    for (const q of QUERY_MIX) {
      await engine.search({ q })
      await ilike(q)
    }
    const perQuery = new Map()
    const engineTimes = []
    const engineServer = []
    const ilikeTimes = []
    let engineFound = 0
    let ilikeFound = 0
    for (const { q, ...filters } of queries) {
      let t = process.hrtime.bigint()
      const res = await engine.search({ q, ...filters, limit: 20 })
      engineTimes.push(ms(process.hrtime.bigint() - t))
      perQuery.set(q, [...(perQuery.get(q) ?? []), engineTimes[engineTimes.length - 1]])
      engineServer.push(res.processing_time_ms)
      if (res.count > 0) engineFound++
      t = process.hrtime.bigint()
      const rows = await ilike(q)
      ilikeTimes.push(ms(process.hrtime.bigint() - t))
      if (rows.length > 0) ilikeFound++
    }
    const suggestTimes = []
    for (const { q } of queries) {
      const t = process.hrtime.bigint()
      await engine.suggest(q, 8)
      suggestTimes.push(ms(process.hrtime.bigint() - t))
    }
    const s = (a) => [...a].sort((x, y) => x - y)
    const [e, es, b, sg] = [s(engineTimes), s(engineServer), s(ilikeTimes), s(suggestTimes)]

    console.log(`search benchmark — ${documents.length} products (${PRODUCTS} generated + ${documents.length - PRODUCTS} demo), ${queries.length} mixed queries, PostgreSQL ${(await client.query("SHOW server_version")).rows[0].server_version}, Node ${process.version}`)
    console.log(`indexing: ${ms(built - started).toFixed(0)} ms building documents (pinyin, grams) + ${ms(indexed - built).toFixed(0)} ms writing = ${ms(indexed - started).toFixed(0)} ms (${Math.round(documents.length / (ms(indexed - started) / 1000))} products/s)`)
    console.log(`                                         p50 ms   p95 ms   max ms   queries with hits`)
    console.log(`embedded engine search (wall, in-proc)  ${fmt(pct(e, 50))} ${fmt(pct(e, 95))} ${fmt(e[e.length - 1])}   ${engineFound}/${queries.length}`)
    console.log(`embedded engine processing_time_ms      ${fmt(pct(es, 50))} ${fmt(pct(es, 95))} ${fmt(es[es.length - 1])}`)
    console.log(`embedded engine suggest (wall)          ${fmt(pct(sg, 50))} ${fmt(pct(sg, 95))} ${fmt(sg[sg.length - 1])}`)
    console.log(`plain ILIKE '%q%' (title/en/description)${fmt(pct(b, 50))} ${fmt(pct(b, 95))} ${fmt(b[b.length - 1])}   ${ilikeFound}/${queries.length}`)
    console.log(`ratio engine/ILIKE: p50 ${(pct(e, 50) / pct(b, 50)).toFixed(2)}×, p95 ${(pct(e, 95) / pct(b, 95)).toFixed(2)}× (the engine also counts facets, ranks, highlights; ILIKE finds no pinyin, initials, typos or synonyms)`)
    const slowest = [...perQuery].map(([q, t]) => [q, s(t)[Math.floor(t.length / 2)]]).sort((x, y) => y[1] - x[1]).slice(0, 8)
    console.log(`slowest queries (median ms): ${slowest.map(([q, t]) => `${q} ${t.toFixed(1)}`).join(", ")}`)
  } finally {
    await client.end()
    if (process.env.SEARCH_BENCH_KEEP) console.log(`kept database ${dbName}`)
    else await admin.query(`DROP DATABASE IF EXISTS ${dbName}`)
    await admin.end()
  }
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
