#!/usr/bin/env node
// `npm start`: install, database, build, migrate, demo data, serve. Ctrl-C stops it all.
import { join } from "node:path"
import { externalPostgres, ROOT, startEmbeddedPostgres } from "./lib/postgres.mjs"
import { assertPortFree, log, stopChildren } from "./lib/proc.mjs"

const BACKEND_PORT = 9000
const STOREFRONT_PORT = 8000
const EMBEDDED_PG_PORT = Number(process.env.FUPIN_PG_PORT ?? 54329)
const DB_NAME = "fupin"

let db
let stopping = false

async function shutdown(code) {
  if (stopping) return
  stopping = true
  log("stopping…")
  await stopChildren()
  if (db) await db.stop().catch(() => {})
  process.exit(code)
}
process.on("SIGINT", () => shutdown(130))
process.on("SIGTERM", () => shutdown(143))

async function main() {
  const stack = await import("./lib/stack.mjs")
  stack.checkNode()
  await assertPortFree(BACKEND_PORT, "backend")
  await assertPortFree(STOREFRONT_PORT, "storefront")
  await stack.install()

  const build = stack.buildApps()
  build.catch(() => {}) // awaited below; keeps an early failure from going unhandled

  db = process.env.DATABASE_URL
    ? externalPostgres(process.env.DATABASE_URL)
    : await startEmbeddedPostgres({ name: "postgres", port: EMBEDDED_PG_PORT })
  const dbName = db.external ? db.database : DB_NAME
  await db.ensureDatabase(dbName)
  const databaseUrl = db.external ? process.env.DATABASE_URL : db.url(dbName)

  const keyFile = join(ROOT, ".data", "publishable-key")
  const [publishableKey] = await Promise.all([stack.migrateAndSeed(databaseUrl, { keyFile }), build])

  log("starting the backend")
  const backend = await stack.startBackend({ databaseUrl, port: BACKEND_PORT })
  log("starting the storefront")
  const storefront = await stack.startStorefront({
    backendUrl: `http://localhost:${BACKEND_PORT}`,
    publishableKey,
    port: STOREFRONT_PORT,
  })
  // One server dying takes the rest down with a clear message, rather than half a marketplace.
  for (const [name, child] of [["backend", backend], ["storefront", storefront]]) {
    child.on("exit", (code, signal) => {
      if (stopping) return
      process.stderr.write(`\n\x1b[31m[fupin] the ${name} stopped (${signal ?? `exit ${code}`}); stopping everything\x1b[0m\n`)
      shutdown(1)
    })
  }

  process.stdout.write(`
  昆明消费扶贫电商平台 is running

    Storefront   http://localhost:${STOREFRONT_PORT}
    Admin        http://localhost:${BACKEND_PORT}/app
                 demo login: admin@fupin.local / fupin-demo
    API health   http://localhost:${BACKEND_PORT}/health
    Database     ${db.external ? "DATABASE_URL" : `embedded PostgreSQL on 127.0.0.1:${EMBEDDED_PG_PORT} (data in .data/)`}

  Press Ctrl-C to stop everything.

`)
}

main().catch(async (e) => {
  process.stderr.write(`\n\x1b[31m[fupin] ${e.message}\x1b[0m\n`)
  await shutdown(1)
})
