// The marketplace's moving parts, shared by `npm start` and `npm test`:
// build, migrate + demo data, and the two servers.
import { randomBytes } from "node:crypto"
import { chmodSync, existsSync, lstatSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs"
import { delimiter, join } from "node:path"
import { ROOT } from "./postgres.mjs"
import { log, run, serve, waitForHttp } from "./proc.mjs"

export const BACKEND = join(ROOT, "backend")
export const STOREFRONT = join(ROOT, "storefront")
const bin = (pkgDir, name) => join(pkgDir, "node_modules", ".bin", name)

export const QUIET_ENV = {
  NEXT_TELEMETRY_DISABLED: "1",
  TURBO_TELEMETRY_DISABLED: "1",
  MEDUSA_DISABLE_TELEMETRY: "true",
  DO_NOT_TRACK: "1",
}

export function checkNode() {
  const [major, minor] = process.versions.node.split(".").map(Number)
  if (major < 20 || (major === 20 && minor < 19)) {
    throw new Error(`Node ${process.versions.node} is too old: install Node 20.19 or newer`)
  }
}

const pinnedPnpm = () => JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).packageManager // "pnpm@12.4.2"
const SHIMS = join(ROOT, ".data", "bin")

/**
 * turbo looks for the workspace's package manager on PATH, and a machine with
 * only Node has none: a `pnpm` shim in .data/bin runs the pinned one through npx.
 */
function pnpmShim() {
  mkdirSync(SHIMS, { recursive: true })
  const shim = join(SHIMS, "pnpm")
  writeFileSync(shim, `#!/bin/sh\nexec npx --yes ${pinnedPnpm()} "$@"\n`)
  chmodSync(shim, 0o755)
  return `${SHIMS}${delimiter}${process.env.PATH ?? ""}`
}

/** Installs the workspace with the pinned pnpm and the frozen lockfile. */
export async function install() {
  const pnpm = pinnedPnpm()
  log(`installing the workspace (${pnpm}, frozen lockfile)`)
  await run("npx", ["--yes", pnpm, "install", "--frozen-lockfile", "--reporter=append-only"], {
    cwd: ROOT,
    env: { ...QUIET_ENV, npm_config_update_notifier: "false" },
  })
}

export async function turbo(args, { env } = {}) {
  await run(join(ROOT, "node_modules", ".bin", "turbo"), args, {
    cwd: ROOT,
    env: { ...QUIET_ENV, PATH: pnpmShim(), ...env },
    label: `turbo ${args.join(" ")}`,
  })
}

/**
 * Builds @fupin/shared, the backend (with its admin dashboard) and the storefront,
 * in dependency order; turbo caches each by the hash of its sources, so a changed
 * package (after a `git pull`) is rebuilt and an unchanged one is restored.
 */
export async function buildApps() {
  log("building backend and storefront (cached after the first run)")
  await turbo(["run", "build", "--filter=@fupin/backend", "--filter=@fupin/storefront", "--output-logs=errors-only"])
}

/**
 * The local file provider's folder (uploads, the demo's pictures): the seed writes it from backend/,
 * the built server serves it as .medusa/server/static (a link made by startBackend, as a build wipes
 * .medusa/server). Its public URL names the port the backend will answer on.
 */
export const UPLOADS_DIR = join(BACKEND, "static")
export const fileBackendUrl = (port) => `http://localhost:${port}/static`

/** Runs Medusa's migrations, then the idempotent demo data; returns the publishable key. */
export async function migrateAndSeed(databaseUrl, { keyFile, backendPort = 9000 }) {
  const env = {
    ...QUIET_ENV,
    DATABASE_URL: databaseUrl,
    FUPIN_PUBLISHABLE_KEY_FILE: keyFile,
    // the demo's pictures are uploaded through the file module at absolute URLs of this backend
    FILE_BACKEND_URL: fileBackendUrl(backendPort),
  }
  log("migrating the database")
  await run(bin(BACKEND, "medusa"), ["db:migrate"], { cwd: BACKEND, env, quiet: true, label: "medusa db:migrate" })
  log("loading demo data")
  await run(bin(BACKEND, "medusa"), ["exec", "./src/scripts/seed-demo.ts"], {
    cwd: BACKEND,
    env,
    quiet: true,
    label: "demo data (medusa exec seed-demo)",
  })
  if (!existsSync(keyFile)) throw new Error(`demo data wrote no publishable key to ${keyFile}`)
  return readFileSync(keyFile, "utf8").trim()
}

/**
 * `medusa start` runs with NODE_ENV=production, where the backend refuses default
 * secrets and `*` CORS. A local run gets random secrets made once and kept in .data/.
 */
export function localSecrets() {
  const file = join(ROOT, ".data", "secrets.json")
  if (!existsSync(file)) {
    mkdirSync(join(ROOT, ".data"), { recursive: true })
    const secret = () => randomBytes(32).toString("hex")
    writeFileSync(file, JSON.stringify({ JWT_SECRET: secret(), COOKIE_SECRET: secret() }), { mode: 0o600 })
  }
  const secrets = JSON.parse(readFileSync(file, "utf8"))
  if (!secrets.REVALIDATE_SECRET) {
    // shared by the backend (sender) and the storefront (receiver) of cache revalidation
    secrets.REVALIDATE_SECRET = randomBytes(32).toString("hex")
    writeFileSync(file, JSON.stringify(secrets), { mode: 0o600 })
  }
  return secrets
}

export function localCors(backendPort, storefrontPort) {
  const store = `http://localhost:${storefrontPort},http://127.0.0.1:${storefrontPort}`
  const admin = `http://localhost:${backendPort},http://127.0.0.1:${backendPort}`
  return { STORE_CORS: store, ADMIN_CORS: admin, AUTH_CORS: `${store},${admin}` }
}

export const BACKEND_SERVER_DIR = join(BACKEND, ".medusa", "server")
export const medusaBin = () => bin(BACKEND, "medusa")

/** The environment the built backend runs with (also for a `medusa exec` beside it). */
export function backendEnv({ databaseUrl, port = 9000, storefrontPort = 8000, env = {} }) {
  return {
    ...QUIET_ENV,
    ...localSecrets(),
    ...localCors(port, storefrontPort),
    DATABASE_URL: databaseUrl,
    PORT: String(port),
    // plain http on localhost: a Secure session cookie would never come back
    COOKIE_SECURE: "false",
    FILE_BACKEND_URL: fileBackendUrl(port),
    // product changes revalidate the storefront's cached catalogue pages
    STOREFRONT_URL: `http://localhost:${storefrontPort}`,
    // one line per request drowns the console; LOG_LEVEL=http brings it back
    LOG_LEVEL: process.env.LOG_LEVEL ?? "info",
    // the demo's numbered receiving account for bank transfers (backend/src/config/env.ts DEMO_BANK_ACCOUNT)
    FUPIN_DEMO_BANK_ACCOUNT: "1",
    // login codes go to the backend's log (and /admin/notifications), not to a phone
    FUPIN_DEMO_SMS: "1",
    ...env,
  }
}

/** Medusa serves <cwd>/static at /static: the built server's is a link to the folder the seed wrote. */
function linkUploads() {
  mkdirSync(UPLOADS_DIR, { recursive: true })
  const served = join(BACKEND_SERVER_DIR, "static")
  let present = false
  try {
    lstatSync(served)
    present = true
  } catch {
    // not there yet
  }
  if (!present) symlinkSync(UPLOADS_DIR, served, "dir")
}

/**
 * The backend's Node options (also set in backend/Dockerfile): a cart workflow copies its cart
 * between steps, short-lived objects by the megabyte on a 500-line institution order; a larger
 * young generation than V8's default spends about a quarter less time in garbage collection there
 * (tests/bench/bulk-order-bench.mjs).
 */
export const BACKEND_NODE_OPTIONS = "--max-semi-space-size=64"
const backendNodeOptions = () => [process.env.NODE_OPTIONS, BACKEND_NODE_OPTIONS].filter(Boolean).join(" ")

/**
 * Starts the built backend from .medusa/server and waits for /health.
 * name: the prefix of its output (several backends may run side by side).
 */
export async function startBackend({ databaseUrl, port = 9000, storefrontPort = 8000, env = {}, name = "backend", nodeArgs = [] }) {
  if (!existsSync(join(BACKEND_SERVER_DIR, "medusa-config.js"))) throw new Error("backend is not built: .medusa/server is missing")
  linkUploads()
  // nodeArgs (e.g. --cpu-prof, which NODE_OPTIONS refuses): node runs Medusa's CLI itself
  const [command, args] = nodeArgs.length
    ? [process.execPath, [...nodeArgs, join(BACKEND, "node_modules", "@medusajs", "cli", "cli.js"), "start"]]
    : [medusaBin(), ["start"]]
  const child = serve(name, command, args, {
    cwd: BACKEND_SERVER_DIR,
    env: { ...backendEnv({ databaseUrl, port, storefrontPort, env }), NODE_OPTIONS: backendNodeOptions() },
  })
  await waitForHttp(`http://localhost:${port}/health`, { child, name, timeoutMs: 180_000 })
  return child
}

/** The demo operator login (demo data only; production never creates it). */
export const DEMO_ADMIN_LOGIN = { email: "admin@fupin.local", password: "fupin-demo" }

/**
 * What `npm start -- --check` asks of a running marketplace: backend health, the
 * admin dashboard, the demo admin login, and a zh storefront page showing ¥ prices.
 * Throws naming the first thing that did not answer; returns seconds since `since`.
 */
export async function checkMarketplace({ backendPort, storefrontPort, since }) {
  const backend = `http://localhost:${backendPort}`
  const expect = async (what, url, init, ok) => {
    let res
    try {
      res = await fetch(url, { redirect: "manual", signal: AbortSignal.timeout(60_000), ...init })
    } catch (e) {
      throw new Error(`${what}: ${url} did not answer (${e.cause?.code ?? e.message})`)
    }
    const body = await res.text()
    if (!ok(res, body)) throw new Error(`${what}: ${url} answered ${res.status} ${body.slice(0, 200).replace(/\s+/g, " ")}`)
    return body
  }
  await expect("backend health", `${backend}/health`, {}, (r) => r.status === 200)
  await expect("admin dashboard", `${backend}/app`, {}, (r, b) => r.status === 200 && b.includes("<div id=\"medusa\""))
  await expect(
    "demo admin login",
    `${backend}/auth/user/emailpass`,
    { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(DEMO_ADMIN_LOGIN) },
    (r, b) => r.status === 200 && typeof JSON.parse(b).token === "string"
  )
  await expect("zh storefront with ¥ prices", `http://localhost:${storefrontPort}/zh`, {}, (r, b) => r.status === 200 && /¥\s?\d/.test(b))
  return Math.round((Date.now() - since) / 1000)
}

export async function startStorefront({ backendUrl, publishableKey, port = 8000, env = {}, name = "storefront" }) {
  const child = serve(name, bin(STOREFRONT, "next"), ["start", "-p", String(port)], {
    cwd: STOREFRONT,
    env: {
      ...QUIET_ENV,
      NODE_ENV: "production",
      MEDUSA_BACKEND_URL: backendUrl,
      MEDUSA_PUBLISHABLE_KEY: publishableKey,
      REVALIDATE_SECRET: localSecrets().REVALIDATE_SECRET,
      ...env,
    },
  })
  await waitForHttp(`http://localhost:${port}/zh`, { child, name, timeoutMs: 60_000 })
  return child
}
