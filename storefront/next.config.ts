import type { NextConfig } from "next"
import { securityHeaders } from "./src/lib/security/headers"

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // forbidden() answers a real 403 for pages only members may see (the institution portal).
  experimental: { authInterrupts: true },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders({ development: process.env.NODE_ENV !== "production" }) }]
  },
}

export default nextConfig
