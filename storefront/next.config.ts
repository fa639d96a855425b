import type { NextConfig } from "next"
import { securityHeaders } from "./src/lib/security/headers"

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders({ development: process.env.NODE_ENV !== "production" }) }]
  },
}

export default nextConfig
