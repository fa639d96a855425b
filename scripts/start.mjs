#!/usr/bin/env node
// `npm start`: install, build, database, migrate, demo data, serve. Ctrl-C stops it all.
// `npm start -- --check`: the same, then checks that the marketplace answers
// (backend health, a ¥ price on the zh storefront, the demo admin login), stops
// everything and exits 0, or exits 1 naming what did not come up. CI runs it.
import { join } from "node:path"
import { externalPostgres, ROOT, startEmbeddedPostgres } from "./lib/postgres.mjs"
import { assertPortFree, log, portFromEnv as port, stopChildren } from "./lib/proc.mjs"

const CHECK = process.argv.includes("--check")
let BACKEND_PORT, STOREFRONT_PORT, EMBEDDED_PG_PORT
const DB_NAME = "fupin"
// the check keeps its own database folder, so it can run beside a developer's `npm start`
const PG_FOLDER = CHECK ? "postgres-check" : "postgres"

let db
let stopping = false
let step = "starting"
const startedAt = Date.now()

/** What to do when a step fails: the last line a user reads. */
const HINTS = {
  "checking Node": "install Node 20.19 or newer",
  "checking ports": "then run `npm start` again",
  installing: "check that the npm registry is reachable, then run `npm start` again",
  building: "the build's error is above; fix it (or `git stash` local changes) and run `npm start` again",
  "starting PostgreSQL": process.env.DATABASE_URL
    ? "check that DATABASE_URL points at a running PostgreSQL you can connect to, or unset it to use the embedded one"
    : "read the message above; `rm -rf .data/postgres` starts the embedded database afresh",
  "migrating and loading demo data": "the error is above; with the embedded database, `rm -rf .data/postgres` starts afresh",
  "starting the backend": "the backend's log is above (prefixed [backend])",
  "starting the storefront": "the storefront's log is above (prefixed [storefront])",
  "checking the marketplace": "the servers started but did not answer as expected; their logs are above",
}

/** Stops every child process group and the embedded PostgreSQL, once. */
async function stopEverything() {
  if (stopping) return
  stopping = true
  await stopChildren()
  if (db) await db.stop().catch(() => {})
}

async function shutdown(code) {
  if (stopping) return
  if (code !== 0) log("stopping everything it started…")
  await stopEverything()
  process.exit(code)
}
process.on("SIGINT", () => shutdown(130))
process.on("SIGTERM", () => shutdown(143))

async function fail(e) {
  const message = String(e?.message ?? e)
  const [first, ...rest] = message.split("\n")
  if (rest.length) process.stderr.write(`${rest.join("\n")}\n`)
  await stopEverything()
  const hint = HINTS[step] ?? "read the message above"
  process.stderr.write(`\n\x1b[31m[fupin] npm start failed while ${step}: ${first} — ${hint}\x1b[0m\n`)
  process.exit(1)
}
// a crash anywhere (a library's unhandled 'error' event included) still stops every child
process.on("uncaughtException", fail)
process.on("unhandledRejection", fail)

async function main() {
  const stack = await import("./lib/stack.mjs")
  step = "checking Node"
  stack.checkNode()
  step = "checking ports"
  BACKEND_PORT = port("BACKEND_PORT", 9000)
  STOREFRONT_PORT = port("STOREFRONT_PORT", 8000)
  EMBEDDED_PG_PORT = port("FUPIN_PG_PORT", 54329)
  await assertPortFree(BACKEND_PORT, "backend", "BACKEND_PORT")
  await assertPortFree(STOREFRONT_PORT, "storefront", "STOREFRONT_PORT")

  step = "installing"
  await stack.install()

  // Everything that loads medusa-config.ts (migrate, seed, the servers) requires
  // @fupin/shared's built code: build first, then touch the database.
  step = "building"
  await stack.buildApps()

  step = "starting PostgreSQL"
  db = process.env.DATABASE_URL
    ? externalPostgres(process.env.DATABASE_URL)
    : await startEmbeddedPostgres({ name: PG_FOLDER, port: EMBEDDED_PG_PORT, portVariable: "FUPIN_PG_PORT" })
  const dbName = db.external ? db.database : DB_NAME
  await db.ensureDatabase(dbName)
  const databaseUrl = db.external ? process.env.DATABASE_URL : db.url(dbName)

  step = "migrating and loading demo data"
  const publishableKey = await stack.migrateAndSeed(databaseUrl, { keyFile: join(ROOT, ".data", CHECK ? "check-publishable-key" : "publishable-key"), backendPort: BACKEND_PORT })

  step = "starting the backend"
  log("starting the backend")
  const backend = await stack.startBackend({ databaseUrl, port: BACKEND_PORT, storefrontPort: STOREFRONT_PORT })
  step = "starting the storefront"
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

  if (CHECK) {
    step = "checking the marketplace"
    const seconds = await stack.checkMarketplace({ backendPort: BACKEND_PORT, storefrontPort: STOREFRONT_PORT, since: startedAt })
    log(`start check passed: backend, storefront and admin login answered ${seconds} s after \`npm start\``)
    await shutdown(0)
    return
  }

  process.stdout.write(`
  昆明消费扶贫电商平台 is running (up in ${Math.round((Date.now() - startedAt) / 1000)} s)

    Storefront   http://localhost:${STOREFRONT_PORT}
    Admin        http://localhost:${BACKEND_PORT}/app
                 demo login: admin@fupin.local / fupin-demo
    API health   http://localhost:${BACKEND_PORT}/health
    Database     ${db.external ? "DATABASE_URL" : `embedded PostgreSQL on 127.0.0.1:${EMBEDDED_PG_PORT} (data in .data/)`}

  Press Ctrl-C to stop everything.

`)
}

main().catch(fail)
