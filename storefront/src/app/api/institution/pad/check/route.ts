import type { NextRequest } from "next/server"
import { proxyMultipart } from "@/lib/data/institution-proxy"

/** POST /api/institution/pad/check (multipart "file"): the row-by-row report of an uploaded order file. */
export async function POST(request: NextRequest) {
  return proxyMultipart(request, "/store/institution/pad/check", "file")
}
