/**
 * The production deployment, checked by reading its files: no Docker engine runs where
 * these tests run, so what an operator relies on (services, health ordering, volumes,
 * service-name wiring, secrets kept out of the compose file, images that run as non-root
 * and expose what compose publishes, every backend variable documented and visible to
 * turbo) is asserted on docker-compose.yml, the Dockerfiles, .env.production.example,
 * .dockerignore, turbo.json and backend/src/config/env.ts.
 */
import { existsSync, readFileSync } from "node:fs"
import { dirname, join, resolve } from "node:path"
import { fileURLToPath } from "node:url"
import { describe, expect, it } from "vitest"
import { parse } from "yaml"

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..")
const read = (path: string): string => readFileSync(join(ROOT, path), "utf8")

const ENV_FILE = ".env.production"
const ENV_EXAMPLE = ".env.production.example"

// ------------------------------------------------------------------ compose file

interface Service {
  image?: string
  build?: string | { context?: string; dockerfile?: string }
  command?: string | string[]
  environment?: Record<string, string | number | boolean | null> | string[]
  env_file?: string | (string | { path: string })[]
  ports?: (string | number | { target: number; published?: string | number })[]
  volumes?: (string | { type?: string; source?: string; target: string })[]
  depends_on?: string[] | Record<string, { condition?: string }>
  healthcheck?: { test?: string | string[]; disable?: boolean }
}

interface Compose {
  services: Record<string, Service>
  volumes?: Record<string, unknown> | null
}

const composeText = read("docker-compose.yml")
// Merge keys (`<<: *backend-env`) are how compose files share blocks; compose honours them.
const compose = parse(composeText, { merge: true }) as Compose
const services = compose.services

function service(name: string): Service {
  const found = services[name]
  if (!found) throw new Error(`docker-compose.yml has no service "${name}"`)
  return found
}

/** `environment:` as a map, whether written as a map or as a list of KEY=value. */
function environmentOf(svc: Service): Record<string, string | undefined> {
  const env = svc.environment ?? {}
  if (Array.isArray(env)) {
    return Object.fromEntries(
      env.map((entry) => {
        const at = entry.indexOf("=")
        return at === -1 ? [entry, undefined] : [entry.slice(0, at), entry.slice(at + 1)]
      })
    )
  }
  return Object.fromEntries(Object.entries(env).map(([k, v]) => [k, v === null ? undefined : String(v)]))
}

function envFilesOf(svc: Service): string[] {
  const files = svc.env_file
  if (files === undefined) return []
  return (Array.isArray(files) ? files : [files]).map((f) => (typeof f === "string" ? f : f.path))
}

/** depends_on as { service: condition }; the short list form means "started", not "healthy". */
function dependsOn(svc: Service): Record<string, string> {
  const deps = svc.depends_on ?? {}
  if (Array.isArray(deps)) return Object.fromEntries(deps.map((d) => [d, "service_started"]))
  return Object.fromEntries(Object.entries(deps).map(([d, v]) => [d, v?.condition ?? "service_started"]))
}

function buildOf(svc: Service): { context: string; dockerfile: string } | undefined {
  if (svc.build === undefined) return undefined
  if (typeof svc.build === "string") return { context: svc.build, dockerfile: "Dockerfile" }
  return { context: svc.build.context ?? ".", dockerfile: svc.build.dockerfile ?? "Dockerfile" }
}

/** Container-side ports a service publishes ("9000:9000", "127.0.0.1:9000:9000/tcp", long form). */
function publishedPorts(svc: Service): number[] {
  return (svc.ports ?? []).map((p) => {
    if (typeof p === "number") return p
    if (typeof p === "object") return p.target
    const containerSide = p.split(":").at(-1) ?? ""
    return Number(containerSide.split("/")[0])
  })
}

/** Named volumes mounted by a service (bind mounts of host paths excluded). */
function namedVolumes(svc: Service): { source: string; target: string }[] {
  const mounts = (svc.volumes ?? []).map((v) => {
    if (typeof v === "object") return { type: v.type ?? "volume", source: v.source ?? "", target: v.target }
    const [source = "", target = ""] = v.split(":")
    return { type: "volume", source, target }
  })
  return mounts
    .filter((m) => m.type === "volume" && m.source !== "" && !/^[./~$]/.test(m.source))
    .map(({ source, target }) => ({ source, target }))
}

/** Services others wait for with service_completed_successfully: they run once and exit. */
const oneShot = new Set(
  Object.values(services).flatMap((svc) =>
    Object.entries(dependsOn(svc))
      .filter(([, condition]) => condition === "service_completed_successfully")
      .map(([name]) => name)
  )
)

/** `scheme://[userinfo@]host[:port][/…]`, tolerant of ${…} substitutions in userinfo and path. */
function splitUrl(value: string): { scheme: string; userinfo?: string; host: string; port?: string } {
  const m = /^(?<scheme>[a-z][a-z0-9+.-]*):\/\/(?:(?<userinfo>.*)@)?(?<host>[^:/@]+)(?::(?<port>[^/]+))?(?:\/.*)?$/.exec(value)
  if (!m?.groups) throw new Error(`not a URL: ${value}`)
  const { scheme = "", userinfo, host = "", port } = m.groups
  return { scheme, userinfo, host, port }
}

/** The password in `user:password`, splitting on the first ":" outside a ${…} substitution. */
function passwordOf(userinfo: string): string | undefined {
  let depth = 0
  for (let i = 0; i < userinfo.length; i++) {
    if (userinfo.startsWith("${", i)) depth++
    else if (userinfo[i] === "}" && depth > 0) depth--
    else if (userinfo[i] === ":" && depth === 0) return userinfo.slice(i + 1)
  }
  return undefined
}

// A secret may appear in the compose file only as a reference with no default:
// ${NAME}, ${NAME:?message} or ${NAME?message}. `${NAME:-value}` would put a value inline.
const SECRET_NAME = /(SECRET|PASSWORD|PASSWD|TOKEN|_KEY)$/
const SECRET_REFERENCE = /^\$\{[A-Za-z_][A-Za-z0-9_]*(?::?\?[^}]*)?\}$/

// ------------------------------------------------------------------ Dockerfiles

interface Stage {
  name?: string
  base: string
  instructions: { op: string; args: string }[]
}

function parseDockerfile(text: string): Stage[] {
  const logical: string[] = []
  let pending = ""
  for (const line of text.split("\n")) {
    if (/^\s*#/.test(line)) continue
    if (/\\\s*$/.test(line)) {
      pending += line.replace(/\\\s*$/, " ")
      continue
    }
    const joined = (pending + line).trim()
    pending = ""
    if (joined) logical.push(joined)
  }
  const stages: Stage[] = []
  for (const line of logical) {
    const [, rawOp = "", args = ""] = /^(\S+)\s*(.*)$/s.exec(line) ?? []
    const op = rawOp.toUpperCase()
    if (op === "FROM") {
      const m = /^(?:--\S+\s+)*(\S+)(?:\s+AS\s+(\S+))?/i.exec(args)
      stages.push({ base: m?.[1] ?? "", name: m?.[2]?.toLowerCase(), instructions: [] })
    } else {
      stages.at(-1)?.instructions.push({ op, args })
    }
  }
  return stages
}

/** Instructions in effect in the final stage, following `FROM <earlier stage>` back to its roots. */
function finalStageInstructions(stages: Stage[]): { op: string; args: string }[] {
  const chain = (stage: Stage | undefined, depth: number): { op: string; args: string }[] => {
    if (!stage || depth > stages.length) return []
    const parent = stages.find((s) => s.name === stage.base.toLowerCase())
    return [...chain(parent, depth + 1), ...stage.instructions]
  }
  return chain(stages.at(-1), 0)
}

function imageFacts(dockerfilePath: string) {
  const instructions = finalStageInstructions(parseDockerfile(read(dockerfilePath)))
  const last = (op: string) => instructions.filter((i) => i.op === op).at(-1)?.args
  const env: Record<string, string> = {}
  for (const { args } of instructions.filter((i) => i.op === "ENV")) {
    const pairs = [...args.matchAll(/([A-Za-z_][A-Za-z0-9_]*)=("[^"]*"|\S*)/g)]
    if (pairs.length === 0) {
      const [key = "", ...rest] = args.split(/\s+/) // legacy `ENV KEY value`
      env[key] = rest.join(" ")
    }
    for (const [, key = "", value = ""] of pairs) env[key] = value.replace(/^"|"$/g, "")
  }
  return {
    user: last("USER")?.split(":")[0],
    exposed: instructions
      .filter((i) => i.op === "EXPOSE")
      .flatMap((i) => i.args.split(/\s+/))
      .map((p) => Number(p.split("/")[0])),
    env,
    workdir: last("WORKDIR"),
    cmd: last("CMD") ?? "",
  }
}

// ------------------------------------------------------------------ env files, env.ts

/** KEY → value for every `KEY=value` line, commented out (`# KEY=`) or not. */
function exampleEntries(text: string): Map<string, { value: string; commented: boolean }> {
  const entries = new Map<string, { value: string; commented: boolean }>()
  for (const line of text.split("\n")) {
    const m = /^\s*(#\s*)?([A-Z][A-Z0-9_]*)=(.*)$/.exec(line)
    if (m?.[2]) entries.set(m[2], { value: (m[3] ?? "").trim(), commented: Boolean(m[1]) })
  }
  return entries
}

/**
 * The variables backend/src/config/env.ts reads: `vars.NAME`, `vars["NAME"]`, and
 * `vars[name]` where `name` is typed as a union of string literals ("A" | "B").
 */
function backendEnvVars(source: string): Set<string> {
  const names = new Set<string>()
  for (const m of source.matchAll(/\bvars\??\.([A-Z_][A-Z0-9_]*)\b/g)) names.add(m[1] ?? "")
  for (const m of source.matchAll(/\bvars\[\s*["'`]([A-Z_][A-Z0-9_]*)["'`]\s*\]/g)) names.add(m[1] ?? "")
  for (const m of source.matchAll(/\bvars\[\s*([A-Za-z_$][\w$]*)\s*\]/g)) {
    const identifier = m[1] ?? ""
    const unions = [...source.matchAll(new RegExp(`\\b${identifier}\\s*:\\s*("[A-Z0-9_]+"(?:\\s*\\|\\s*"[A-Z0-9_]+")*)`, "g"))]
    if (unions.length === 0) {
      throw new Error(`env.ts reads vars[${identifier}] but no \`${identifier}: "A" | "B"\` type says which variables`)
    }
    for (const u of unions) for (const lit of (u[1] ?? "").matchAll(/"([A-Z0-9_]+)"/g)) names.add(lit[1] ?? "")
  }
  names.delete("")
  return names
}

const envTs = read("backend/src/config/env.ts")
const backendVars = backendEnvVars(envTs)
const example = exampleEntries(read(ENV_EXAMPLE))

// ------------------------------------------------------------------ tests

const APP_SERVICES = ["postgres", "redis", "meilisearch", "backend", "worker", "storefront"]
const STORES = { postgres: 5432, redis: 6379, meilisearch: 7700 } as const

describe("docker-compose.yml: the production shape", () => {
  it("runs the six services an operator expects", () => {
    expect(Object.keys(services)).toEqual(expect.arrayContaining(APP_SERVICES))
  })

  it("runs the backend image twice: an HTTP server and a worker without a published port", () => {
    expect(environmentOf(service("backend")).MEDUSA_WORKER_MODE).toBe("server")
    expect(environmentOf(service("worker")).MEDUSA_WORKER_MODE).toBe("worker")
    for (const name of ["backend", "worker"]) {
      expect(buildOf(service(name)), name).toEqual({ context: ".", dockerfile: "backend/Dockerfile" })
    }
    expect(buildOf(service("storefront"))).toEqual({ context: ".", dockerfile: "storefront/Dockerfile" })
    expect(publishedPorts(service("backend"))).toContain(9000)
    expect(publishedPorts(service("storefront"))).toContain(8000)
    expect(publishedPorts(service("worker"))).toEqual([])
    expect(environmentOf(service("storefront")).MEDUSA_BACKEND_URL).toBe("http://backend:9000")
  })

  it("starts backend, worker and storefront only once what they need is healthy", () => {
    for (const name of ["backend", "worker"]) {
      const deps = dependsOn(service(name))
      for (const store of Object.keys(STORES)) expect(deps[store], `${name} → ${store}`).toBe("service_healthy")
    }
    expect(dependsOn(service("storefront")).backend).toBe("service_healthy")

    for (const [name, svc] of Object.entries(services)) {
      for (const [dep, condition] of Object.entries(dependsOn(svc))) {
        const target = service(dep)
        if (condition === "service_healthy") {
          expect(target.healthcheck?.test, `${name} waits for ${dep} to be healthy, which has no healthcheck`).toBeTruthy()
        }
      }
    }
  })

  it("runs migrations once, to completion, before backend and worker start", () => {
    // Optional in the brief, but if a one-shot service exists it must be a migration that gates both.
    for (const name of oneShot) {
      expect(String(service(name).command), name).toMatch(/medusa.*db:migrate/)
      for (const app of ["backend", "worker"]) expect(dependsOn(service(app))[name], `${app} → ${name}`).toBe("service_completed_successfully")
    }
  })

  it("gives every long-running service a healthcheck that probes the right thing", () => {
    for (const [name, svc] of Object.entries(services)) {
      if (oneShot.has(name)) continue
      expect(svc.healthcheck?.disable, name).not.toBe(true)
      expect(svc.healthcheck?.test, `${name} has no healthcheck`).toBeTruthy()
    }
    const probe = (name: string) => [service(name).healthcheck?.test ?? []].flat().join(" ")
    expect(probe("postgres")).toContain("pg_isready")
    expect(probe("redis")).toMatch(/redis-cli.*ping/)
    expect(probe("meilisearch")).toMatch(/:7700\/health/)
    expect(probe("backend")).toMatch(/:9000\/health/)
    expect(probe("worker")).toMatch(/:9000\/health/)
    expect(probe("storefront")).toMatch(/:8000\//)
  })

  it("keeps each store's data in a declared named volume at the image's data directory", () => {
    const postgresMajor = Number(/^postgres:(\d+)/.exec(service("postgres").image ?? "")?.[1])
    expect(postgresMajor, "postgres image tag").toBeGreaterThanOrEqual(16)
    // PostgreSQL 18 images moved PGDATA; a volume at the old path would silently lose data.
    const dataDirs: Record<string, string> = {
      postgres: postgresMajor >= 18 ? "/var/lib/postgresql" : "/var/lib/postgresql/data",
      redis: "/data",
      meilisearch: "/meili_data",
    }
    const declared = Object.keys(compose.volumes ?? {})
    for (const [name, dir] of Object.entries(dataDirs)) {
      const mount = namedVolumes(service(name)).find((v) => v.target === dir)
      expect(mount, `${name} has no named volume at ${dir}`).toBeDefined()
    }
    for (const [name, svc] of Object.entries(services)) {
      for (const { source } of namedVolumes(svc)) expect(declared, `${name} uses undeclared volume ${source}`).toContain(source)
    }
  })

  it("lets backend and worker reach PostgreSQL, Redis and Meilisearch by service name", () => {
    for (const name of ["backend", "worker", ...oneShot]) {
      const env = environmentOf(service(name))
      const targets = { postgres: env.DATABASE_URL, redis: env.REDIS_URL, meilisearch: env.MEILISEARCH_HOST }
      for (const [store, value] of Object.entries(targets)) {
        expect(value, `${name}: URL of ${store}`).toBeTruthy()
        const url = splitUrl(value ?? "")
        expect(url.host, `${name} → ${store}`).toBe(store)
        expect(Number(url.port ?? NaN), `${name} → ${store} port`).toBe(STORES[store as keyof typeof STORES])
      }
    }
  })

  it("keeps secrets out of the compose file: they come from .env.production", () => {
    for (const name of ["backend", "worker", "storefront", "postgres", "meilisearch", ...oneShot]) {
      expect(envFilesOf(service(name)), `${name} env_file`).toContain(ENV_FILE)
    }
    for (const [name, svc] of Object.entries(services)) {
      for (const [key, value] of Object.entries(environmentOf(svc))) {
        if (value === undefined) continue // passed through from the environment
        if (SECRET_NAME.test(key)) expect(value, `${name}.${key} is written inline`).toMatch(SECRET_REFERENCE)
        if (/^[a-z][a-z0-9+.-]*:\/\//.test(value)) {
          const password = passwordOf(splitUrl(value).userinfo ?? "")
          if (password) expect(password, `${name}.${key} has an inline password`).toMatch(SECRET_REFERENCE)
        }
      }
    }
    // The file never names JWT/cookie secrets with a value, in any form.
    expect(composeText).not.toMatch(/(JWT_SECRET|COOKIE_SECRET)\s*[:=]\s*(?!\$\{)\S/)
  })

  it("documents every ${VARIABLE} the compose file substitutes in .env.production.example", () => {
    // `$${X}` is compose's escape for a literal `${X}` evaluated inside the container.
    const substituted = [...composeText.matchAll(/(?<!\$)\$\{([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1] ?? "")
    expect(substituted.length).toBeGreaterThan(0)
    for (const name of substituted) expect(example.has(name), `${name} not in ${ENV_EXAMPLE}`).toBe(true)
  })
})

describe("Dockerfiles compose builds", () => {
  const built = Object.entries(services).flatMap(([name, svc]) => {
    const build = buildOf(svc)
    return build ? [{ name, svc, path: join(build.context, build.dockerfile) }] : []
  })

  it("exist, run as a non-root USER and EXPOSE every port compose publishes", () => {
    expect(built.map((b) => b.name)).toEqual(expect.arrayContaining(["backend", "worker", "storefront"]))
    for (const { name, svc, path } of built) {
      expect(existsSync(join(ROOT, path)), `${name}: ${path} missing`).toBe(true)
      const image = imageFacts(path)
      expect(image.user, `${path} runs as root`).toBeDefined()
      expect(["root", "0"], `${path} runs as root`).not.toContain(image.user)
      for (const port of publishedPorts(svc)) expect(image.exposed, `${path} does not EXPOSE ${port}`).toContain(port)
    }
  })

  it("backend image starts Medusa from its build output, in production, without telemetry", () => {
    const image = imageFacts("backend/Dockerfile")
    expect(image.exposed).toContain(9000)
    expect(image.env.NODE_ENV).toBe("production")
    expect(image.env.MEDUSA_DISABLE_TELEMETRY).toBe("true")
    // With the admin enabled, `medusa start` only works from .medusa/server after `medusa build`.
    expect(image.workdir).toMatch(/\.medusa\/server\/?$/)
    expect(image.cmd).toMatch(/medusa.*start/)
  })

  it("storefront image serves the Next build on port 8000 without telemetry", () => {
    const image = imageFacts("storefront/Dockerfile")
    expect(image.exposed).toContain(8000)
    expect(image.env.NEXT_TELEMETRY_DISABLED).toBe("1")
    expect(image.cmd).toMatch(/next.*start.*8000/)
  })
})

describe(".dockerignore keeps host state and secrets out of the build context", () => {
  const patterns = read(".dockerignore")
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith("#"))

  const toRegExp = (pattern: string) =>
    new RegExp(
      "^" +
        pattern
          .replace(/^\/+|\/+$/g, "")
          .split(/(\*\*\/?|\*|\?)/)
          .map((part) => {
            if (part === "**/" || part === "**") return "(?:.*/)?"
            if (part === "*") return "[^/]*"
            if (part === "?") return "[^/]"
            return part.replace(/[.+^${}()|[\]\\]/g, "\\$&")
          })
          .join("") +
        "$"
    )

  /** Docker's rule: the last matching pattern wins, and excluding a directory excludes its contents. */
  const excluded = (path: string): boolean => {
    const segments = path.split("/")
    const prefixes = segments.map((_, i) => segments.slice(0, i + 1).join("/"))
    let result = false
    for (const raw of patterns) {
      const negated = raw.startsWith("!")
      const re = toRegExp(negated ? raw.slice(1) : raw)
      if (prefixes.some((p) => re.test(p))) result = !negated
    }
    return result
  }

  it.each([
    ".env.production",
    ".env",
    "backend/.env",
    "node_modules/.pnpm/x",
    "backend/node_modules/@medusajs/medusa/package.json",
    "backend/.medusa/server/medusa-config.js",
    "storefront/.next/BUILD_ID",
    ".data/postgres/PG_VERSION",
    ".git/HEAD",
    ".turbo/cache",
  ])("excludes %s", (path) => {
    expect(excluded(path)).toBe(true)
  })

  it.each(["package.json", "pnpm-lock.yaml", "pnpm-workspace.yaml", "backend/package.json", "backend/src/config/env.ts", "packages/shared/package.json", "storefront/next.config.ts"])(
    "sends %s",
    (path) => {
      expect(excluded(path)).toBe(false)
    }
  )
})

describe("every variable the backend reads is documented and reaches it", () => {
  it("finds the variables in backend/src/config/env.ts", () => {
    // Guards the reader itself: an empty set would make the two tests below pass vacuously.
    expect([...backendVars]).toEqual(expect.arrayContaining(["DATABASE_URL", "REDIS_URL", "JWT_SECRET", "COOKIE_SECRET", "STORE_CORS", "AUTH_CORS"]))
  })

  it("lists each of them in .env.production.example", () => {
    const missing = [...backendVars].filter((name) => !example.has(name))
    expect(missing, `add to ${ENV_EXAMPLE} (with a comment)`).toEqual([])
  })

  it("ships the example without secret values", () => {
    for (const [name, { value, commented }] of example) {
      if (SECRET_NAME.test(name) && !commented) expect(value, `${ENV_EXAMPLE}: ${name} must be empty`).toBe("")
    }
    for (const name of ["JWT_SECRET", "COOKIE_SECRET", "POSTGRES_PASSWORD", "MEILI_MASTER_KEY"]) {
      expect(example.get(name)?.commented, `${name} must be an active line to fill in`).toBe(false)
    }
  })

  it("declares each of them in turbo.json, whose strict env mode hides undeclared variables", () => {
    const turbo = JSON.parse(read("turbo.json")) as { globalEnv?: string[]; globalPassThroughEnv?: string[] }
    const declared = new Set([...(turbo.globalPassThroughEnv ?? []), ...(turbo.globalEnv ?? [])])
    const hidden = [...backendVars].filter((name) => !declared.has(name))
    expect(hidden, "add to globalPassThroughEnv in turbo.json").toEqual([])
  })
})
