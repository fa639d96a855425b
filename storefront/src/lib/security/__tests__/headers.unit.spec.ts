import { describe, expect, it } from "vitest"
import { contentSecurityPolicy, securityHeaders } from "../headers"

function directives(policy: string): Map<string, string[]> {
  return new Map(policy.split(";").map((d) => d.trim().split(/\s+/)).map(([name, ...sources]) => [name!, sources]))
}

describe("storefront security headers", () => {
  const production = directives(contentSecurityPolicy({ development: false }))

  it("lets nobody frame the shop and loads nothing from elsewhere by default", () => {
    expect(production.get("frame-ancestors")).toEqual(["'none'"])
    expect(production.get("default-src")).toEqual(["'self'"])
    expect(production.get("object-src")).toEqual(["'none'"])
    expect(production.get("form-action")).toEqual(["'self'"])
  })

  it("allows what Stripe's Payment Element needs: its script, its frames and its API", () => {
    expect(production.get("script-src")).toEqual(expect.arrayContaining(["https://js.stripe.com", "https://*.js.stripe.com"]))
    expect(production.get("frame-src")).toEqual(expect.arrayContaining(["https://js.stripe.com", "https://hooks.stripe.com"]))
    expect(production.get("connect-src")).toEqual(expect.arrayContaining(["https://api.stripe.com"]))
  })

  it("shows pictures from the file module: any https store, or a backend on this machine's own ports", () => {
    expect(production.get("img-src")).toEqual(expect.arrayContaining(["'self'", "https:", "http://localhost:*", "http://127.0.0.1:*"]))
    expect(production.get("img-src")).not.toContain("http:")
  })

  it("allows eval and the dev server's WebSocket only under next dev", () => {
    expect(production.get("script-src")).not.toContain("'unsafe-eval'")
    expect(production.get("connect-src")).not.toContain("ws:")
    const development = directives(contentSecurityPolicy({ development: true }))
    expect(development.get("script-src")).toContain("'unsafe-eval'")
    expect(development.get("connect-src")).toContain("ws:")
  })

  it("sends HSTS from a production build only, and nosniff and the referrer policy always", () => {
    const names = (development: boolean) => securityHeaders({ development }).map((h) => h.key)
    expect(names(false)).toContain("Strict-Transport-Security")
    expect(names(true)).not.toContain("Strict-Transport-Security")
    for (const development of [true, false]) {
      const headers = Object.fromEntries(securityHeaders({ development }).map((h) => [h.key, h.value]))
      expect(headers["X-Content-Type-Options"]).toBe("nosniff")
      expect(headers["Referrer-Policy"]).toBe("strict-origin-when-cross-origin")
    }
  })
})
