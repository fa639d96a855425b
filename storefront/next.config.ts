import type { NextConfig } from "next"
import createNextIntlPlugin from "next-intl/plugin"
import { securityHeaders } from "./src/lib/security/headers"

const nextConfig: NextConfig = {
  // `npm test` serves one build from two `next start`s side by side (the journeys' shards): the second
  // serves from a copy of the build inside .next named here (e.g. .next/e2e-2), so the two never share a page or data cache
  distDir: process.env.FUPIN_NEXT_DIST_DIR || ".next",
  reactStrictMode: true,
  poweredByHeader: false,
  experimental: {
    // forbidden() answers a real 403 for pages only members may see (the institution portal).
    authInterrupts: true,
    // The cached catalogue pages and reads live in this process's memory, not in .next/:
    // a restarted storefront (a new deploy, or each test run on a freshly seeded database)
    // never serves pages cached from another backend's data, e.g. variant ids that no longer exist.
    isrFlushToDisk: false,
  },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders({ development: process.env.NODE_ENV !== "production" }) }]
  },
}

// next-intl finds its request configuration (locale, messages, time zone) here
const withNextIntl = createNextIntlPlugin("./src/lib/i18n/request.ts")

export default withNextIntl(nextConfig)
