import { join } from "node:path"
import { describe, expect, it } from "vitest"
import {
  actorOf,
  appApiDir,
  coreApiDir,
  exportedMethods,
  fillPath,
  HTTP_METHODS,
  readApiDir,
  routePathOf,
  routeTable,
  routesOf,
  type RouteEntry,
} from "../route-table"

const has = (method: string, path: string) =>
  routeTable().find((route) => route.method === method && route.path === path)

describe("route table", () => {
  it("finds Medusa's core routes of each actor with their params", () => {
    expect(has("GET", "/store/products")).toMatchObject({ actor: "store", source: "core", params: [] })
    expect(has("POST", "/store/carts/:id/line-items/:line_id")).toMatchObject({
      actor: "store",
      params: ["id", "line_id"],
    })
    expect(has("DELETE", "/store/carts/:id/line-items/:line_id")).toBeDefined()
    expect(has("POST", "/store/orders/:id/transfer/request")).toMatchObject({ actor: "store", params: ["id"] })
    expect(has("GET", "/admin/orders")).toMatchObject({ actor: "admin", source: "core" })
    expect(has("POST", "/auth/:actor_type/:auth_provider")).toMatchObject({
      actor: "auth",
      params: ["actor_type", "auth_provider"],
    })
    expect(has("POST", "/hooks/payment/:provider")).toMatchObject({ actor: "hooks", params: ["provider"] })
  })

  it("finds our own routes, reading every exported method", () => {
    expect(has("GET", "/store/certifications/:number")).toMatchObject({
      actor: "store",
      source: "app",
      params: ["number"],
    })
    expect(has("GET", "/store/search")).toMatchObject({ source: "app" })
    expect(has("DELETE", "/admin/suppliers/:id/organic-certificates/:certificate_id")).toMatchObject({
      actor: "admin",
      source: "app",
      params: ["id", "certificate_id"],
    })
    for (const method of ["GET", "POST"]) expect(has(method, "/admin/suppliers")).toMatchObject({ source: "app" })
  })

  it("lists each method + path once and covers hundreds of routes", () => {
    const keys = routeTable().map((route) => `${route.method} ${route.path}`)
    expect(new Set(keys).size).toBe(keys.length)
    expect(routesOf("store").length).toBeGreaterThan(50)
    expect(routesOf("admin").length).toBeGreaterThan(300)
    expect(routeTable().every((route) => route.path.startsWith("/"))).toBe(true)
  })

  it("knows the routes that opt out of authentication", () => {
    const optedOut = routeTable().filter((route) => !route.authenticate)
    expect(optedOut.length).toBeGreaterThan(0)
    expect(optedOut.every((route) => route.source === "core" || route.file.endsWith(".ts"))).toBe(true)
  })

  it("sorts institution and supplier routes into their own actors", () => {
    expect(routePathOf(join("store", "institution", "orders", "[id]", "route.ts")).path).toBe(
      "/store/institution/orders/:id"
    )
    expect(actorOf("/store/institution/orders/:id")).toBe("institution")
    expect(actorOf("/supplier/products")).toBe("supplier")
    expect(actorOf("/store/institutions")).toBe("store")
  })

  it("marks the event-stream routes, which never end", () => {
    expect(has("GET", "/admin/workflows-executions/:workflow_id/subscribe")).toMatchObject({ streams: true })
    expect(has("GET", "/admin/orders")).toMatchObject({ streams: false })
  })

  it("fills path params, encoding what it puts in", () => {
    const route = { path: "/store/carts/:id/line-items/:line_id" }
    expect(fillPath(route, { id: "cart_1" })).toBe("/store/carts/cart_1/line-items/does_not_exist")
    expect(fillPath(route, {}, "a/b\u0000")).toBe("/store/carts/a%2Fb%00/line-items/a%2Fb%00")
  })

  it("reads exports in every form a route file may use", () => {
    expect(exportedMethods("export const GET = async () => {}\nexport async function POST() {}")).toEqual([
      "GET",
      "POST",
    ])
    expect(exportedMethods("const DELETE = 1\nexport { DELETE, handler as PATCH }")).toEqual(["PATCH", "DELETE"])
    expect(exportedMethods('exports.DELETE = exports.POST = exports.GET = void 0;\nexports.GET = GET;')).toEqual([
      "GET",
    ])
  })

  // The text reading must agree with what Node actually exports: all of our
  // route files, and every tenth of Medusa's (importing all 330 takes ~10 s).
  it("agrees with the real exports of our route files and a sample of Medusa's", async () => {
    const check = async (dir: string, entries: RouteEntry[], files: string[]) => {
      for (const file of files) {
        const mod = (await import(join(dir, file))) as Record<string, unknown>
        const real = HTTP_METHODS.filter((method) => typeof mod[method] === "function")
        const read = entries.filter((entry) => entry.file === file).map((entry) => entry.method)
        expect({ file, methods: read }).toEqual({ file, methods: real })
      }
    }
    const app = readApiDir(appApiDir(), "app")
    await check(appApiDir(), app, [...new Set(app.map((entry) => entry.file))])
    const core = readApiDir(coreApiDir(), "core")
    const coreFiles = [...new Set(core.map((entry) => entry.file))]
    await check(
      coreApiDir(),
      core,
      coreFiles.filter((_, index) => index % 10 === 0)
    )
  }, 60_000)
})
