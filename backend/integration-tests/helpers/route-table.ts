/**
 * Every method + path the backend serves, read from the code the way Medusa's
 * router loader (`@medusajs/framework/http` RoutesLoader) reads it: each
 * `route.{ts,js}` under an api folder is a route, its folder path the URL
 * (`[id]` → `:id`, folders starting with `_` skipped), and each exported
 * function named after an HTTP method is a handler. Two api folders are read:
 * Medusa's own (`@medusajs/medusa/dist/api`) and ours (`src/api`); ours is
 * loaded after Medusa's, so a route of ours with the same method and path
 * replaces the core one, as in the running app.
 *
 * Tests that must cover "every route" walk this table, so a route added
 * tomorrow is covered without anyone remembering to list it.
 *
 * Handlers are found by reading the files' text, not by importing them: the
 * table builds in milliseconds, needs no ts-node and starts no module. The
 * unit test beside it checks the text reading against the real exports.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs"
import { dirname, join, relative, sep } from "node:path"

export const HTTP_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "HEAD"] as const
export type HttpMethod = (typeof HTTP_METHODS)[number]

/**
 * Who a route is for. `institution` is the store's routes for members of an
 * institution (`/store/institution/…`), `supplier` the producer portal
 * (`/supplier/…`); `cloud` is Medusa Cloud's own login routes.
 */
export type RouteActor = "store" | "institution" | "admin" | "supplier" | "auth" | "hooks" | "cloud" | "other"

export type RouteEntry = {
  method: HttpMethod
  /** Express pattern, e.g. `/store/carts/:id/line-items/:line_id`. */
  path: string
  /** Path parameters in order, e.g. `["id", "line_id"]`. */
  params: string[]
  actor: RouteActor
  /** `core`: Medusa's own route; `app`: ours in `backend/src/api`. */
  source: "core" | "app"
  /** false when the file exports `AUTHENTICATE = false` (Medusa then skips its default auth). */
  authenticate: boolean
  /** true when the handler answers with a never-ending event stream (text/event-stream). */
  streams: boolean
  /** The route file, relative to its api folder (e.g. `store/carts/[id]/route.js`). */
  file: string
}

const ROUTE_FILE = /^route\.(ts|js)$/
const PARAM_SEGMENT = /^\[(\w+)\]$/

/** `@medusajs/medusa`'s compiled api folder, the one Medusa's api loader scans first. */
export function coreApiDir(): string {
  return join(dirname(require.resolve("@medusajs/medusa/package.json")), "dist", "api")
}

/** Our api folder (`backend/src/api`). */
export function appApiDir(): string {
  return join(__dirname, "..", "..", "src", "api")
}

export function actorOf(path: string): RouteActor {
  if (path === "/store/institution" || path.startsWith("/store/institution/")) return "institution"
  const first = path.split("/")[1]
  switch (first) {
    case "store":
    case "admin":
    case "supplier":
    case "auth":
    case "hooks":
    case "cloud":
      return first
    default:
      return "other"
  }
}

/** `store/carts/[id]/route.ts` → `/store/carts/:id` and its params. */
export function routePathOf(file: string): { path: string; params: string[] } {
  const params: string[] = []
  const segments = file
    .split(sep)
    .slice(0, -1)
    .filter(Boolean)
    .map((segment) => {
      const param = PARAM_SEGMENT.exec(segment)?.[1]
      if (!param) return segment
      if (params.includes(param)) throw new Error(`duplicate parameter "${param}" in route ${file}`)
      params.push(param)
      return `:${param}`
    })
  return { path: `/${segments.join("/")}`, params }
}

/**
 * The HTTP methods a route file exports, read from its text: TypeScript
 * (`export const GET`, `export async function POST`, `export { GET }`) or
 * CommonJS as tsc emits it (`exports.GET = GET`).
 */
export function exportedMethods(source: string): HttpMethod[] {
  const found = new Set<HttpMethod>()
  const method = HTTP_METHODS.join("|")
  const patterns = [
    new RegExp(`^\\s*export\\s+(?:const|let|var)\\s+(${method})\\b`, "gm"),
    new RegExp(`^\\s*export\\s+(?:async\\s+)?function\\s*\\*?\\s*(${method})\\b`, "gm"),
    new RegExp(`\\bexports\\.(${method})\\s*=(?!\\s*(?:void 0|exports\\.))`, "g"),
  ]
  for (const pattern of patterns) {
    for (const match of source.matchAll(pattern)) found.add(match[1] as HttpMethod)
  }
  for (const match of source.matchAll(/^\s*export\s*\{([^}]*)\}/gm)) {
    for (const name of (match[1] ?? "").split(",")) {
      const exported = name.trim().split(/\s+as\s+/).pop()
      if ((HTTP_METHODS as readonly string[]).includes(exported ?? "")) found.add(exported as HttpMethod)
    }
  }
  return HTTP_METHODS.filter((m) => found.has(m))
}

function optsOutOfAuth(source: string): boolean {
  return /\bexport\s+const\s+AUTHENTICATE\s*=\s*false\b|\bexports\.AUTHENTICATE\s*=\s*false\b/.test(source)
}

function routeFiles(dir: string): string[] {
  if (!existsSync(dir)) return []
  const files: string[] = []
  const walk = (current: string) => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      if (entry.name.startsWith("_")) continue
      const full = join(current, entry.name)
      if (entry.isDirectory()) walk(full)
      else if (ROUTE_FILE.test(entry.name)) files.push(full)
    }
  }
  walk(dir)
  return files.sort()
}

/** The routes of one api folder. */
export function readApiDir(dir: string, source: RouteEntry["source"]): RouteEntry[] {
  return routeFiles(dir).flatMap((full) => {
    const file = relative(dir, full)
    const text = readFileSync(full, "utf8")
    const { path, params } = routePathOf(file)
    const authenticate = !optsOutOfAuth(text)
    const streams = text.includes("text/event-stream")
    return exportedMethods(text).map((method) => ({
      method,
      path,
      params,
      actor: actorOf(path),
      source,
      authenticate,
      streams,
      file,
    }))
  })
}

let cached: RouteEntry[] | undefined

/**
 * The whole table: Medusa's core routes and ours, one entry per method + path
 * (ours replacing a core route with the same method and path), sorted by path.
 */
export function routeTable(): RouteEntry[] {
  if (cached) return cached
  const byKey = new Map<string, RouteEntry>()
  for (const entry of [...readApiDir(coreApiDir(), "core"), ...readApiDir(appApiDir(), "app")]) {
    byKey.set(`${entry.method} ${entry.path}`, entry)
  }
  cached = [...byKey.values()].sort(
    (a, b) => a.path.localeCompare(b.path) || HTTP_METHODS.indexOf(a.method) - HTTP_METHODS.indexOf(b.method)
  )
  return cached
}

/** The table narrowed to some actors, e.g. `routesOf("store", "institution")`. */
export function routesOf(...actors: RouteActor[]): RouteEntry[] {
  return routeTable().filter((route) => actors.includes(route.actor))
}

/**
 * A concrete URL for a route: each `:param` replaced by `values[param]`, or by
 * `fallback` (URL-encoded) when no value is given.
 */
export function fillPath(route: Pick<RouteEntry, "path">, values: Record<string, string> = {}, fallback = "does_not_exist"): string {
  return route.path.replace(/:(\w+)/g, (_, name: string) => encodeURIComponent(values[name] ?? fallback))
}
