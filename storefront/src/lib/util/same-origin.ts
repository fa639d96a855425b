import type { NextRequest } from "next/server"

/** false for a browser request sent from another site (its Origin is neither this URL's nor the proxy's host). */
export function isSameOrigin(request: NextRequest): boolean {
  const origin = request.headers.get("origin")
  if (!origin) return true
  return origin === request.nextUrl.origin || origin === `${request.headers.get("x-forwarded-proto") ?? "http"}://${request.headers.get("host")}`
}
