import type { NextConfig } from "next"
import { securityHeaders } from "./src/lib/security/headers"

const nextConfig: NextConfig = {
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

export default nextConfig
